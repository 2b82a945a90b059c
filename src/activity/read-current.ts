/** Reads of the tenant's current state that a change or a restore needs right before it writes. */
import type { GraphClient } from '../graph/graph-client';
import { GraphError } from '../graph/graph-error';
import { listAllPages } from '../graph/paging';
import type { AssignmentSnapshot, GrantSnapshot } from './types';

const READ_GRANTS_SCOPES = ['Directory.Read.All'];
const READ_ASSIGNMENTS_SCOPES = ['Application.Read.All'];
const GRANT_SELECT = 'id,clientId,consentType,principalId,resourceId,scope';

const quote = (value: string) => `'${value.replace(/'/g, "''")}'`;

/** The request that reads a grant as it is now (also used for $batch items). */
export const grantReadPath = (id: string) => `/oauth2PermissionGrants/${encodeURIComponent(id)}?$select=${GRANT_SELECT}`;
export const GRANT_READ_SCOPES: readonly string[] = READ_GRANTS_SCOPES;

/** The grant as it is now, or null when it no longer exists. */
export async function readGrant(graph: GraphClient, id: string, signal?: AbortSignal): Promise<GrantSnapshot | null> {
  try {
    return await graph.request<GrantSnapshot>(grantReadPath(id), {
      scopes: READ_GRANTS_SCOPES,
      signal,
    });
  } catch (error) {
    if (error instanceof GraphError && error.status === 404) return null;
    throw error;
  }
}

/** The grant with this client, resource, consent type and principal, if one exists now. */
export async function findGrant(graph: GraphClient, key: Omit<GrantSnapshot, 'id' | 'scope'>, signal?: AbortSignal): Promise<GrantSnapshot | undefined> {
  const filter = `clientId eq ${quote(key.clientId)} and resourceId eq ${quote(key.resourceId)} and consentType eq ${quote(key.consentType)}${
    key.principalId ? ` and principalId eq ${quote(key.principalId)}` : ''
  }`;
  const grants = await listAllPages<GrantSnapshot>(graph, `/oauth2PermissionGrants?$filter=${encodeURIComponent(filter)}&$select=${GRANT_SELECT}`, {
    scopes: READ_GRANTS_SCOPES,
    signal,
  });
  return grants.find((g) => g.consentType === key.consentType && (key.consentType === 'AllPrincipals' || g.principalId === key.principalId));
}

/** Whether the principal holds this app role on this resource now. */
export async function hasAssignment(graph: GraphClient, a: Omit<AssignmentSnapshot, 'id'>, signal?: AbortSignal): Promise<boolean> {
  const owner = a.principalType === 'User' ? 'users' : 'servicePrincipals';
  const assignments = await listAllPages<AssignmentSnapshot>(graph, `/${owner}/${encodeURIComponent(a.principalId)}/appRoleAssignments`, {
    scopes: READ_ASSIGNMENTS_SCOPES,
    signal,
  });
  return assignments.some((x) => x.resourceId === a.resourceId && x.appRoleId === a.appRoleId);
}
