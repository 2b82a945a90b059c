// GET /{tenant}/v2.0/adminconsent: which permissions the admin is asked to grant for the whole tenant —
// the listed delegated ones, or for `.default` everything the app registration configures (delegated + app
// roles). Application permissions come only through `.default` (Entra's v2-admin-consent page: the scope
// parameter names delegated permissions; app roles are the registration's configured ones).
import { OIDC_SCOPES, splitScopes, type TenantStore } from '../tenant/store.ts';
import type { ServicePrincipal } from '../tenant/types.ts';
import { AadError, aad } from './errors.ts';
import { registeredClient, type ReturnAddress } from './authorize-request.ts';
import { GRAPH_APP_ID, findScope } from './scopes.ts';
import { resolveTenant, type TenantRef } from './tenant-path.ts';

export interface ResourcePermissions {
  resourceId: string;
  /** Delegated permissions (values) to grant for all principals. */
  scopes: string[];
  /** App roles (ids) to assign to the client's service principal. */
  appRoleIds: string[];
}

export interface AdminConsentRequest extends ReturnAddress {
  kind: 'adminconsent';
  tenant: TenantRef;
  clientAppId: string;
  rawScope: string;
  permissions: ResourcePermissions[];
  /** `.default` was asked for: the tenant-wide grants become exactly the configured permissions. */
  isDefault: boolean;
  prompt?: string;
  loginHint?: string;
}

export type AdminConsentParse =
  { ok: true; request: AdminConsentRequest } | { ok: false; page: AadError } | { ok: false; redirect: AadError; to: ReturnAddress };

export function parseAdminConsentRequest(store: TenantStore, tenantSegment: string, q: URLSearchParams): AdminConsentParse {
  let tenant: TenantRef;
  try {
    tenant = resolveTenant(store, tenantSegment);
  } catch (e) {
    if (e instanceof AadError) return { ok: false, page: e };
    throw e;
  }
  const registered = registeredClient(store, q.get('client_id'), q.get('redirect_uri'));
  if (registered instanceof AadError) return { ok: false, page: registered };
  const to: ReturnAddress = { redirectUri: registered.redirectUri, responseMode: 'query', state: q.get('state') ?? undefined };
  try {
    const rawScope = q.get('scope');
    if (!rawScope) throw aad.missingParameter('scope');
    const permissions = requestedPermissions(store, registered.client, rawScope);
    const isDefault = splitScopes(rawScope).some((s) => s.endsWith('/.default') || s === '.default');
    const request: AdminConsentRequest = {
      kind: 'adminconsent',
      ...to,
      tenant,
      clientAppId: registered.client.appId,
      rawScope,
      permissions,
      isDefault,
      prompt: q.get('prompt') ?? undefined,
      loginHint: q.get('login_hint') ?? undefined,
    };
    return { ok: true, request };
  } catch (e) {
    if (e instanceof AadError) return { ok: false, redirect: e, to };
    throw e;
  }
}

function requestedPermissions(store: TenantStore, client: ServicePrincipal, rawScope: string): ResourcePermissions[] {
  const byResource = new Map<string, ResourcePermissions>();
  const entry = (resourceId: string) => {
    let e = byResource.get(resourceId);
    if (!e) byResource.set(resourceId, (e = { resourceId, scopes: [], appRoleIds: [] }));
    return e;
  };
  for (const scope of splitScopes(rawScope)) {
    if (OIDC_SCOPES.includes(scope.toLowerCase())) continue;
    const slash = scope.lastIndexOf('/');
    const identifier = slash < 0 ? GRAPH_APP_ID : scope.slice(0, slash);
    const value = slash < 0 ? scope : scope.slice(slash + 1);
    const resource = store.resourceByIdentifier(identifier);
    if (!resource) throw aad.resourceNotFound(identifier, store.tenantId);
    if (value === '.default') {
      addConfigured(store, client, entry);
      continue;
    }
    // A named value must be a delegated permission. An application permission named here is an invalid
    // scope (the docs grant app roles only through `.default`; stricter than granting it, which the
    // endpoint never documents).
    const delegated = findScope(resource, value);
    if (!delegated) throw aad.invalidScope(scope);
    pushUnique(entry(resource.id).scopes, delegated.value);
  }
  return [...byResource.values()].filter((e) => e.scopes.length > 0 || e.appRoleIds.length > 0);
}

/** `.default`: the app registration's configured permissions on every resource it lists. */
function addConfigured(store: TenantStore, client: ServicePrincipal, entry: (resourceId: string) => ResourcePermissions): void {
  for (const required of client.registration?.requiredResourceAccess ?? []) {
    const resource = store.servicePrincipalByAppId(required.resourceAppId);
    if (!resource) continue;
    for (const access of required.resourceAccess) {
      if (access.type === 'Scope') {
        const scope = resource.oauth2PermissionScopes.find((s) => s.id === access.id);
        if (scope) pushUnique(entry(resource.id).scopes, scope.value);
      } else if (resource.appRoles.some((r) => r.id === access.id)) {
        pushUnique(entry(resource.id).appRoleIds, access.id);
      }
    }
  }
}

function pushUnique(list: string[], value: string): void {
  if (!list.includes(value)) list.push(value);
}
