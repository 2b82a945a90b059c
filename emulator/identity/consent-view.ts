// What the consent page lists: the permissions still missing (all requested ones with prompt=consent),
// grouped by API, with the user-consent wording — or the admin wording when consenting for everyone.
import type { TenantStore } from '../tenant/store.ts';
import type { PermissionScope, ServicePrincipal, User } from '../tenant/types.ts';
import type { ConsentDecision } from './consent.ts';
import { consentPage, type PermissionGroup, type PermissionItem } from './pages.ts';
import { findScope, GRAPH_APP_ID } from './scopes.ts';
import type { Transaction } from './state.ts';

export function scopeItem(scope: PermissionScope, adminWording: boolean): PermissionItem {
  return {
    name: adminWording ? scope.adminConsentDisplayName : scope.userConsentDisplayName,
    description: adminWording ? scope.adminConsentDescription : scope.userConsentDescription,
    adminOnly: scope.type === 'Admin',
  };
}

type PageDecision = Extract<ConsentDecision, { kind: 'page' }>;

function listed(
  store: TenantStore,
  tx: Transaction,
  decision: PageDecision,
  who: { client: ServicePrincipal; user: User },
): { resource: ServicePrincipal; scopes: PermissionScope[] }[] {
  const request = tx.request;
  if (request.kind !== 'authorize') return [];
  const resource = store.servicePrincipals.get(request.scopes.resourceId);
  if (!resource) return [];
  const forced = request.prompt === 'consent' || request.prompt === 'admin_consent';
  const scopes = forced ? request.scopes.values.map((v) => findScope(resource, v)).filter((s): s is PermissionScope => s !== undefined) : decision.missing;
  const graph = store.servicePrincipalByAppId(GRAPH_APP_ID);
  // The sign-in scopes (openid, profile, offline_access, email) are Microsoft Graph permissions on the page.
  const have = graph ? store.grantedScopes(who.client.id, graph.id, who.user.id) : new Set<string>();
  const oidc = graph
    ? request.scopes.oidc
        .filter((v) => forced || !have.has(v))
        .map((v) => findScope(graph, v))
        .filter((s): s is PermissionScope => s !== undefined)
    : [];
  if (graph && resource.id === graph.id) return [{ resource, scopes: dedupe([...scopes, ...oidc]) }];
  return [{ resource, scopes }, ...(graph && oidc.length ? [{ resource: graph, scopes: oidc }] : [])];
}

function dedupe(scopes: PermissionScope[]): PermissionScope[] {
  return scopes.filter((s, i) => scopes.findIndex((x) => x.id === s.id) === i);
}

export function consentPageFor(
  store: TenantStore,
  input: { tx: Transaction; client: ServicePrincipal; user: User; decision: PageDecision; message?: string },
): string {
  const { decision } = input;
  const groups: PermissionGroup[] = listed(store, input.tx, decision, input).map(({ resource, scopes }) => ({
    api: resource.displayName,
    items: scopes.map((s) => scopeItem(s, decision.orgRequired)),
  }));
  return consentPage({
    client: input.client,
    user: input.user,
    groups,
    txId: input.tx.id,
    action: `/${input.tx.request.tenant.segment}/consent`,
    org: decision.orgRequired ? 'required' : decision.canConsentForOrg ? 'optional' : 'none',
    message: input.message,
  });
}
