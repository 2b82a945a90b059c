/**
 * Which Microsoft Entra directory roles may perform the console's delegated calls. A delegated call needs
 * both the permission (scope) and, where Microsoft's docs list roles, one of those roles — for reads too.
 * The lists come from the generated rules (Microsoft's Graph API reference pages, by "METHOD /path" key);
 * screens check the role first so a call the account cannot make is explained instead of failing.
 */
import rules from '../permissions/catalog/graph-api-rules.json';
import { ADMIN_CONSENT_ROLE_IDS, directoryRoleId, directoryRoleName, isKnownDirectoryRole, ROLE_IDS } from './directory-roles';

export interface RoleRequirement {
  /** What the roles allow, completing "… may …": e.g. "change delegated permission grants". */
  action: string;
  /** Role template ids, least privileged first (the first one is the role to suggest). */
  roles: readonly string[];
  /** A narrower case the same call has, with its own roles (Microsoft Graph's own app roles). */
  narrower?: { what: string; requirement: RoleRequirement };
}

/** A read the console makes before showing a section: `reading` opens the note that explains a missing role. */
export interface ReadRequirement extends RoleRequirement {
  /** e.g. "Reading users' delegated permission grants". */
  reading: string;
}

interface ApiRule {
  roles: string[] | null;
  rolesGraphAppRoles?: string[];
}

const API_RULES: Readonly<Record<string, ApiRule>> = rules.apis;

/**
 * The order roles are suggested in. Microsoft's lists have no order of privilege, so the console puts the
 * read-only and narrow roles first and the broad ones last; other roles keep the docs' order in between.
 */
const SUGGEST_FIRST = [
  'Global Reader',
  'Directory Readers',
  'Reports Reader',
  'Security Reader',
  'Guest Inviter',
  'User Administrator',
  'Cloud Application Administrator',
  'Application Administrator',
].map(directoryRoleId);
const SUGGEST_LAST = ['Agent ID Administrator', 'Directory Synchronization Accounts', 'Privileged Role Administrator', 'Global Administrator'].map(
  directoryRoleId,
);

function suggestionRank(id: string): number {
  const first = SUGGEST_FIRST.indexOf(id);
  if (first >= 0) return first;
  const last = SUGGEST_LAST.indexOf(id);
  return last >= 0 ? 1000 + last : 500;
}

/** Least privileged first (a stable sort: equal ranks keep the docs' order). */
export function leastPrivilegedFirst(ids: readonly string[]): string[] {
  return [...ids].sort((a, b) => suggestionRank(a) - suggestionRank(b));
}

/**
 * The roles that may make every one of these calls, per Microsoft's docs (the intersection when a screen
 * needs several), plus Global Administrator, who holds every role's rights. `graphAppRoles`: the roles for
 * Microsoft Graph's own app roles. A key without a documented list is a mistake in this file: it throws.
 */
export function documentedRoles(keys: readonly string[], which: 'roles' | 'rolesGraphAppRoles' = 'roles'): string[] {
  const lists = keys.map((key) => {
    const list = API_RULES[key]?.[which];
    if (!list) throw new Error(`The generated rules list no ${which} for ${key}.`);
    return list;
  });
  const [first = [], ...rest] = lists;
  const common = first.filter((id) => rest.every((list) => list.includes(id)));
  return leastPrivilegedFirst([...new Set([...common, ROLE_IDS.globalAdministrator])]);
}

const GRANT_WRITE_KEYS = ['POST /oauth2permissiongrants', 'PATCH /oauth2permissiongrants/{id}', 'DELETE /oauth2permissiongrants/{id}'];
const APP_ROLE_WRITE_KEYS = ['POST /serviceprincipals/{id}/approleassignedto', 'DELETE /serviceprincipals/{id}/approleassignedto/{id}'];

/** POST/PATCH/DELETE /oauth2PermissionGrants. */
export const GRANT_WRITE: RoleRequirement = {
  action: 'change or revoke delegated permission grants',
  roles: documentedRoles(GRANT_WRITE_KEYS),
};

/**
 * POST /users/{id}/revokeSignInSessions. The docs name no role; the console models the stricter plausible
 * rule: the roles Entra lets reset a user's sessions (authentication and user administration).
 */
export const REVOKE_SESSIONS: RoleRequirement = {
  action: "revoke a user's sign-in sessions",
  roles: [
    ROLE_IDS.helpdeskAdministrator,
    ROLE_IDS.userAdministrator,
    ROLE_IDS.privilegedAuthenticationAdministrator,
    ROLE_IDS.authenticationAdministrator,
    ROLE_IDS.privilegedRoleAdministrator,
    ROLE_IDS.globalAdministrator,
  ],
};

/** POST/DELETE appRoleAssignedTo of Microsoft Graph itself: the docs name Privileged Role Administrator as the least role. */
export const GRAPH_APP_ROLE_WRITE: RoleRequirement = {
  action: "assign or remove Microsoft Graph's own app roles",
  roles: documentedRoles(APP_ROLE_WRITE_KEYS, 'rolesGraphAppRoles'),
};

/** POST/DELETE appRoleAssignedTo (app roles of users and application permissions) of any API but Microsoft Graph. */
export const APP_ROLE_ASSIGNMENT_WRITE: RoleRequirement = {
  action: 'assign or remove app roles',
  roles: documentedRoles(APP_ROLE_WRITE_KEYS),
  narrower: { what: "Microsoft Graph's own app roles", requirement: GRAPH_APP_ROLE_WRITE },
};

/** Admin consent for the organization (Microsoft's admin-consent page); Microsoft Graph's application permissions need more. */
export const ADMIN_CONSENT: RoleRequirement = {
  action: 'grant admin consent for the organization',
  roles: ADMIN_CONSENT_ROLE_IDS,
  narrower: { what: "Microsoft Graph's application permissions", requirement: GRAPH_APP_ROLE_WRITE },
};

/**
 * The roles that may make these reads: the documented lists name only the least-privileged roles, and
 * Global Reader reads everything a Global Administrator can (Entra's built-in roles reference).
 */
const documentedReadRoles = (keys: readonly string[]) => leastPrivilegedFirst([...new Set([...documentedRoles(keys), ROLE_IDS.globalReader])]);

/** GET /oauth2PermissionGrants: every delegated grant of the tenant (the inventory, tenant-wide consents). */
export const READ_GRANTS: ReadRequirement = {
  action: 'read delegated permission grants',
  reading: "Reading the tenant's delegated permission grants",
  roles: documentedReadRoles(['GET /oauth2permissiongrants']),
};

/** GET /users/{id}/oauth2PermissionGrants: the apps a user consented to. */
export const READ_USER_GRANTS: ReadRequirement = {
  action: "read users' delegated permission grants",
  reading: "Reading users' delegated permission grants",
  roles: documentedReadRoles(['GET /users/{id}/oauth2permissiongrants']),
};

/** App role assignments of users and of apps (users' app roles, application permissions). */
export const READ_APP_ROLE_ASSIGNMENTS: ReadRequirement = {
  action: 'read app role assignments',
  reading: 'Reading app role assignments',
  roles: documentedReadRoles([
    'GET /users/{id}/approleassignments',
    'GET /serviceprincipals/{id}/approleassignments',
    'GET /serviceprincipals/{id}/approleassignedto',
  ]),
};

/** GET /auditLogs/directoryAudits: consent dates. */
export const READ_AUDIT: ReadRequirement = {
  action: 'read the directory audit log',
  reading: 'Reading the directory audit log (consent dates)',
  roles: documentedReadRoles(['GET /auditlogs/directoryaudits']),
};

/**
 * GET /identityGovernance/appConsent/appConsentRequests. Graph's reference names no role; entra-docs
 * review-admin-consent-requests.md has reviewers sign in "as at least a Cloud Application Administrator", so
 * the console asks for the roles that review consent (the stricter reading), and Global Reader, which reads all.
 */
export const READ_CONSENT_REQUESTS_ROLES: ReadRequirement = {
  action: 'read admin consent requests',
  reading: 'Reading the admin consent requests',
  roles: [
    ROLE_IDS.cloudApplicationAdministrator,
    ROLE_IDS.applicationAdministrator,
    ROLE_IDS.privilegedRoleAdministrator,
    ROLE_IDS.globalReader,
    ROLE_IDS.globalAdministrator,
  ],
};

/** GET /policies/authorizationPolicy: the user-consent setting (not Cloud Application Administrator: it is not on the list). */
export const READ_USER_CONSENT_SETTING: ReadRequirement = {
  action: 'read the user-consent setting',
  reading: "Reading the tenant's user-consent setting (the authorization policy)",
  roles: documentedReadRoles(['GET /policies/authorizationpolicy']),
};

/** PATCH /policies/authorizationPolicy: the docs name Privileged Role Administrator (configure-user-consent.md too). */
export const USER_CONSENT_SETTING_WRITE: RoleRequirement = {
  action: 'change the user-consent setting',
  roles: documentedRoles(['PATCH /policies/authorizationpolicy']),
};

/**
 * POST/DELETE delegatedPermissionClassifications. Graph's reference names no role; entra-docs
 * configure-permission-classifications.md names Application Administrator and Cloud Application Administrator.
 */
export const CLASSIFICATION_WRITE: RoleRequirement = {
  action: 'classify delegated permissions',
  roles: [ROLE_IDS.cloudApplicationAdministrator, ROLE_IDS.applicationAdministrator, ROLE_IDS.globalAdministrator],
};

export type RoleCheck =
  | { allowed: true; /** The held role that allows it. */ via: string }
  | { allowed: false; /** One sentence: why not, and which roles would allow it. */ reason: string; allowedBy: string[] };

/** Names of the held roles that are real roles (not the member marker, the plain User role nor an unknown id). */
function heldRoleNames(heldTemplateIds: readonly string[]): string[] {
  return heldTemplateIds
    .filter(isKnownDirectoryRole)
    .map(directoryRoleName)
    .filter((n) => n !== 'User');
}

export function checkRole(requirement: RoleRequirement, heldTemplateIds: readonly string[]): RoleCheck {
  const held = new Set(heldTemplateIds.map((id) => id.toLowerCase()));
  const match = requirement.roles.find((id) => held.has(id));
  if (match) return { allowed: true, via: directoryRoleName(match) };
  const allowedBy = requirement.roles.map(directoryRoleName);
  const heldNames = heldRoleNames(heldTemplateIds);
  const yours = heldNames.length > 0 ? `Your directory roles (${heldNames.join(', ')}) do not` : 'Your account holds no directory role that may';
  const verb = heldNames.length > 0 ? ` allow you to ${requirement.action}` : ` ${requirement.action}`;
  const others = allowedBy.length > 1 ? ` (or ${allowedBy.slice(1).join(', ')})` : '';
  return { allowed: false, allowedBy, reason: `${yours}${verb}. ${allowedBy[0]}${others} would.` };
}

/**
 * The note a screen shows instead of a read the account's roles do not allow, e.g. "Reading users'
 * delegated permission grants needs one of these directory roles: Global Reader, Directory Readers, …
 * Your roles (Helpdesk Administrator) are not on the list."
 */
export function readRoleNote(requirement: ReadRequirement, heldTemplateIds: readonly string[]): string {
  const needs = `${requirement.reading} needs one of these directory roles: ${requirement.roles.map(directoryRoleName).join(', ')}.`;
  const heldNames = heldRoleNames(heldTemplateIds);
  return heldNames.length > 0 ? `${needs} Your roles (${heldNames.join(', ')}) are not on the list.` : `${needs} Your account holds no directory role.`;
}

/** A Graph 403 on a read, in plain words: the role note, or why a listed role may still have been refused. */
export function explainReadDenied(requirement: ReadRequirement, heldTemplateIds: readonly string[]): string {
  const check = checkRole(requirement, heldTemplateIds);
  if (!check.allowed) return readRoleNote(requirement, heldTemplateIds);
  return (
    `Microsoft Graph refused the read although your role (${check.via}) is on the list for it. The role may have been ` +
    'removed or not activated (Privileged Identity Management), or an administrative unit limits it: sign in again, ' +
    'or ask a Global Administrator.'
  );
}

/**
 * A Graph 403 on a write, in plain words: Microsoft Graph checks both the console's permission and the
 * signed-in account's directory role, and either can be missing.
 */
export function explainWriteDenied(requirement: RoleRequirement, heldTemplateIds: readonly string[]): string {
  const check = checkRole(requirement, heldTemplateIds);
  if (!check.allowed) return `Microsoft Graph refused the change: ${check.reason}`;
  const narrower = requirement.narrower;
  const narrowCheck = narrower ? checkRole(narrower.requirement, heldTemplateIds) : undefined;
  if (narrower && narrowCheck && !narrowCheck.allowed) {
    const [first, ...others] = narrowCheck.allowedBy;
    return (
      `Microsoft Graph refused the change: your role (${check.via}) may ${requirement.action}, but not ${narrower.what}, ` +
      `if that is what this change touches. ${first}${others.length > 0 ? ` (or ${others.join(', ')})` : ''} would.`
    );
  }
  return (
    `Microsoft Graph refused the change although your role (${check.via}) normally allows it. The role may have been ` +
    'removed or not activated (Privileged Identity Management), or an administrative unit limits it: sign in again, ' +
    'or ask a Global Administrator.'
  );
}

/** Whether the account may make these reads: `notes` explain each one its roles do not allow. */
export type ReadAccess = { state: 'unknown' } | { state: 'allowed' } | { state: 'denied'; notes: string[] };

/** `heldTemplateIds` undefined while the roles load. */
export function readAccess(requirements: readonly ReadRequirement[], heldTemplateIds: readonly string[] | undefined): ReadAccess {
  if (!heldTemplateIds) return { state: 'unknown' };
  const denied = requirements.filter((r) => !checkRole(r, heldTemplateIds).allowed);
  return denied.length === 0 ? { state: 'allowed' } : { state: 'denied', notes: denied.map((r) => readRoleNote(r, heldTemplateIds)) };
}
