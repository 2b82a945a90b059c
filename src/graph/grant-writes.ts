/**
 * Writes to delegated permission grants (oauth2PermissionGrants). Graph requires
 * DelegatedPermissionGrant.ReadWrite.All and, on behalf of a user, a directory role that may manage
 * grants. PATCH replaces the whole scope string; an empty scope is not allowed, so removing the last
 * scope deletes the grant instead.
 */
import type { GrantSnapshot } from './entities';
import type { GraphClient } from './graph-client';
import { GraphError } from './graph-error';
import { WRITE_GRANTS } from './operations/grants';

export type NewGrant = Omit<GrantSnapshot, 'id'>;

/** The grant's path under the Graph version root (also used for $batch items). */
export const grantPath = (grantId: string) => `/oauth2PermissionGrants/${encodeURIComponent(grantId)}`;

export function createGrant(graph: GraphClient, grant: NewGrant, signal?: AbortSignal): Promise<GrantSnapshot> {
  const body = { ...grant, principalId: grant.consentType === 'AllPrincipals' ? null : grant.principalId };
  return graph.request<GrantSnapshot>('/oauth2PermissionGrants', { method: 'POST', body, scopes: WRITE_GRANTS.scopes, signal });
}

/**
 * A grant with the same client, resource, consent type and principal exists already (Graph allows one):
 * 409 Request_MultipleObjectsWithSameKeyValue. Under replication delay it may exist although a read
 * just before the POST did not find it.
 */
export function isDuplicateGrantError(error: unknown): boolean {
  return error instanceof GraphError && (error.status === 409 || error.code === 'Request_MultipleObjectsWithSameKeyValue');
}

export function setGrantScope(graph: GraphClient, grantId: string, scope: string, signal?: AbortSignal): Promise<void> {
  return graph.request<void>(grantPath(grantId), {
    method: 'PATCH',
    body: { scope },
    scopes: WRITE_GRANTS.scopes,
    signal,
  });
}

export function deleteGrant(graph: GraphClient, grantId: string, signal?: AbortSignal): Promise<void> {
  return graph.request<void>(grantPath(grantId), {
    method: 'DELETE',
    scopes: WRITE_GRANTS.scopes,
    signal,
  });
}
