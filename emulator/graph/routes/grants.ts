// /oauth2PermissionGrants: delegated permission grants. Writes validate as Graph does (ids that exist,
// consentType rules, scopes the resource publishes, one grant per client/resource/consentType/principal)
// and go through the store helpers, which record the audit events.
import { GRANT_WRITE_ROLES } from '../../tenant/roles.ts';
import { OIDC_SCOPES, splitScopes } from '../../tenant/store.ts';
import type { OAuth2PermissionGrant, ServicePrincipal } from '../../tenant/types.ts';
import { GraphError, invalidProperty, notFound } from '../errors.ts';
import { listResponse } from '../odata/page.ts';
import { GRANTS } from '../policies.ts';
import { grantEntity } from '../serialize.ts';
import type { GraphResponse, RouteCall } from '../types.ts';
import { actorOf, entityResponse, isGuid, noContent } from './helpers.ts';
import type { RouteSpec } from './table.ts';

const RESOURCE = 'OAuth2PermissionGrant';

/** Writes act on the primary state: a grant deleted a moment ago is gone (404) even while reads still list it. */
function requireGrant(call: RouteCall): OAuth2PermissionGrant {
  const grant = call.context.store.grants.get(call.params.id!);
  if (!grant) throw notFound(call.params.id!);
  return grant;
}

/** Reads see a replica: with a replication delay, a grant created a moment ago is not there yet (404). */
function readGrant(call: RouteCall): OAuth2PermissionGrant {
  const grant = call.context.store.visibleGrant(call.params.id!);
  if (!grant) throw notFound(call.params.id!);
  return grant;
}

/** Every scope value must be one the resource publishes (OIDC scopes are published by Microsoft Graph). */
function validScope(resource: ServicePrincipal, scope: unknown): string {
  if (typeof scope !== 'string') throw invalidProperty('scope', RESOURCE);
  const published = new Set(resource.oauth2PermissionScopes.filter((s) => s.isEnabled).map((s) => s.value.toLowerCase()));
  const oidc = resource.appId === '00000003-0000-0000-c000-000000000000' ? OIDC_SCOPES : [];
  for (const value of splitScopes(scope)) {
    if (!published.has(value.toLowerCase()) && !oidc.includes(value.toLowerCase())) throw invalidProperty('scope', RESOURCE);
  }
  return scope;
}

function parseNewGrant(call: RouteCall): Omit<OAuth2PermissionGrant, 'id'> {
  const { store } = call.context;
  const body = (call.body ?? {}) as Record<string, unknown>;
  const { clientId, consentType, resourceId } = body;
  const principalId = body.principalId ?? null;
  if (!isGuid(clientId)) throw invalidProperty('clientId', RESOURCE);
  if (!isGuid(resourceId)) throw invalidProperty('resourceId', RESOURCE);
  if (consentType !== 'AllPrincipals' && consentType !== 'Principal') throw invalidProperty('consentType', RESOURCE);
  if (consentType === 'Principal' && !isGuid(principalId)) throw invalidProperty('principalId', RESOURCE);
  if (consentType === 'AllPrincipals' && principalId !== null) throw invalidProperty('principalId', RESOURCE);
  if (!store.servicePrincipals.has(clientId)) throw notFound(clientId);
  const resource = store.servicePrincipals.get(resourceId);
  if (!resource) throw notFound(resourceId);
  if (typeof principalId === 'string' && !store.users.has(principalId)) throw notFound(principalId);
  return { clientId, consentType, principalId: principalId as string | null, resourceId, scope: validScope(resource, body.scope ?? '') };
}

function createGrant(call: RouteCall): GraphResponse {
  const { store } = call.context;
  const input = parseNewGrant(call);
  if (store.findGrant(input.clientId, input.resourceId, input.consentType, input.principalId)) {
    throw new GraphError(409, 'Request_MultipleObjectsWithSameKeyValue', 'Permission entry already exists.');
  }
  const grant = store.createGrant(input, actorOf(call));
  return entityResponse(call, 'oauth2PermissionGrants/$entity', grantEntity(grant), 201, {
    Location: `${call.serviceRoot}/oauth2PermissionGrants/${grant.id}`,
  });
}

/** PATCH replaces the whole scope string (Graph has no "add a scope" operation). */
function updateGrant(call: RouteCall): GraphResponse {
  const { store } = call.context;
  const grant = requireGrant(call);
  const body = (call.body ?? {}) as Record<string, unknown>;
  if ('scope' in body) {
    const resource = store.servicePrincipals.get(grant.resourceId);
    if (!resource) throw notFound(grant.resourceId);
    store.updateGrantScope(grant, validScope(resource, body.scope), actorOf(call));
  }
  return noContent();
}

function deleteGrant(call: RouteCall): GraphResponse {
  call.context.store.deleteGrant(requireGrant(call), actorOf(call));
  return noContent();
}

const writeRoles = () => GRANT_WRITE_ROLES;

export const grantRoutes: RouteSpec[] = [
  {
    method: 'GET',
    pattern: '/oauth2PermissionGrants',
    handler: (c) => listResponse(c, [...c.context.store.visibleGrants()], GRANTS, 'oauth2PermissionGrants', grantEntity),
  },
  { method: 'POST', pattern: '/oauth2PermissionGrants', roles: writeRoles, handler: createGrant },
  { method: 'GET', pattern: '/oauth2PermissionGrants/{id}', handler: (c) => entityResponse(c, 'oauth2PermissionGrants/$entity', grantEntity(readGrant(c))) },
  { method: 'PATCH', pattern: '/oauth2PermissionGrants/{id}', roles: writeRoles, handler: updateGrant },
  { method: 'DELETE', pattern: '/oauth2PermissionGrants/{id}', roles: writeRoles, handler: deleteGrant },
];
