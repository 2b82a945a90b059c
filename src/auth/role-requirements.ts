/**
 * Which Microsoft Entra directory roles may perform the console's delegated writes, per the "supported
 * roles" of each Graph API reference page. A delegated write needs both the permission (scope) and one
 * of these roles; screens check the role first so an action the account cannot perform is disabled
 * with the reason instead of failing after the click.
 */
import { directoryRoleName } from './directory-roles';

export const ROLE_IDS = {
  globalAdministrator: '62e90394-69f5-4237-9190-012177145e10',
  privilegedRoleAdministrator: 'e8611ab8-c189-46e8-94e1-60213ab1f814',
  applicationAdministrator: '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3',
  cloudApplicationAdministrator: '158c047a-c907-4556-b7ef-446551a6b5f7',
  applicationDeveloper: 'cf1c38e5-3621-4004-a7cb-879624dced7c',
  directoryWriters: '9360feb5-f418-4baa-8175-e2a00bac4301',
  userAdministrator: 'fe930be7-5e62-47db-91af-98c3a49a38b1',
  helpdeskAdministrator: '729827e3-9c14-49f7-bb1b-9608f156bbb8',
  hybridIdentityAdministrator: '8ac3fc64-6eca-42ea-9e69-59f4c7b60eb2',
  identityGovernanceAdministrator: '45d8d3c5-c802-45c6-b32a-1d70b5e1e86e',
  directorySynchronizationAccounts: 'd29b2b05-8046-44ba-8758-1e26182fcf32',
} as const;

export interface RoleRequirement {
  /** What the roles allow, completing "… may …": e.g. "change delegated permission grants". */
  action: string;
  /** Role template ids, least privileged first (the first one is the role to suggest). */
  roles: readonly string[];
}

const R = ROLE_IDS;

/** POST/PATCH/DELETE /oauth2PermissionGrants. */
export const GRANT_WRITE: RoleRequirement = {
  action: 'change or revoke delegated permission grants',
  roles: [
    R.userAdministrator,
    R.applicationDeveloper,
    R.cloudApplicationAdministrator,
    R.applicationAdministrator,
    R.directoryWriters,
    R.privilegedRoleAdministrator,
    R.globalAdministrator,
  ],
};

/** POST /users/{id}/revokeSignInSessions. */
export const REVOKE_SESSIONS: RoleRequirement = {
  action: "revoke a user's sign-in sessions",
  roles: [R.helpdeskAdministrator, R.userAdministrator, R.privilegedRoleAdministrator, R.globalAdministrator],
};

/** POST/DELETE appRoleAssignedTo (app roles of users and application permissions). */
export const APP_ROLE_ASSIGNMENT_WRITE: RoleRequirement = {
  action: 'assign or remove app roles',
  roles: [
    R.userAdministrator,
    R.cloudApplicationAdministrator,
    R.applicationAdministrator,
    R.directoryWriters,
    R.hybridIdentityAdministrator,
    R.identityGovernanceAdministrator,
    R.directorySynchronizationAccounts,
    R.privilegedRoleAdministrator,
    R.globalAdministrator,
  ],
};

/** Grant tenant-wide (admin) consent to delegated permissions. */
export const ADMIN_CONSENT: RoleRequirement = {
  action: 'grant consent on behalf of the organization',
  roles: [R.cloudApplicationAdministrator, R.applicationAdministrator, R.privilegedRoleAdministrator, R.globalAdministrator],
};

export type RoleCheck =
  | { allowed: true; /** The held role that allows it. */ via: string }
  | { allowed: false; /** One sentence: why not, and which roles would allow it. */ reason: string; allowedBy: string[] };

export function checkRole(requirement: RoleRequirement, heldTemplateIds: readonly string[]): RoleCheck {
  const held = new Set(heldTemplateIds.map((id) => id.toLowerCase()));
  const match = requirement.roles.find((id) => held.has(id));
  if (match) return { allowed: true, via: directoryRoleName(match) };
  const allowedBy = requirement.roles.map(directoryRoleName);
  const heldNames = heldTemplateIds.map(directoryRoleName).filter((n) => !n.startsWith('Directory role '));
  const yours = heldNames.length > 0 ? `Your directory roles (${heldNames.join(', ')}) do not` : 'Your account holds no directory role that may';
  const verb = heldNames.length > 0 ? ` allow you to ${requirement.action}` : ` ${requirement.action}`;
  return {
    allowed: false,
    allowedBy,
    reason: `${yours}${verb}. ${allowedBy[0]} (or ${allowedBy.slice(1).join(', ')}) would.`,
  };
}

/**
 * A Graph 403 on a write, in plain words: Microsoft Graph checks both the console's permission and the
 * signed-in account's directory role, and either can be missing.
 */
export function explainWriteDenied(requirement: RoleRequirement, heldTemplateIds: readonly string[]): string {
  const check = checkRole(requirement, heldTemplateIds);
  if (!check.allowed) return `Microsoft Graph refused the change: ${check.reason}`;
  return (
    `Microsoft Graph refused the change although your role (${check.via}) normally allows it. The role may have been ` +
    'removed or not activated (Privileged Identity Management), or an administrative unit limits it: sign in again, ' +
    'or ask a Global Administrator.'
  );
}
