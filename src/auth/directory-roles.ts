/** Names of built-in Microsoft Entra directory roles by role template id (the token's `wids`). */
import rules from '../permissions/catalog/graph-api-rules.json';

/**
 * Built-in roles the console may meet in a token but that no Graph rule it uses names (so they are not
 * in the generated table); ids from Entra's built-in roles page.
 */
const EXTRA_ROLE_NAMES: Record<string, string> = {
  '29232cdf-9323-42fd-ade2-1d097af3e4de': 'Exchange Administrator',
  'f28a1f50-f6e7-4571-818b-6a12f2af6b6c': 'SharePoint Administrator',
  '3a2c62db-5318-420d-8d74-23affee5d9d5': 'Intune Administrator',
  'fdd7a751-b60b-444a-984c-02652fe8fa1c': 'Groups Administrator',
  '17315797-102d-40b4-93e0-432062caca18': 'Compliance Administrator',
};

/** Template id → Microsoft's display name, from the generated rules (Microsoft's docs) and the extras. */
const ROLE_NAMES: Readonly<Record<string, string>> = { ...EXTRA_ROLE_NAMES, ...rules.roleNames };

/** Every member's token carries this id; it is not a role anyone was assigned. */
const MEMBER_USER_TEMPLATE_ID = 'b79fbf4d-3ef9-4689-8143-76b194e85509';

/** The template id of a role by its display name (only roles the generated table knows). */
export function directoryRoleId(name: string): string {
  const entry = Object.entries(ROLE_NAMES).find(([, n]) => n === name);
  if (!entry) throw new Error(`No directory role named ${name} in the generated role table.`);
  return entry[0];
}

/** Roles that can grant tenant-wide (admin) consent to delegated Graph permissions (Entra's grant-admin-consent page). */
const CONSENT_ADMIN_ROLES = new Set(
  ['Global Administrator', 'Privileged Role Administrator', 'Application Administrator', 'Cloud Application Administrator'].map(directoryRoleId),
);

/** The name of one built-in role template. */
export function directoryRoleName(templateId: string): string {
  return ROLE_NAMES[templateId.toLowerCase()] ?? `Directory role ${templateId}`;
}

export function directoryRoleNames(templateIds: readonly string[]): string[] {
  return templateIds.filter((id) => id.toLowerCase() !== MEMBER_USER_TEMPLATE_ID).map(directoryRoleName);
}

export function canGrantAdminConsent(templateIds: readonly string[]): boolean {
  return templateIds.some((id) => CONSENT_ADMIN_ROLES.has(id.toLowerCase()));
}
