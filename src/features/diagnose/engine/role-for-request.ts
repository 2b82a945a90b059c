/** Which role-gated write (src/auth/role-requirements) a request or an operation is, if any. */
import { directoryRoleNames } from '../../../auth/directory-roles';
import { APP_ROLE_ASSIGNMENT_WRITE, GRANT_WRITE, REVOKE_SESSIONS, type RoleRequirement } from '../../../auth/role-requirements';
import { graphPath } from '../../../permissions/api-map';

const WRITES = ['POST', 'PATCH', 'PUT', 'DELETE'];

export function roleRequirementForRequest(method: string, url: string): RoleRequirement | undefined {
  const m = method.toUpperCase();
  const path = graphPath(url).toLowerCase();
  if (WRITES.includes(m) && /^\/oauth2permissiongrants(\/[^/]+)?$/.test(path)) return GRANT_WRITE;
  if ((m === 'POST' || m === 'DELETE') && /^\/(serviceprincipals|users|groups)\/[^/]+\/(approleassignedto|approleassignments)(\/[^/]+)?$/.test(path)) {
    return APP_ROLE_ASSIGNMENT_WRITE;
  }
  if (m === 'POST' && /^\/(users\/[^/]+|me)\/revokesigninsessions$/.test(path)) return REVOKE_SESSIONS;
  return undefined;
}

/** The role requirement of an operation that declares this delegated scope (the console's writes). */
export function roleRequirementForScope(scope: string): RoleRequirement | undefined {
  const s = scope.toLowerCase();
  if (s === 'delegatedpermissiongrant.readwrite.all') return GRANT_WRITE;
  if (s === 'approleassignment.readwrite.all') return APP_ROLE_ASSIGNMENT_WRITE;
  if (s === 'user.revokesessions.all') return REVOKE_SESSIONS;
  return undefined;
}

/** Ids and names, least privileged first, as the diagnosis engine takes them. */
export function requiredRolesOf(requirement: RoleRequirement): { ids: readonly string[]; names: readonly string[] } {
  return { ids: requirement.roles, names: directoryRoleNames(requirement.roles) };
}
