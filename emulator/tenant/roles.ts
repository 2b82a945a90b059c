// Directory role templates (Microsoft's real role template ids, from the emulator's generated rules) and
// the role lists the emulator's identity side and a few Graph routes use. The Graph routes' documented role
// lists live in emulator/rules (graph/authorize.ts applies them); the lists here are derived from the same
// data where the data has them.
import { apiRule, graphRules, roleId } from '../rules/rules.ts';
import type { User } from './types.ts';

export const ROLE = {
  globalAdministrator: roleId('Global Administrator'),
  globalReader: roleId('Global Reader'),
  applicationAdministrator: roleId('Application Administrator'),
  cloudApplicationAdministrator: roleId('Cloud Application Administrator'),
  applicationDeveloper: roleId('Application Developer'),
  privilegedRoleAdministrator: roleId('Privileged Role Administrator'),
  userAdministrator: roleId('User Administrator'),
  helpdeskAdministrator: roleId('Helpdesk Administrator'),
  authenticationAdministrator: roleId('Authentication Administrator'),
  privilegedAuthenticationAdministrator: roleId('Privileged Authentication Administrator'),
  directoryWriters: roleId('Directory Writers'),
  directoryReaders: roleId('Directory Readers'),
  hybridIdentityAdministrator: roleId('Hybrid Identity Administrator'),
  identityGovernanceAdministrator: roleId('Identity Governance Administrator'),
  directorySynchronizationAccounts: roleId('Directory Synchronization Accounts'),
  securityAdministrator: roleId('Security Administrator'),
  securityReader: roleId('Security Reader'),
  reportsReader: roleId('Reports Reader'),
  guestInviter: roleId('Guest Inviter'),
  /** The default member-user role (not a directory role; every member user holds it). */
  user: roleId('User'),
  /** The default guest role (every guest user holds it). */
  guestUser: roleId('Guest User'),
} as const;

/** role template id → display name, for every role of the generated table that has an id. */
export const ROLE_NAMES: Record<string, string> = Object.fromEntries(Object.entries(graphRules.roles).flatMap(([name, id]) => (id ? [[id, name]] : [])));

/** Global Administrator holds every role's rights, so every documented list implicitly includes it. */
const withGlobalAdministrator = (ids: readonly string[]): string[] => [ROLE.globalAdministrator, ...ids.filter((id) => id !== ROLE.globalAdministrator)];

function documentedRoles(key: string): string[] {
  const roles = apiRule(key)?.roles;
  if (!roles) throw new Error(`emulator/rules has no role list for ${key}`);
  return withGlobalAdministrator(roles);
}

/**
 * Roles that may grant tenant-wide admin consent in the consent prompt and /adminconsent (Entra's
 * grant-admin-consent page; not part of the Graph reference data).
 */
export const ADMIN_CONSENT_ROLES = [
  ROLE.globalAdministrator,
  ROLE.privilegedRoleAdministrator,
  ROLE.applicationAdministrator,
  ROLE.cloudApplicationAdministrator,
];

/**
 * Roles that may grant Microsoft Graph's own app roles (and consent to them for the organization): the
 * role condition of the app role assignment pages — Cloud Application / Application Administrators cannot.
 */
export const GRAPH_APP_ROLE_CONSENT_ROLES = withGlobalAdministrator(apiRule('POST /serviceprincipals/{id}/approleassignedto')?.graphAppRoles ?? []);

/** POST/PATCH/DELETE /oauth2PermissionGrants (api-reference/v1.0/api/oauth2permissiongrant-post-grants.md). */
export const GRANT_WRITE_ROLES = documentedRoles('POST /oauth2permissiongrants');

/** POST/DELETE appRoleAssignedTo / appRoleAssignments (api-reference/v1.0/api/serviceprincipal-post-approleassignedto.md). */
export const APP_ROLE_ASSIGNMENT_WRITE_ROLES = documentedRoles('POST /serviceprincipals/{id}/approleassignedto');

/**
 * POST /users/{id}/revokeSignInSessions. The Graph page names no role (roles: null would let any member
 * user revoke anyone's sessions), so this is the stricter list from Entra's permissions reference: the
 * roles whose rights include invalidating other users' refresh tokens.
 */
export const REVOKE_SESSIONS_ROLES = [
  ROLE.globalAdministrator,
  ROLE.helpdeskAdministrator,
  ROLE.userAdministrator,
  ROLE.privilegedAuthenticationAdministrator,
  ROLE.authenticationAdministrator,
  ROLE.privilegedRoleAdministrator,
];

export function hasAnyRole(roleTemplateIds: readonly string[], allowed: readonly string[]): boolean {
  return roleTemplateIds.some((id) => allowed.includes(id));
}

/**
 * Does the user hold one of the allowed roles? Global Administrator holds every role's rights; every member
 * user holds the default User role and every guest the Guest User role (some docs list those).
 */
export function userHoldsRole(user: Pick<User, 'roleTemplateIds' | 'userType'>, allowed: readonly string[]): boolean {
  const held = [...user.roleTemplateIds, user.userType === 'Guest' ? ROLE.guestUser : ROLE.user];
  return held.includes(ROLE.globalAdministrator) || hasAnyRole(held, allowed);
}
