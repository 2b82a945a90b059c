/** Reads of the tenant's current state that a change or a restore needs right before it writes. */
import { WRITE_APP_ROLE_ASSIGNMENTS } from '../graph/app-role-assignment-writes';
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

/**
 * Whether the principal itself holds this app role on this resource now. A user's list also holds the
 * assignments of groups the user is a direct member of (principalId the group's): those are not the user's.
 */
export async function hasAssignment(graph: GraphClient, a: Omit<AssignmentSnapshot, 'id'>, signal?: AbortSignal): Promise<boolean> {
  const isUser = a.principalType === 'User';
  const owner = isUser ? 'users' : 'servicePrincipals';
  const assignments = await listAllPages<AssignmentSnapshot>(graph, `/${owner}/${encodeURIComponent(a.principalId)}/appRoleAssignments`, {
    // GET /users/{id}/appRoleAssignments does not accept Application.Read.All; its least permission is the one a restore writes with.
    scopes: isUser ? ['AppRoleAssignment.ReadWrite.All'] : READ_ASSIGNMENTS_SCOPES,
    signal,
  });
  const own = (x: AssignmentSnapshot) => x.principalId.toLowerCase() === a.principalId.toLowerCase() && (!isUser || x.principalType !== 'Group');
  return assignments.some((x) => own(x) && x.resourceId === a.resourceId && x.appRoleId === a.appRoleId);
}

/** The path of a principal's own app role assignments (user, group or service principal). */
export function principalAssignmentsPath(principalId: string, principalType: string | null | undefined): string {
  const owner = principalType === 'User' ? 'users' : principalType === 'Group' ? 'groups' : 'servicePrincipals';
  return `/${owner}/${encodeURIComponent(principalId)}/appRoleAssignments`;
}

/**
 * The ids of the principal's app role assignments as listed now. Read with the scopes of the write
 * that just ran (AppRoleAssignment.ReadWrite.All reads users' and groups' lists, Application.Read.All
 * service principals'), so confirming a write never asks for another consent.
 */
export async function listedAssignmentIds(
  graph: GraphClient,
  principal: Pick<AssignmentSnapshot, 'principalId' | 'principalType'>,
  signal?: AbortSignal,
): Promise<Set<string>> {
  const assignments = await listAllPages<AssignmentSnapshot>(graph, `${principalAssignmentsPath(principal.principalId, principal.principalType)}?$select=id`, {
    scopes: WRITE_APP_ROLE_ASSIGNMENTS.scopes,
    signal,
  });
  return new Set(assignments.map((a) => a.id));
}

/** Whether this very assignment (by id) is listed now. */
export async function isAssignmentListed(graph: GraphClient, a: Pick<AssignmentSnapshot, 'id' | 'principalId' | 'principalType'>, signal?: AbortSignal): Promise<boolean> {
  return (await listedAssignmentIds(graph, a, signal)).has(a.id);
}
