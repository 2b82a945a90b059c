// /identityGovernance/appConsent/appConsentRequests: the admin consent workflow's requests, read-only as in
// Microsoft Graph ("there aren't any methods available to programmatically approve or deny a request",
// consentrequests-overview.md). $filter eq, the userConsentRequests/any(u:u/status eq '…') lambda, $select,
// $top, $orderby and $expand=userConsentRequests; filterByCurrentUser(on='reviewer') lists the requests the
// caller reviews that have a request InProgress. Expired requests turn Expired on every read.
import { expireRequests } from '../../tenant/governance.ts';
import type { AppConsentRequest, UserConsentRequest } from '../../tenant/governance-types.ts';
import { ROLE } from '../../tenant/roles.ts';
import type { User } from '../../tenant/types.ts';
import { notFound } from '../errors.ts';
import { listResponse, project, type Entity } from '../odata/page.ts';
import { option, parseListQuery } from '../odata/query.ts';
import { APP_CONSENT_REQUESTS, USER_CONSENT_REQUESTS } from '../policies.ts';
import type { GraphResponse, RouteCall } from '../types.ts';
import { entityResponse } from './helpers.ts';
import type { RouteSpec } from './table.ts';

const BASE = '/identityGovernance/appConsent/appConsentRequests';
const CONTEXT = 'identityGovernance/appConsent/appConsentRequests';

/**
 * Who may read the requests. The Graph pages name no role; the stricter reading is the roles that review
 * them in the admin center (review-admin-consent-requests.md) and Global Reader, which reads what they read.
 */
const READ_ROLES = [ROLE.globalReader, ROLE.cloudApplicationAdministrator, ROLE.applicationAdministrator, ROLE.privilegedRoleAdministrator];

export function userConsentRequestEntity(u: UserConsentRequest): Entity {
  const { scopes: _scopes, ...graph } = u;
  return { ...graph, createdBy: { user: { ...u.createdBy.user } } };
}

function wantsUserRequests(call: RouteCall): boolean {
  return (option(call.query, 'expand') ?? '').split(',').some((e) => e.trim().toLowerCase() === 'userconsentrequests');
}

function appConsentRequestEntity(call: RouteCall) {
  const expand = wantsUserRequests(call);
  return (r: AppConsentRequest): Entity => {
    const entity: Entity = {
      id: r.id,
      appId: r.appId,
      appDisplayName: r.appDisplayName,
      consentType: r.consentType,
      pendingScopes: r.pendingScopes.map((s) => ({ ...s })),
    };
    if (expand) entity.userConsentRequests = r.userConsentRequests.map(userConsentRequestEntity);
    return entity;
  };
}

function requests(call: RouteCall): AppConsentRequest[] {
  expireRequests(call.context.store);
  return call.context.store.governance.appConsentRequests;
}

function requireRequest(call: RouteCall): AppConsentRequest {
  const id = call.params.id!;
  const found = requests(call).find((r) => r.id.toLowerCase() === id.toLowerCase());
  if (!found) throw notFound(id);
  return found;
}

function requireUserRequest(call: RouteCall): UserConsentRequest {
  const id = call.params.userRequestId!;
  const found = requireRequest(call).userConsentRequests.find((u) => u.id.toLowerCase() === id.toLowerCase());
  if (!found) throw notFound(id);
  return found;
}

function getRequest(call: RouteCall): GraphResponse {
  const q = parseListQuery(call, { ...APP_CONSENT_REQUESTS, filter: { properties: {} } });
  return entityResponse(call, `${CONTEXT}/$entity`, project(appConsentRequestEntity(call)(requireRequest(call)), q.select));
}

/** Is the user one of the workflow's reviewers (a user query, a group's members, or a directory role's holders)? */
export function isReviewer(call: RouteCall, user: User): boolean {
  const { store } = call.context;
  return store.governance.adminConsentRequestPolicy.reviewers.some(({ query }) => {
    const q = query.toLowerCase();
    const userMatch = /^\/(?:v1\.0\/|beta\/)?users\/([^/?]+)$/.exec(q);
    if (userMatch) return userMatch[1] === user.id.toLowerCase() || userMatch[1] === user.userPrincipalName.toLowerCase();
    const groupMatch = /^\/(?:v1\.0\/|beta\/)?groups\/([^/?]+)\/(?:transitive)?members/.exec(q);
    if (groupMatch) return store.groupsOf(user.id).some((g) => g.id.toLowerCase() === groupMatch[1]);
    const roleMatch = /roledefinitionid eq '([0-9a-f-]+)'/.exec(q);
    return roleMatch ? user.roleTemplateIds.some((id) => id.toLowerCase() === roleMatch[1]) : false;
  });
}

function reviewerRequests(call: RouteCall): GraphResponse {
  const user = call.principal.user;
  const mine = requests(call).filter((r) => user && isReviewer(call, user) && r.userConsentRequests.some((u) => u.status === 'InProgress'));
  return listResponse(call, mine, APP_CONSENT_REQUESTS, CONTEXT, appConsentRequestEntity(call));
}

const readRoles = () => READ_ROLES;

export const consentRequestRoutes: RouteSpec[] = [
  { method: 'GET', pattern: BASE, roles: readRoles, handler: (c) => listResponse(c, requests(c), APP_CONSENT_REQUESTS, CONTEXT, appConsentRequestEntity(c)) },
  {
    method: 'GET',
    pattern: `${BASE}/filterByCurrentUser(on='reviewer')`,
    permissionPattern: `${BASE}/filterByCurrentUser(on={on})`,
    roles: readRoles,
    handler: reviewerRequests,
  },
  { method: 'GET', pattern: `${BASE}/{id}`, roles: readRoles, handler: getRequest },
  {
    method: 'GET',
    pattern: `${BASE}/{id}/userConsentRequests`,
    roles: readRoles,
    handler: (c) =>
      listResponse(
        c,
        requireRequest(c).userConsentRequests,
        USER_CONSENT_REQUESTS,
        `${CONTEXT}('${c.params.id!}')/userConsentRequests`,
        userConsentRequestEntity,
      ),
  },
  {
    method: 'GET',
    pattern: `${BASE}/{id}/userConsentRequests/{userRequestId}`,
    roles: readRoles,
    handler: (c) => entityResponse(c, `${CONTEXT}('${c.params.id!}')/userConsentRequests/$entity`, userConsentRequestEntity(requireUserRequest(c))),
  },
];
