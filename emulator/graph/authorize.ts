// Authorization, as Microsoft's API reference documents it per call (emulator/rules/graph-api-rules.json):
// 1. the token's scp (delegated) or roles (application) hold every permission of one documented set
//    (calls the reference data does not cover: the devx map);
// 2. delegated calls, reads and writes alike: the signed-in user holds one of the documented directory
//    roles (roles: null = any member user), as the store holds them — not the token's wids: a role removed
//    after sign-in stops working at once, as in the real directory. Global Administrator holds every role;
//    Global Reader every read (Entra's built-in roles reference: it reads everything a Global Administrator
//    can and changes nothing), since the reference's lists name only the least-privileged roles;
// 3. documented exceptions: guests may not list users; Microsoft Graph's own app roles need Privileged Role
//    Administrator (or Global Administrator) to assign and to remove;
// 4. roles a route adds where the docs are silent (revokeSignInSessions, see tenant/roles.ts).
// Every refusal is the real 403 Authorization_RequestDenied "Insufficient privileges to complete the operation."
import { apiRule, type ApiRule } from '../rules/rules.ts';
import { ROLE, userHoldsRole } from '../tenant/roles.ts';
import type { User } from '../tenant/types.ts';
import { insufficientPrivileges } from './errors.ts';
import { permitted } from './permission-map.ts';
import type { RouteCall } from './types.ts';

/** Microsoft Graph and Azure AD Graph: the resources whose app roles the role condition is about. */
const GRAPH_RESOURCE_APP_IDS = new Set(['00000003-0000-0000-c000-000000000000', '00000002-0000-0000-c000-000000000000']);

export function authorize(key: string, call: RouteCall, routeRoles?: readonly string[]): void {
  const { principal } = call;
  if (!permitted(key, principal.permissions, principal.delegated)) throw insufficientPrivileges();
  if (!principal.delegated) return;
  const user = principal.user;
  if (!user) throw insufficientPrivileges();
  const rule = apiRule(key);
  if (rule) assertDocumentedRoles(rule, user, call);
  if (routeRoles && !userHoldsRole(user, routeRoles)) throw insufficientPrivileges();
}

function assertDocumentedRoles(rule: ApiRule, user: User, call: RouteCall): void {
  if (rule.guests === false && user.userType === 'Guest') throw insufficientPrivileges();
  if (rule.roles && !userHoldsRole(user, rule.roles) && !(call.method === 'GET' && userHoldsRole(user, [ROLE.globalReader]))) throw insufficientPrivileges();
  if (rule.graphAppRoles && actsOnGraphAppRole(call) && !userHoldsRole(user, rule.graphAppRoles)) throw insufficientPrivileges();
}

/**
 * Does this app role assignment write (POST or DELETE on appRoleAssignedTo / appRoleAssignments of a
 * service principal, user or group) concern an app role of Microsoft Graph? The resource is the path's
 * service principal for appRoleAssignedTo, the body's resourceId for a POST on appRoleAssignments, and the
 * existing assignment's resource for a DELETE.
 */
export function actsOnGraphAppRole(call: RouteCall): boolean {
  const resourceId = assignmentResourceId(call);
  const resource = resourceId ? call.context.store.servicePrincipals.get(resourceId) : undefined;
  return resource !== undefined && GRAPH_RESOURCE_APP_IDS.has(resource.appId.toLowerCase());
}

function assignmentResourceId(call: RouteCall): string | undefined {
  const { store } = call.context;
  const viaResource = /\/appRoleAssignedTo(\/|$)/i.test(call.path);
  if (call.method === 'POST') {
    const body = (call.body ?? {}) as Record<string, unknown>;
    const fromBody = typeof body.resourceId === 'string' ? body.resourceId.toLowerCase() : undefined;
    return viaResource ? call.params.id : fromBody;
  }
  const assignmentId = Object.values(call.params).at(-1);
  const assignment =
    assignmentId === undefined ? undefined : (store.appRoleAssignments.get(assignmentId) ?? store.appRoleAssignments.get(assignmentId.toLowerCase()));
  return assignment?.resourceId ?? (viaResource ? call.params.id : undefined);
}

/**
 * GET /users/{id} with only User.Read / User.ReadWrite (the rules' selfOnly permissions) reads the signed-in
 * user alone; another user needs User.ReadBasic.All or more (api-reference/v1.0/api/user-get.md).
 */
export function assertMayReadUser(key: string, call: RouteCall, target: User): void {
  const { principal } = call;
  if (!principal.delegated || principal.user?.id === target.id) return;
  const rule = apiRule(key);
  if (!rule?.selfOnly || rule.d === false) return;
  const selfOnly = new Set(rule.selfOnly.map((p) => p.toLowerCase()));
  const others = rule.d.filter((set) => !set.some((p) => selfOnly.has(p.toLowerCase())));
  const held = principal.permissions;
  if (!others.some((set) => set.every((p) => held.has(p.toLowerCase())))) throw insufficientPrivileges();
}
