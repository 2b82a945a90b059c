// Directory role templates (ids are Microsoft's real role template ids) and which roles may perform the
// delegated writes the emulator enforces, following the Graph API reference's "supported roles" lists.

export const ROLE = {
  globalAdministrator: '62e90394-69f5-4237-9190-012177145e10',
  globalReader: 'f2ef992c-3afb-46b9-b7cf-a126ee74c451',
  applicationAdministrator: '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3',
  cloudApplicationAdministrator: '158c047a-c907-4556-b7ef-446551a6b5f7',
  applicationDeveloper: 'cf1c38e5-3621-4004-a7cb-879624dced7c',
  privilegedRoleAdministrator: 'e8611ab8-c189-46e8-94e1-60213ab1f814',
  userAdministrator: 'fe930be7-5e62-47db-91af-98c3a49a38b1',
  helpdeskAdministrator: '729827e3-9c14-49f7-bb1b-9608f156bbb8',
  directoryWriters: '9360feb5-f418-4baa-8175-e2a00bac4301',
  directoryReaders: '88d8e3e3-8f55-4a1e-953a-9b9898b8876b',
  hybridIdentityAdministrator: '8ac3fc64-6eca-42ea-9e69-59f4c7b60eb2',
  identityGovernanceAdministrator: '45d8d3c5-c802-45c6-b32a-1d70b5e1e86e',
  directorySynchronizationAccounts: 'd29b2b05-8046-44ba-8758-1e26182fcf32',
  securityAdministrator: '194ae4cb-b126-40b2-bd5b-6091b380977d',
  securityReader: '5d6b6bb7-de71-4623-b4af-96380a352509',
} as const;

export const ROLE_NAMES: Record<string, string> = {
  [ROLE.globalAdministrator]: 'Global Administrator',
  [ROLE.globalReader]: 'Global Reader',
  [ROLE.applicationAdministrator]: 'Application Administrator',
  [ROLE.cloudApplicationAdministrator]: 'Cloud Application Administrator',
  [ROLE.applicationDeveloper]: 'Application Developer',
  [ROLE.privilegedRoleAdministrator]: 'Privileged Role Administrator',
  [ROLE.userAdministrator]: 'User Administrator',
  [ROLE.helpdeskAdministrator]: 'Helpdesk Administrator',
  [ROLE.directoryWriters]: 'Directory Writers',
  [ROLE.directoryReaders]: 'Directory Readers',
  [ROLE.hybridIdentityAdministrator]: 'Hybrid Identity Administrator',
  [ROLE.identityGovernanceAdministrator]: 'Identity Governance Administrator',
  [ROLE.directorySynchronizationAccounts]: 'Directory Synchronization Accounts',
  [ROLE.securityAdministrator]: 'Security Administrator',
  [ROLE.securityReader]: 'Security Reader',
};

/** Roles that may grant tenant-wide admin consent in the consent prompt and /adminconsent. */
export const ADMIN_CONSENT_ROLES = [
  ROLE.globalAdministrator,
  ROLE.privilegedRoleAdministrator,
  ROLE.applicationAdministrator,
  ROLE.cloudApplicationAdministrator,
];

/**
 * Roles that may consent on behalf of the organization for Microsoft Graph app roles and for
 * delegated permissions of Microsoft Graph (Cloud Application / Application Administrators cannot
 * grant Microsoft Graph or Azure AD Graph application permissions).
 */
export const GRAPH_APP_ROLE_CONSENT_ROLES = [ROLE.globalAdministrator, ROLE.privilegedRoleAdministrator];

/** POST/PATCH/DELETE /oauth2PermissionGrants, per the Graph API reference. */
export const GRANT_WRITE_ROLES = [
  ROLE.globalAdministrator,
  ROLE.applicationDeveloper,
  ROLE.applicationAdministrator,
  ROLE.cloudApplicationAdministrator,
  ROLE.directoryWriters,
  ROLE.privilegedRoleAdministrator,
  ROLE.userAdministrator,
];

/** POST/DELETE appRoleAssignedTo / appRoleAssignments, per the Graph API reference. */
export const APP_ROLE_ASSIGNMENT_WRITE_ROLES = [
  ROLE.globalAdministrator,
  ROLE.directorySynchronizationAccounts,
  ROLE.directoryWriters,
  ROLE.hybridIdentityAdministrator,
  ROLE.identityGovernanceAdministrator,
  ROLE.privilegedRoleAdministrator,
  ROLE.userAdministrator,
  ROLE.applicationAdministrator,
  ROLE.cloudApplicationAdministrator,
];

/** POST /users/{id}/revokeSignInSessions. */
export const REVOKE_SESSIONS_ROLES = [
  ROLE.globalAdministrator,
  ROLE.helpdeskAdministrator,
  ROLE.userAdministrator,
  ROLE.privilegedRoleAdministrator,
];

export function hasAnyRole(roleTemplateIds: readonly string[], allowed: readonly string[]): boolean {
  return roleTemplateIds.some((id) => allowed.includes(id));
}
