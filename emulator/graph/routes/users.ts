// /users, /me and what hangs off a user: grants, app role assignments, directory roles (memberOf),
// revokeSignInSessions, and a minimal mailbox to show the unlicensed-user error.
import { REVOKE_SESSIONS_ROLES } from '../../tenant/roles.ts';
import type { User } from '../../tenant/types.ts';
import { GraphError } from '../errors.ts';
import { countResponse, listResponse, project, type Entity } from '../odata/page.ts';
import { parseListQuery } from '../odata/query.ts';
import { ASSIGNMENTS, GRANTS, MESSAGES, USERS } from '../policies.ts';
import { assignmentEntity, grantEntity, userEntity } from '../serialize.ts';
import type { GraphResponse, RouteCall } from '../types.ts';
import { assertMayReadUser } from '../authorize.ts';
import { restrictTo, visibleUserProperties } from '../user-profile.ts';
import { actorOf, entityResponse, JSON_TYPE, me, requireUser } from './helpers.ts';
import { memberOf } from './member-of.ts';
import type { RouteSpec } from './table.ts';

const allUsers = (call: RouteCall) => [...call.context.store.users.values()];

function getUser(call: RouteCall, user: User, fragment: string): GraphResponse {
  const q = parseListQuery(call, { ...USERS, filter: { properties: {} } });
  const fields = q.select ?? USERS.defaults;
  const entity = restrictTo(project(userEntity(user), fields), visibleUserProperties(call.principal, user));
  return entityResponse(call, q.select ? `${fragment}(${q.select.join(',')})` : fragment, entity);
}

/** By id or UPN: another user than the signed-in one needs more than User.Read (api-reference/v1.0/api/user-get.md). */
function getUserById(call: RouteCall): GraphResponse {
  const user = userRef(call);
  assertMayReadUser('GET /users/{id}', call, user);
  return getUser(call, user, 'users/$entity');
}

function userGrants(call: RouteCall, user: User, fragment: string): GraphResponse {
  const grants = [...call.context.store.visibleGrants()].filter((g) => g.principalId === user.id);
  return listResponse(call, grants, GRANTS, fragment, grantEntity);
}

/**
 * The user's own app role assignments plus those of the groups the user is a DIRECT member of
 * (principalType Group, principalId the group's id) — api-reference/v1.0/api/user-list-approleassignments.md.
 */
function userAppRoleAssignments(call: RouteCall, user: User, fragment: string): GraphResponse {
  const { store } = call.context;
  const holders = new Set([user.id, ...store.groupsOf(user.id).map((g) => g.id)]);
  const items = [...store.visibleAppRoleAssignments()].filter((a) => holders.has(a.principalId));
  return listResponse(call, items, ASSIGNMENTS, fragment, assignmentEntity);
}

/** Exchange answers for users without a mailbox licence with this error (HTTP 404), not with an empty list. */
function messages(call: RouteCall, user: User, fragment: string): GraphResponse {
  if (!user.hasMailbox) throw new GraphError(404, 'MailboxNotEnabledForRESTAPI', 'The mailbox is either inactive, soft-deleted, or is hosted on-premise.');
  const items: Entity[] = [1, 2, 3].map((n) => ({
    id: `AAMkAD${Buffer.from(`${user.id}:${n}`).toString('base64url')}`,
    subject: ['Quarterly review', 'Your app access was updated', 'Lunch on Friday?'][n - 1],
    from: { emailAddress: { name: 'Adele Vance', address: `admin@${call.context.store.settings.defaultDomain}` } },
    receivedDateTime: `2026-01-0${n + 5}T09:00:00Z`,
    isRead: n !== 2,
    bodyPreview: 'This is a message in the emulator’s demo mailbox.',
  }));
  return listResponse(call, items, MESSAGES, fragment, (m) => m);
}

function revokeSignInSessions(call: RouteCall): GraphResponse {
  const user = requireUser(call, call.params.id!);
  call.context.store.revokeSignInSessions(user, actorOf(call));
  return { status: 200, headers: { 'Content-Type': JSON_TYPE }, body: { '@odata.context': `${call.serviceRoot}/$metadata#Edm.Boolean`, value: true } };
}

const userRef = (call: RouteCall) => requireUser(call, call.params.id!);
const userPath = (call: RouteCall, rest: string) => `users('${call.params.id!}')/${rest}`;

export const userRoutes: RouteSpec[] = [
  { method: 'GET', pattern: '/me', delegatedOnly: true, handler: (c) => getUser(c, me(c), 'users/$entity') },
  { method: 'GET', pattern: '/me/memberOf', delegatedOnly: true, handler: (c) => memberOf(c, me(c), 'directoryObjects') },
  { method: 'GET', pattern: '/me/transitiveMemberOf', delegatedOnly: true, handler: (c) => memberOf(c, me(c), 'directoryObjects') },
  {
    method: 'GET',
    pattern: '/me/appRoleAssignments',
    delegatedOnly: true,
    handler: (c) => userAppRoleAssignments(c, me(c), `users('${me(c).id}')/appRoleAssignments`),
  },
  { method: 'GET', pattern: '/me/oauth2PermissionGrants', delegatedOnly: true, handler: (c) => userGrants(c, me(c), 'oauth2PermissionGrants') },
  { method: 'GET', pattern: '/me/messages', delegatedOnly: true, handler: (c) => messages(c, me(c), `users('${me(c).id}')/messages`) },
  { method: 'POST', pattern: '/me/revokeSignInSessions', delegatedOnly: true, handler: (c) => revokeSignInSessions({ ...c, params: { id: me(c).id } }) },
  { method: 'GET', pattern: '/users', handler: (c) => listResponse(c, allUsers(c), USERS, 'users', userEntity) },
  { method: 'GET', pattern: '/users/$count', permissionPattern: '/users', handler: (c) => countResponse(c, allUsers(c), USERS) },
  { method: 'GET', pattern: '/users/{id}', handler: getUserById },
  { method: 'GET', pattern: '/users/{id}/oauth2PermissionGrants', handler: (c) => userGrants(c, userRef(c), userPath(c, 'oauth2PermissionGrants')) },
  { method: 'GET', pattern: '/users/{id}/appRoleAssignments', handler: (c) => userAppRoleAssignments(c, userRef(c), userPath(c, 'appRoleAssignments')) },
  { method: 'GET', pattern: '/users/{id}/memberOf', handler: (c) => memberOf(c, userRef(c), 'directoryObjects') },
  { method: 'GET', pattern: '/users/{id}/transitiveMemberOf', handler: (c) => memberOf(c, userRef(c), 'directoryObjects') },
  { method: 'GET', pattern: '/users/{id}/messages', handler: (c) => messages(c, userRef(c), userPath(c, 'messages')) },
  { method: 'POST', pattern: '/users/{id}/revokeSignInSessions', roles: () => REVOKE_SESSIONS_ROLES, handler: revokeSignInSessions },
];
