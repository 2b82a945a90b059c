/** Names of built-in Microsoft Entra directory roles by role template id (the token's `wids`). */
const ROLE_NAMES: Record<string, string> = {
  '62e90394-69f5-4237-9190-012177145e10': 'Global Administrator',
  'e8611ab8-c189-46e8-94e1-60213ab1f814': 'Privileged Role Administrator',
  '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3': 'Application Administrator',
  '158c047a-c907-4556-b7ef-446551a6b5f7': 'Cloud Application Administrator',
  'cf1c38e5-3621-4004-a7cb-879624dced7c': 'Application Developer',
  'fe930be7-5e62-47db-91af-98c3a49a38b1': 'User Administrator',
  '729827e3-9c14-49f7-bb1b-9608f156bbb8': 'Helpdesk Administrator',
  'f2ef992c-3afb-46b9-b7cf-a126ee74c451': 'Global Reader',
  '194ae4cb-b126-40b2-bd5b-6091b380977d': 'Security Administrator',
  '5d6b6bb7-de71-4623-b4af-96380a352509': 'Security Reader',
  '5f2222b1-57c3-48ba-8ad5-d4759f1fde6f': 'Security Operator',
  '88d8e3e3-8f55-4a1e-953a-9b9898b8876b': 'Directory Readers',
  '9360feb5-f418-4baa-8175-e2a00bac4301': 'Directory Writers',
  '7be44c8a-adaf-4e2a-84d6-ab2649e08a13': 'Privileged Authentication Administrator',
  'c4e39bd9-1100-46d3-8c65-fb160da0071f': 'Authentication Administrator',
  'b1be1c3e-b65d-4f19-8427-f6fa0d97feb9': 'Conditional Access Administrator',
  '29232cdf-9323-42fd-ade2-1d097af3e4de': 'Exchange Administrator',
  'f28a1f50-f6e7-4571-818b-6a12f2af6b6c': 'SharePoint Administrator',
  '69091246-20e8-4a56-aa4d-066075b2a7a8': 'Teams Administrator',
  '3a2c62db-5318-420d-8d74-23affee5d9d5': 'Intune Administrator',
  'fdd7a751-b60b-444a-984c-02652fe8fa1c': 'Groups Administrator',
  '4a5d8f65-41da-4de4-8968-e035b65339cf': 'Reports Reader',
  '95e79109-95c0-4d8e-aee3-d01accf2d47b': 'Guest Inviter',
  'b0f54661-2d74-4c50-afa3-1ec803f12efe': 'Billing Administrator',
  '17315797-102d-40b4-93e0-432062caca18': 'Compliance Administrator',
};

/** Every member's token carries this id; it is not a role anyone was assigned. */
const MEMBER_USER_TEMPLATE_ID = 'b79fbf4d-3ef9-4689-8143-76b194e85509';

/** Roles that can grant tenant-wide (admin) consent to delegated Graph permissions. */
const CONSENT_ADMIN_ROLES = new Set([
  '62e90394-69f5-4237-9190-012177145e10',
  'e8611ab8-c189-46e8-94e1-60213ab1f814',
  '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3',
  '158c047a-c907-4556-b7ef-446551a6b5f7',
]);

/** The name of one built-in role template. */
export function directoryRoleName(templateId: string): string {
  return ROLE_NAMES[templateId.toLowerCase()] ?? `Directory role ${templateId}`;
}

export function directoryRoleNames(templateIds: readonly string[]): string[] {
  return templateIds
    .filter((id) => id.toLowerCase() !== MEMBER_USER_TEMPLATE_ID)
    .map((id) => ROLE_NAMES[id.toLowerCase()] ?? `Directory role ${id}`);
}

export function canGrantAdminConsent(templateIds: readonly string[]): boolean {
  return templateIds.some((id) => CONSENT_ADMIN_ROLES.has(id.toLowerCase()));
}
