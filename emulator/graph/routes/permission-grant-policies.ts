// /policies/permissionGrantPolicies: the built-in policies (read-only: "These policies can't be edited",
// manage-app-consent-policies.md) and the tenant's custom ones — list, get, create, update (displayName,
// description), delete, and their include / exclude condition sets (list, add, remove). Writes need
// Privileged Role Administrator (that page's prerequisites; the Graph pages name no role).
import { randomUUID } from 'node:crypto';
import { policyChangeInput } from '../../tenant/audit-events.ts';
import { allPolicies, findPolicy, isBuiltInPolicy } from '../../tenant/governance.ts';
import { conditionSet } from '../../tenant/built-in-policies.ts';
import type { PermissionGrantConditionSet, PermissionGrantPolicy } from '../../tenant/governance-types.ts';
import { ROLE } from '../../tenant/roles.ts';
import { badRequest, GraphError, invalidProperty, notFound } from '../errors.ts';
import { listResponse, project, type Entity } from '../odata/page.ts';
import { parseListQuery } from '../odata/query.ts';
import { CONDITION_SETS, PERMISSION_GRANT_POLICIES } from '../policies.ts';
import type { GraphResponse, RouteCall } from '../types.ts';
import { actorOf, entityResponse, noContent } from './helpers.ts';
import type { RouteSpec } from './table.ts';

const RESOURCE = 'PermissionGrantPolicy';
const SET_RESOURCE = 'PermissionGrantConditionSet';
const WRITE_ROLES = [ROLE.privilegedRoleAdministrator];
const LIST_FIELDS = ['clientApplicationIds', 'clientApplicationTenantIds', 'clientApplicationPublisherIds', 'permissions'] as const;

const setEntity = (s: PermissionGrantConditionSet): Entity => structuredClone(s) as unknown as Entity;
const policyEntity = (p: PermissionGrantPolicy): Entity => ({
  ...structuredClone(p),
  includes: p.includes.map(setEntity),
  excludes: p.excludes.map(setEntity),
});

/** Every write of a policy or its condition sets is one of the documented PermissionGrantPolicy events. */
function recordPolicy(call: RouteCall, change: 'Add' | 'Update' | 'Delete', before: PermissionGrantPolicy | null, after: PermissionGrantPolicy | null): void {
  const subject = (after ?? before)!;
  const asRecord = (p: PermissionGrantPolicy | null) => (p ? policyEntity(p) : null);
  const activity = `${change} permission grant policy`;
  const target = { id: subject.id, displayName: subject.displayName };
  call.context.store.record(policyChangeInput(activity, 'PermissionGrantPolicy', change, target, asRecord(before), asRecord(after), actorOf(call)));
}

function requirePolicy(call: RouteCall): PermissionGrantPolicy {
  const policy = findPolicy(call.context.store, call.params.id!);
  if (!policy) throw notFound(call.params.id!);
  return policy;
}

/** A custom policy, for writes: built-in ones are the same in every tenant and cannot be changed. */
function requireCustom(call: RouteCall): PermissionGrantPolicy {
  const policy = requirePolicy(call);
  if (isBuiltInPolicy(call.context.store, policy.id))
    throw new GraphError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
  return policy;
}

const bodyOf = (call: RouteCall) => (call.body && typeof call.body === 'object' && !Array.isArray(call.body) ? (call.body as Record<string, unknown>) : {});
const optionalText = (value: unknown, name: string, resource: string): string | undefined => {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw invalidProperty(name, resource);
  return value;
};

function createPolicy(call: RouteCall): GraphResponse {
  const { store } = call.context;
  const body = bodyOf(call);
  const id = body.id;
  if (typeof id !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/.test(id)) throw invalidProperty('id', RESOURCE);
  // The built-in policies' "microsoft-" prefix is Microsoft's (stricter: the docs reserve no prefix explicitly).
  if (id.toLowerCase().startsWith('microsoft-')) throw invalidProperty('id', RESOURCE);
  if (findPolicy(store, id))
    throw new GraphError(409, 'Request_MultipleObjectsWithSameKeyValue', 'Another object with the same value for property id already exists.');
  const policy: PermissionGrantPolicy = {
    id,
    displayName: optionalText(body.displayName, 'displayName', RESOURCE) ?? '',
    description: optionalText(body.description, 'description', RESOURCE) ?? '',
    deletedDateTime: null,
    includes: Array.isArray(body.includes) ? body.includes.map(parseConditionSet) : [],
    excludes: Array.isArray(body.excludes) ? body.excludes.map(parseConditionSet) : [],
  };
  store.governance.permissionGrantPolicies.push(policy);
  recordPolicy(call, 'Add', null, policy);
  return entityResponse(call, 'policies/permissionGrantPolicies/$entity', policyEntity(policy), 201, {
    Location: `${call.serviceRoot}/policies/permissionGrantPolicies/${encodeURIComponent(id)}`,
  });
}

function updatePolicy(call: RouteCall): GraphResponse {
  const policy = requireCustom(call);
  const body = bodyOf(call);
  const before = structuredClone(policy);
  policy.displayName = optionalText(body.displayName, 'displayName', RESOURCE) ?? policy.displayName;
  policy.description = optionalText(body.description, 'description', RESOURCE) ?? policy.description;
  recordPolicy(call, 'Update', before, policy);
  return noContent();
}

/** Deleting a policy the default user role still holds would leave the user-consent setting dangling: refused (stricter). */
function deletePolicy(call: RouteCall): GraphResponse {
  const { governance } = call.context.store;
  const policy = requireCustom(call);
  const assigned = governance.authorizationPolicy.defaultUserRolePermissions.permissionGrantPoliciesAssigned.some((a) =>
    a.toLowerCase().endsWith(`.${policy.id.toLowerCase()}`),
  );
  if (assigned) throw badRequest(`Permission grant policy '${policy.id}' is assigned to the default user role and cannot be deleted.`);
  governance.permissionGrantPolicies = governance.permissionGrantPolicies.filter((p) => p !== policy);
  recordPolicy(call, 'Delete', policy, null);
  return noContent();
}

/** A condition set from a request body: permissionType is required; 'delegatedUserConsentable' is for built-in policies only. */
export function parseConditionSet(input: unknown): PermissionGrantConditionSet {
  if (!input || typeof input !== 'object' || Array.isArray(input)) throw badRequest('Empty Payload. JSON content expected.', 'BadRequest');
  const body = input as Record<string, unknown>;
  if (body.permissionType !== 'delegated' && body.permissionType !== 'application') throw invalidProperty('permissionType', SET_RESOURCE);
  const fields: Parameters<typeof conditionSet>[1] = { permissionType: body.permissionType };
  const classification = body.permissionClassification ?? body.PermissionClassification;
  if (classification !== undefined) {
    if (typeof classification !== 'string' || !['all', 'low', 'medium', 'high'].includes(classification.toLowerCase())) {
      throw invalidProperty('permissionClassification', SET_RESOURCE);
    }
    fields.permissionClassification = classification.toLowerCase();
  }
  if (body.resourceApplication !== undefined) {
    if (typeof body.resourceApplication !== 'string' || body.resourceApplication.trim() === '') throw invalidProperty('resourceApplication', SET_RESOURCE);
    fields.resourceApplication = body.resourceApplication.trim();
  }
  for (const name of LIST_FIELDS) {
    const value = body[name];
    if (value === undefined) continue;
    if (!Array.isArray(value) || value.length === 0 || !value.every((v) => typeof v === 'string')) throw invalidProperty(name, SET_RESOURCE);
    fields[name] = value.map((v: string) => v.trim());
  }
  for (const name of ['clientApplicationsFromVerifiedPublisherOnly', 'certifiedClientApplicationsOnly'] as const) {
    const value = body[name];
    if (value === undefined) continue;
    if (typeof value !== 'boolean') throw invalidProperty(name, SET_RESOURCE);
    fields[name] = value;
  }
  return conditionSet(randomUUID(), fields);
}

function conditionSetRoutes(kind: 'includes' | 'excludes'): RouteSpec[] {
  const base = `/policies/permissionGrantPolicies/{id}/${kind}`;
  const context = (c: RouteCall) => `policies/permissionGrantPolicies('${c.params.id!}')/${kind}`;
  return [
    { method: 'GET', pattern: base, handler: (c) => listResponse(c, requirePolicy(c)[kind], CONDITION_SETS, context(c), setEntity) },
    {
      method: 'POST',
      pattern: base,
      roles: () => WRITE_ROLES,
      handler: (c) => {
        const policy = requireCustom(c);
        const set = parseConditionSet(c.body);
        const before = structuredClone(policy);
        policy[kind].push(set);
        recordPolicy(c, 'Update', before, policy);
        return entityResponse(c, `${context(c)}/$entity`, setEntity(set), 201);
      },
    },
    {
      method: 'DELETE',
      pattern: `${base}/{setId}`,
      roles: () => WRITE_ROLES,
      handler: (c) => {
        const policy = requireCustom(c);
        const before = structuredClone(policy);
        policy[kind] = policy[kind].filter((s) => s.id.toLowerCase() !== c.params.setId!.toLowerCase());
        if (policy[kind].length === before[kind].length) throw notFound(c.params.setId!);
        recordPolicy(c, 'Update', before, policy);
        return noContent();
      },
    },
  ];
}

export const permissionGrantPolicyRoutes: RouteSpec[] = [
  {
    method: 'GET',
    pattern: '/policies/permissionGrantPolicies',
    handler: (c) => listResponse(c, allPolicies(c.context.store), PERMISSION_GRANT_POLICIES, 'policies/permissionGrantPolicies', policyEntity),
  },
  { method: 'POST', pattern: '/policies/permissionGrantPolicies', roles: () => WRITE_ROLES, handler: createPolicy },
  {
    method: 'GET',
    pattern: '/policies/permissionGrantPolicies/{id}',
    handler: (c) => {
      const q = parseListQuery(c, { ...PERMISSION_GRANT_POLICIES, filter: { properties: {} } });
      return entityResponse(c, 'policies/permissionGrantPolicies/$entity', project(policyEntity(requirePolicy(c)), q.select));
    },
  },
  { method: 'PATCH', pattern: '/policies/permissionGrantPolicies/{id}', roles: () => WRITE_ROLES, handler: updatePolicy },
  { method: 'DELETE', pattern: '/policies/permissionGrantPolicies/{id}', roles: () => WRITE_ROLES, handler: deletePolicy },
  ...conditionSetRoutes('includes'),
  ...conditionSetRoutes('excludes'),
];
