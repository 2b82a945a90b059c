// /servicePrincipals: list, get (by id or appId alternate key), the grants a client holds, the app roles it
// holds (appRoleAssignments) and the app roles others hold on it as a resource (appRoleAssignedTo).
import { DEMO } from '../../tenant/seed.ts';
import { APP_ROLE_ASSIGNMENT_WRITE_ROLES, GRAPH_APP_ROLE_CONSENT_ROLES } from '../../tenant/roles.ts';
import type { ServicePrincipal } from '../../tenant/types.ts';
import { badRequest, invalidProperty, notFound } from '../errors.ts';
import { countResponse, listResponse, project } from '../odata/page.ts';
import { parseListQuery } from '../odata/query.ts';
import { ASSIGNMENTS, GRANTS, SERVICE_PRINCIPALS } from '../policies.ts';
import { assignmentEntity, grantEntity, servicePrincipalEntity } from '../serialize.ts';
import type { GraphResponse, RouteCall } from '../types.ts';
import { actorOf, entityResponse, isGuid, noContent, requireServicePrincipal } from './helpers.ts';
import type { RouteSpec } from './table.ts';

/** The default app role (no role): assignable on any resource. */
const DEFAULT_ACCESS = '00000000-0000-0000-0000-000000000000';

const allSps = (call: RouteCall) => [...call.context.store.servicePrincipals.values()];
const spRef = (call: RouteCall) => requireServicePrincipal(call, call.params.id!);
const spPath = (call: RouteCall, rest: string) => `servicePrincipals('${call.params.id!}')/${rest}`;

function getServicePrincipal(call: RouteCall): GraphResponse {
  const sp = spRef(call);
  const q = parseListQuery(call, { ...SERVICE_PRINCIPALS, filter: { properties: {} } });
  const fragment = q.select ? `servicePrincipals(${q.select.join(',')})/$entity` : 'servicePrincipals/$entity';
  return entityResponse(call, fragment, project(servicePrincipalEntity(sp), q.select));
}

function assignedTo(call: RouteCall): GraphResponse {
  const sp = spRef(call);
  const items = [...call.context.store.visibleAppRoleAssignments()].filter((a) => a.resourceId === sp.id);
  return listResponse(call, items, ASSIGNMENTS, spPath(call, 'appRoleAssignedTo'), assignmentEntity);
}

function assignAppRole(call: RouteCall): GraphResponse {
  const { store } = call.context;
  const resource = spRef(call);
  const body = (call.body ?? {}) as Record<string, unknown>;
  const { principalId, appRoleId } = body;
  const resourceId = body.resourceId ?? resource.id;
  if (!isGuid(principalId)) throw invalidProperty('principalId', 'AppRoleAssignment');
  if (!isGuid(appRoleId)) throw invalidProperty('appRoleId', 'AppRoleAssignment');
  if (!isGuid(resourceId) || resourceId.toLowerCase() !== resource.id.toLowerCase()) throw invalidProperty('resourceId', 'AppRoleAssignment');
  if (!store.principal(principalId)) throw notFound(principalId);
  if (!roleExists(resource, appRoleId)) throw badRequest(`Permission being assigned was not found on application '${resource.appId}'.`);
  const duplicate = [...store.appRoleAssignments.values()].some(
    (a) => a.principalId === principalId && a.resourceId === resource.id && a.appRoleId === appRoleId,
  );
  if (duplicate) throw badRequest('Permission being assigned already exists on the object.');
  const assignment = store.createAppRoleAssignment({ principalId, resourceId: resource.id, appRoleId }, actorOf(call));
  return entityResponse(call, `${spPath(call, 'appRoleAssignedTo')}/$entity`, assignmentEntity(assignment), 201, {
    Location: `${call.serviceRoot}/servicePrincipals/${resource.id}/appRoleAssignedTo/${assignment.id}`,
  });
}

function roleExists(resource: ServicePrincipal, appRoleId: string): boolean {
  return appRoleId === DEFAULT_ACCESS || resource.appRoles.some((r) => r.id === appRoleId && r.isEnabled);
}

function unassignAppRole(call: RouteCall): GraphResponse {
  const { store } = call.context;
  const resource = spRef(call);
  const assignment = store.appRoleAssignments.get(call.params.assignmentId!);
  if (!assignment || assignment.resourceId !== resource.id) throw notFound(call.params.assignmentId!);
  store.deleteAppRoleAssignment(assignment, actorOf(call));
  return noContent();
}

/** Granting Microsoft Graph's own app roles needs a privileged role; other resources the app-admin roles. */
function assignRoles(call: RouteCall): readonly string[] {
  const resource = call.context.store.servicePrincipals.get(call.params.id!);
  return resource?.appId === DEMO.graphAppId ? GRAPH_APP_ROLE_CONSENT_ROLES : APP_ROLE_ASSIGNMENT_WRITE_ROLES;
}

export const servicePrincipalRoutes: RouteSpec[] = [
  { method: 'GET', pattern: '/servicePrincipals', handler: (c) => listResponse(c, allSps(c), SERVICE_PRINCIPALS, 'servicePrincipals', servicePrincipalEntity) },
  {
    method: 'GET',
    pattern: '/servicePrincipals/$count',
    permissionPattern: '/servicePrincipals',
    handler: (c) => countResponse(c, allSps(c), SERVICE_PRINCIPALS),
  },
  { method: 'GET', pattern: '/servicePrincipals/{id}', handler: getServicePrincipal },
  {
    method: 'GET',
    pattern: '/servicePrincipals/{id}/oauth2PermissionGrants',
    handler: (c) => {
      const sp = spRef(c);
      const grants = [...c.context.store.visibleGrants()].filter((g) => g.clientId === sp.id);
      return listResponse(c, grants, GRANTS, spPath(c, 'oauth2PermissionGrants'), grantEntity);
    },
  },
  {
    method: 'GET',
    pattern: '/servicePrincipals/{id}/appRoleAssignments',
    handler: (c) => {
      const sp = spRef(c);
      const items = [...c.context.store.visibleAppRoleAssignments()].filter((a) => a.principalId === sp.id);
      return listResponse(c, items, ASSIGNMENTS, spPath(c, 'appRoleAssignments'), assignmentEntity);
    },
  },
  { method: 'GET', pattern: '/servicePrincipals/{id}/appRoleAssignedTo', handler: assignedTo },
  { method: 'POST', pattern: '/servicePrincipals/{id}/appRoleAssignedTo', roles: assignRoles, handler: assignAppRole },
  {
    method: 'DELETE',
    pattern: '/servicePrincipals/{id}/appRoleAssignedTo/{assignmentId}',
    roles: () => APP_ROLE_ASSIGNMENT_WRITE_ROLES,
    handler: unassignAppRole,
  },
];
