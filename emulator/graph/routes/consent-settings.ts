// The tenant's consent settings, two singletons: /policies/authorizationPolicy (GET, PATCH — the default
// user role's permissionGrantPoliciesAssigned is the user-consent setting, configure-user-consent.md) and
// /policies/adminConsentRequestPolicy (GET, PUT — the admin consent workflow). Writes answer 204; the
// workflow policy's read-only version goes up by one on each update.
import { FOR_SELF } from '../../tenant/built-in-policies.ts';
import { policyChangeInput } from '../../tenant/audit-events.ts';
import { findPolicy } from '../../tenant/governance.ts';
import type { AdminConsentRequestPolicy, AuthorizationPolicy, ReviewerScope } from '../../tenant/governance-types.ts';
import { badRequest, invalidProperty } from '../errors.ts';
import type { Entity } from '../odata/page.ts';
import type { GraphResponse, RouteCall } from '../types.ts';
import { actorOf, entityResponse, noContent } from './helpers.ts';
import type { RouteSpec } from './table.ts';

const OWNED_RESOURCE = 'managepermissiongrantsforownedresource.';

function authorizationPolicyEntity(policy: AuthorizationPolicy): Entity {
  return {
    id: 'authorizationPolicy',
    displayName: 'Authorization Policy',
    description: 'Used to manage authorization related settings across the company.',
    ...structuredClone(policy),
  };
}

const bodyOf = (call: RouteCall): Record<string, unknown> => {
  const body = call.body;
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw badRequest('Empty Payload. JSON content expected.', 'BadRequest');
  return body as Record<string, unknown>;
};

const unknownProperty = (name: string, type: string) => badRequest(`Property '${name}' does not exist on type 'microsoft.graph.${type}'.`, 'BadRequest');

function assignedPolicies(call: RouteCall, value: unknown): string[] {
  if (!Array.isArray(value) || !value.every((v): v is string => typeof v === 'string')) {
    throw invalidProperty('permissionGrantPoliciesAssigned', 'DefaultUserRolePermissions');
  }
  for (const entry of value) {
    const lower = entry.toLowerCase();
    const prefix = [FOR_SELF, OWNED_RESOURCE].find((p) => lower.startsWith(p));
    if (!prefix || !findPolicy(call.context.store, entry.slice(prefix.length)))
      throw invalidProperty('permissionGrantPoliciesAssigned', 'DefaultUserRolePermissions');
  }
  return [...value];
}

function patchAuthorizationPolicy(call: RouteCall): GraphResponse {
  const body = bodyOf(call);
  const next = structuredClone(call.context.store.governance.authorizationPolicy);
  const top = next as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(body)) {
    if (key === 'defaultUserRolePermissions') {
      if (!value || typeof value !== 'object' || Array.isArray(value)) throw invalidProperty(key, 'AuthorizationPolicy');
      const perms = next.defaultUserRolePermissions as unknown as Record<string, unknown>;
      for (const [name, v] of Object.entries(value as Record<string, unknown>)) {
        if (name === 'permissionGrantPoliciesAssigned') next.defaultUserRolePermissions.permissionGrantPoliciesAssigned = assignedPolicies(call, v);
        else if (typeof perms[name] === 'boolean' && typeof v === 'boolean') perms[name] = v;
        else if (name in perms) throw invalidProperty(name, 'DefaultUserRolePermissions');
        else throw unknownProperty(name, 'defaultUserRolePermissions');
      }
    } else if (key in top && typeof top[key] === typeof value) top[key] = value;
    else if (key in top || key === 'id' || key === 'displayName' || key === 'description') throw invalidProperty(key, 'AuthorizationPolicy');
    else throw unknownProperty(key, 'authorizationPolicy');
  }
  const { store } = call.context;
  const before = authorizationPolicyEntity(store.governance.authorizationPolicy);
  store.governance.authorizationPolicy = next;
  const target = { id: 'authorizationPolicy', displayName: 'Authorization Policy' };
  store.record(
    policyChangeInput('Update authorization policy', 'AuthorizationPolicy', 'Update', target, before, authorizationPolicyEntity(next), actorOf(call)),
  );
  return noContent();
}

function reviewers(value: unknown): ReviewerScope[] {
  const valid =
    Array.isArray(value) &&
    value.length <= 25 &&
    value.every(
      (r) => r && typeof r === 'object' && typeof r.query === 'string' && r.query.startsWith('/') && (r.queryType ?? 'MicrosoftGraph') === 'MicrosoftGraph',
    );
  if (!valid) throw invalidProperty('reviewers', 'AdminConsentRequestPolicy');
  return (value as ReviewerScope[]).map((r) => ({
    query: r.query,
    queryType: 'MicrosoftGraph',
    queryRoot: typeof r.queryRoot === 'string' ? r.queryRoot : null,
  }));
}

/**
 * PUT: the given properties replace the current ones. Enabled needs at least one reviewer (adminconsentrequestpolicy.md:
 * reviewers "Required if the policy is enabled") and a requestDurationInDays of 1–30 (the admin center's range).
 */
function putAdminConsentRequestPolicy(call: RouteCall): GraphResponse {
  const body = bodyOf(call);
  const current = call.context.store.governance.adminConsentRequestPolicy;
  const next: AdminConsentRequestPolicy = structuredClone(current);
  for (const [key, value] of Object.entries(body)) {
    if (key === 'isEnabled' || key === 'notifyReviewers' || key === 'remindersEnabled') {
      if (typeof value !== 'boolean') throw invalidProperty(key, 'AdminConsentRequestPolicy');
      next[key] = value;
    } else if (key === 'requestDurationInDays') {
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 30) throw invalidProperty(key, 'AdminConsentRequestPolicy');
      next.requestDurationInDays = value;
    } else if (key === 'reviewers') next.reviewers = reviewers(value);
    else if (key === 'version')
      continue; // read-only: ignored, as Graph ignores read-only properties on update
    else if (key === '@odata.context' || key === '@odata.type') continue;
    else throw unknownProperty(key, 'adminConsentRequestPolicy');
  }
  if (next.isEnabled && next.reviewers.length === 0) throw invalidProperty('reviewers', 'AdminConsentRequestPolicy');
  if (next.isEnabled && next.requestDurationInDays < 1) throw invalidProperty('requestDurationInDays', 'AdminConsentRequestPolicy');
  next.version = current.version + 1;
  const { store } = call.context;
  store.governance.adminConsentRequestPolicy = next;
  // The activity list names no event for this policy; "Update policy" (category Policy) is the generic one.
  const target = { id: 'adminConsentRequestPolicy', displayName: 'Admin consent request policy' };
  const asRecord = (p: AdminConsentRequestPolicy) => structuredClone(p) as unknown as Record<string, unknown>;
  store.record(policyChangeInput('Update policy', 'Policy', 'Update', target, asRecord(current), asRecord(next), actorOf(call)));
  return noContent();
}

export const consentSettingsRoutes: RouteSpec[] = [
  {
    method: 'GET',
    pattern: '/policies/authorizationPolicy',
    handler: (c) => entityResponse(c, 'policies/authorizationPolicy/$entity', authorizationPolicyEntity(c.context.store.governance.authorizationPolicy)),
  },
  { method: 'PATCH', pattern: '/policies/authorizationPolicy', handler: patchAuthorizationPolicy },
  {
    method: 'GET',
    pattern: '/policies/adminConsentRequestPolicy',
    handler: (c) =>
      entityResponse(
        c,
        'policies/adminConsentRequestPolicy/$entity',
        structuredClone(c.context.store.governance.adminConsentRequestPolicy) as unknown as Entity,
      ),
  },
  { method: 'PUT', pattern: '/policies/adminConsentRequestPolicy', handler: putAdminConsentRequestPolicy },
];
