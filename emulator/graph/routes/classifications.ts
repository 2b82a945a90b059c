// /servicePrincipals/{id}/delegatedPermissionClassifications (also under servicePrincipals(appId='…')): an
// API's classification of its delegated permissions — list, add, remove. v1.0 supports only "low"
// (delegatedpermissionclassification.md); only delegated permissions that don't require admin consent can be
// classified, and the writes need Application Administrator or Cloud Application Administrator
// (configure-permission-classifications.md; the Graph pages name no role). One classification per permission.
import { randomBytes } from 'node:crypto';
import type { DelegatedPermissionClassification } from '../../tenant/governance-types.ts';
import { ROLE } from '../../tenant/roles.ts';
import type { PermissionScope, ServicePrincipal } from '../../tenant/types.ts';
import { badRequest, GraphError, invalidProperty, notFound } from '../errors.ts';
import { listResponse, type Entity } from '../odata/page.ts';
import { CLASSIFICATIONS } from '../policies.ts';
import type { GraphResponse, RouteCall } from '../types.ts';
import { actorOf, entityResponse, noContent, requireServicePrincipal } from './helpers.ts';
import type { RouteSpec } from './table.ts';

const RESOURCE = 'DelegatedPermissionClassification';
const WRITE_ROLES = [ROLE.applicationAdministrator, ROLE.cloudApplicationAdministrator];

const entity = ({ servicePrincipalId: _sp, ...c }: DelegatedPermissionClassification): Entity => ({ ...c });
const classificationsOf = (call: RouteCall, sp: ServicePrincipal) =>
  call.context.store.governance.classifications.filter((c) => c.servicePrincipalId === sp.id);
const contextOf = (call: RouteCall) => `servicePrincipals('${call.params.id!}')/delegatedPermissionClassifications`;

/** The body names the permission by permissionId or permissionName; it must be a delegated permission the API publishes. */
function permissionOf(sp: ServicePrincipal, body: Record<string, unknown>): PermissionScope {
  const { permissionId, permissionName } = body;
  if (permissionId !== undefined && typeof permissionId !== 'string') throw invalidProperty('permissionId', RESOURCE);
  if (permissionName !== undefined && typeof permissionName !== 'string') throw invalidProperty('permissionName', RESOURCE);
  if (permissionId === undefined && permissionName === undefined) throw invalidProperty('permissionId', RESOURCE);
  const scope = sp.oauth2PermissionScopes.find(
    (s) =>
      (permissionId === undefined || s.id.toLowerCase() === permissionId.toLowerCase()) &&
      (permissionName === undefined || s.value.toLowerCase() === permissionName.toLowerCase()),
  );
  if (!scope) throw invalidProperty(permissionId !== undefined ? 'permissionId' : 'permissionName', RESOURCE);
  return scope;
}

/**
 * The activity list names no event for classifications; they are a navigation of the API's service principal,
 * so the emulator records "Update service principal" with the classification as the modified property
 * (an assumption, stated in docs/emulator-fidelity.md).
 */
function recordClassification(
  call: RouteCall,
  sp: ServicePrincipal,
  before: DelegatedPermissionClassification | null,
  after: DelegatedPermissionClassification | null,
): void {
  const json = (c: DelegatedPermissionClassification | null) => (c ? JSON.stringify(entity(c)) : null);
  call.context.store.record({
    activityDisplayName: 'Update service principal',
    category: 'ApplicationManagement',
    operationType: 'Update',
    actor: actorOf(call),
    targets: [
      {
        id: sp.id,
        displayName: sp.displayName,
        type: 'ServicePrincipal',
        userPrincipalName: null,
        modifiedProperties: [{ displayName: 'DelegatedPermissionClassification', oldValue: json(before), newValue: json(after) }],
      },
    ],
  });
}

function classify(call: RouteCall): GraphResponse {
  const sp = requireServicePrincipal(call, call.params.id!);
  const body = (call.body && typeof call.body === 'object' ? call.body : {}) as Record<string, unknown>;
  if (typeof body.classification !== 'string' || body.classification.toLowerCase() !== 'low') throw invalidProperty('classification', RESOURCE);
  const scope = permissionOf(sp, body);
  if (scope.type !== 'User') throw badRequest(`Permission '${scope.value}' requires admin consent and cannot be classified.`);
  if (classificationsOf(call, sp).some((c) => c.permissionId === scope.id)) {
    throw new GraphError(409, 'Request_MultipleObjectsWithSameKeyValue', 'Another object with the same value for property permissionId already exists.');
  }
  const created: DelegatedPermissionClassification = {
    id: randomBytes(20).toString('base64url').slice(0, 27),
    servicePrincipalId: sp.id,
    permissionId: scope.id,
    permissionName: scope.value,
    classification: 'low',
  };
  call.context.store.governance.classifications.push(created);
  recordClassification(call, sp, null, created);
  return entityResponse(call, `${contextOf(call)}/$entity`, entity(created), 201);
}

function unclassify(call: RouteCall): GraphResponse {
  const sp = requireServicePrincipal(call, call.params.id!);
  const { governance } = call.context.store;
  const target = classificationsOf(call, sp).find((c) => c.id === call.params.classificationId);
  if (!target) throw notFound(call.params.classificationId!);
  governance.classifications = governance.classifications.filter((c) => c !== target);
  recordClassification(call, sp, target, null);
  return noContent();
}

export const classificationRoutes: RouteSpec[] = [
  {
    method: 'GET',
    pattern: '/servicePrincipals/{id}/delegatedPermissionClassifications',
    handler: (c) => listResponse(c, classificationsOf(c, requireServicePrincipal(c, c.params.id!)), CLASSIFICATIONS, contextOf(c), entity),
  },
  { method: 'POST', pattern: '/servicePrincipals/{id}/delegatedPermissionClassifications', roles: () => WRITE_ROLES, handler: classify },
  {
    method: 'DELETE',
    pattern: '/servicePrincipals/{id}/delegatedPermissionClassifications/{classificationId}',
    roles: () => WRITE_ROLES,
    handler: unclassify,
  },
];
