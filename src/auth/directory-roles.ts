/**
 * The one table of Microsoft Entra built-in directory roles the console knows: role template id (the
 * token's `wids`, a directoryRole's `roleTemplateId`) → Microsoft's display name. Every console screen
 * names roles and refers to them through this file; the emulator keeps its own copy.
 */
// The role names only, generated apart from the rules' API table (role-requirements.ts reads that).
import { roleNames } from '../permissions/catalog/graph-role-names.json';

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

/** Template id → name: the generated rules (Microsoft's docs) and the extras. */
const DIRECTORY_ROLES: Readonly<Record<string, string>> = { ...EXTRA_ROLE_NAMES, ...roleNames };

/** Every member's token carries this id; it is not a role anyone was assigned. */
const MEMBER_USER_TEMPLATE_ID = 'b79fbf4d-3ef9-4689-8143-76b194e85509';

/** The template id of a role by its display name; a name the table lacks is a mistake in the code: it throws. */
export function directoryRoleId(name: string): string {
  const entry = Object.entries(DIRECTORY_ROLES).find(([, n]) => n === name);
  if (!entry) throw new Error(`No directory role named ${name} in the role table.`);
  return entry[0];
}

/** Whether the table names this role template. */
export const isKnownDirectoryRole = (templateId: string): boolean => templateId.toLowerCase() in DIRECTORY_ROLES;

/**
 * The name of one built-in role template. An id the table lacks (a role newer than the generated rules,
 * or a custom role) is named as unknown, its id second: words first, ids only as secondary text.
 */
export function directoryRoleName(templateId: string): string {
  return DIRECTORY_ROLES[templateId.toLowerCase()] ?? `Unknown directory role (${templateId})`;
}

/** The names of the roles a token or account holds, without the member marker every user has. */
export function directoryRoleNames(templateIds: readonly string[]): string[] {
  return templateIds.filter((id) => id.toLowerCase() !== MEMBER_USER_TEMPLATE_ID).map(directoryRoleName);
}

/** The roles the console's code refers to by name. */
export const ROLE_IDS = {
  globalAdministrator: directoryRoleId('Global Administrator'),
  privilegedRoleAdministrator: directoryRoleId('Privileged Role Administrator'),
  applicationAdministrator: directoryRoleId('Application Administrator'),
  cloudApplicationAdministrator: directoryRoleId('Cloud Application Administrator'),
  applicationDeveloper: directoryRoleId('Application Developer'),
  directoryWriters: directoryRoleId('Directory Writers'),
  directoryReaders: directoryRoleId('Directory Readers'),
  globalReader: directoryRoleId('Global Reader'),
  reportsReader: directoryRoleId('Reports Reader'),
  securityReader: directoryRoleId('Security Reader'),
  userAdministrator: directoryRoleId('User Administrator'),
  helpdeskAdministrator: directoryRoleId('Helpdesk Administrator'),
  authenticationAdministrator: directoryRoleId('Authentication Administrator'),
  privilegedAuthenticationAdministrator: directoryRoleId('Privileged Authentication Administrator'),
  hybridIdentityAdministrator: directoryRoleId('Hybrid Identity Administrator'),
  identityGovernanceAdministrator: directoryRoleId('Identity Governance Administrator'),
  directorySynchronizationAccounts: directoryRoleId('Directory Synchronization Accounts'),
} as const;

/**
 * The roles that may grant tenant-wide (admin) consent to delegated Graph permissions, least privileged
 * first (Entra's grant-admin-consent page).
 */
export const ADMIN_CONSENT_ROLE_IDS: readonly string[] = [
  ROLE_IDS.cloudApplicationAdministrator,
  ROLE_IDS.applicationAdministrator,
  ROLE_IDS.privilegedRoleAdministrator,
  ROLE_IDS.globalAdministrator,
];

export function canGrantAdminConsent(templateIds: readonly string[]): boolean {
  return templateIds.some((id) => ADMIN_CONSENT_ROLE_IDS.includes(id.toLowerCase()));
}
