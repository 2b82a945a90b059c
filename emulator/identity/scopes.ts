// The `scope` parameter as the v2.0 endpoint reads it: OIDC scopes, then permissions of exactly one
// resource — short names mean Microsoft Graph, `{resource}/{value}` names another resource (or Graph by
// its URI), `{resource}/.default` means the app's configured permissions on that resource.
import type { TenantStore } from '../tenant/store.ts';
import { OIDC_SCOPES, splitScopes } from '../tenant/store.ts';
import type { PermissionScope, ServicePrincipal } from '../tenant/types.ts';
import { aad } from './errors.ts';

export const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';

export interface RequestedScopes {
  /** openid, profile, email, offline_access as requested (lower case). */
  oidc: string[];
  resourceId: string;
  /** The audience of the access token: Graph's app id for short names, else the identifier as requested. */
  audience: string;
  /** The resource's permissions asked for, in the resource's own spelling. */
  values: string[];
  /** `.default` was asked for. */
  isDefault: boolean;
}

interface Parsed {
  resource: ServicePrincipal;
  identifier: string;
  value: string;
}

export function parseScopes(store: TenantStore, raw: string, client?: ServicePrincipal): RequestedScopes {
  const all = splitScopes(raw);
  if (all.length === 0) throw aad.missingParameter('scope');
  const oidc = all.filter((s) => OIDC_SCOPES.includes(s.toLowerCase())).map((s) => s.toLowerCase());
  const parsed = all.filter((s) => !OIDC_SCOPES.includes(s.toLowerCase())).map((s) => parseOne(store, s));
  const resources = new Set(parsed.map((p) => p.resource.id));
  if (resources.size > 1) throw aad.multipleResources(raw);

  const graph = store.servicePrincipalByAppId(GRAPH_APP_ID);
  const resource = parsed[0]?.resource ?? graph;
  if (!resource) throw aad.resourceNotFound(GRAPH_APP_ID, store.tenantId);
  const isDefault = parsed.some((p) => p.value === '.default');
  const explicit = parsed.filter((p) => p.value !== '.default').map((p) => p.value);
  const values = unique([...(isDefault && client ? configuredScopes(store, client, resource) : []), ...explicit]);
  return { oidc: unique(oidc), resourceId: resource.id, audience: parsed[0]?.identifier ?? resource.appId, values, isDefault };
}

function parseOne(store: TenantStore, scope: string): Parsed {
  const slash = scope.lastIndexOf('/');
  if (slash < 0) {
    const graph = store.servicePrincipalByAppId(GRAPH_APP_ID);
    if (!graph) throw aad.resourceNotFound(GRAPH_APP_ID, store.tenantId);
    return { resource: graph, identifier: graph.appId, value: canonicalScope(graph, scope, scope) };
  }
  const identifier = scope.slice(0, slash);
  const value = scope.slice(slash + 1);
  const resource = store.resourceByIdentifier(identifier);
  if (!resource) throw aad.resourceNotFound(identifier, store.tenantId);
  if (value === '.default') return { resource, identifier: identifier.replace(/\/+$/, ''), value };
  return { resource, identifier: identifier.replace(/\/+$/, ''), value: canonicalScope(resource, value, scope) };
}

function canonicalScope(resource: ServicePrincipal, value: string, asRequested: string): string {
  const found = findScope(resource, value);
  if (!found) throw aad.invalidScope(asRequested);
  return found.value;
}

export function findScope(resource: ServicePrincipal, value: string): PermissionScope | undefined {
  const wanted = value.toLowerCase();
  return resource.oauth2PermissionScopes.find((s) => s.isEnabled && s.value.toLowerCase() === wanted);
}

/** The delegated permissions the client's registration lists for a resource (what `.default` means). */
export function configuredScopes(store: TenantStore, client: ServicePrincipal, resource: ServicePrincipal): string[] {
  const required = client.registration?.requiredResourceAccess.find((r) => r.resourceAppId === resource.appId);
  if (!required) return [];
  return required.resourceAccess
    .filter((a) => a.type === 'Scope')
    .map((a) => resource.oauth2PermissionScopes.find((s) => s.id === a.id)?.value)
    .filter((v): v is string => v !== undefined && !OIDC_SCOPES.includes(v));
}

export function unique(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = v.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The resource's display form of a scope in token responses: Graph by short name, others by URI. */
export function responseScope(scopes: RequestedScopes, value: string): string {
  if (scopes.audience.toLowerCase() === GRAPH_APP_ID || /graph\.microsoft\.com$/i.test(scopes.audience)) return value;
  return `${scopes.audience}/${value}`;
}
