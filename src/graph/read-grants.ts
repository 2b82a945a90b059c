/** Re-reads of delegated grants that a change or a restore makes right before it writes. */
import { GRANT_SELECT, type GrantSnapshot } from './entities';
import type { GraphClient } from './graph-client';
import { GraphError } from './graph-error';
import { odataString } from './odata';
import { listAllPages } from './paging';
import { READ_GRANT_NOW } from './operations/grants';

/** The request that reads a grant as it is now (also used for $batch items). */
export const grantReadPath = (id: string) => `/oauth2PermissionGrants/${encodeURIComponent(id)}?$select=${GRANT_SELECT}`;

/** The grant as it is now, or null when it no longer exists. */
export async function readGrant(graph: GraphClient, id: string, signal?: AbortSignal): Promise<GrantSnapshot | null> {
  try {
    return await graph.request<GrantSnapshot>(grantReadPath(id), { scopes: READ_GRANT_NOW.scopes, signal });
  } catch (error) {
    if (error instanceof GraphError && error.status === 404) return null;
    throw error;
  }
}

/** The grant with this client, resource, consent type and principal, if one exists now. */
export async function findGrant(graph: GraphClient, key: Omit<GrantSnapshot, 'id' | 'scope'>, signal?: AbortSignal): Promise<GrantSnapshot | undefined> {
  const filter = `clientId eq ${odataString(key.clientId)} and resourceId eq ${odataString(key.resourceId)} and consentType eq ${odataString(key.consentType)}${
    key.principalId ? ` and principalId eq ${odataString(key.principalId)}` : ''
  }`;
  const grants = await listAllPages<GrantSnapshot>(graph, `/oauth2PermissionGrants?$filter=${encodeURIComponent(filter)}&$select=${GRANT_SELECT}`, {
    scopes: READ_GRANT_NOW.scopes,
    signal,
  });
  return grants.find((g) => g.consentType === key.consentType && (key.consentType === 'AllPrincipals' || g.principalId === key.principalId));
}
