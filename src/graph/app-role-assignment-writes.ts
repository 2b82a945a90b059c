/**
 * Writes to application permissions (appRoleAssignments), addressed through the resource service
 * principal's appRoleAssignedTo, as Microsoft recommends. Needs AppRoleAssignment.ReadWrite.All and, on
 * behalf of a user, a directory role (Privileged Role Administrator for Microsoft Graph's own roles).
 */
import type { AssignmentSnapshot } from './entities';
import type { GraphClient } from './graph-client';
import { GraphError } from './graph-error';
import { WRITE_APP_ROLE_ASSIGNMENTS } from './operations/app-role-assignments';

/** An assignment's path through its resource (also used for $batch items). */
export const appRoleAssignedToPath = (resourceId: string, assignmentId: string) =>
  `/servicePrincipals/${encodeURIComponent(resourceId)}/appRoleAssignedTo/${encodeURIComponent(assignmentId)}`;

export function createAppRoleAssignment(
  graph: GraphClient,
  assignment: { principalId: string; resourceId: string; appRoleId: string },
  signal?: AbortSignal,
): Promise<AssignmentSnapshot> {
  return graph.request<AssignmentSnapshot>(`/servicePrincipals/${encodeURIComponent(assignment.resourceId)}/appRoleAssignedTo`, {
    method: 'POST',
    body: { principalId: assignment.principalId, resourceId: assignment.resourceId, appRoleId: assignment.appRoleId },
    scopes: WRITE_APP_ROLE_ASSIGNMENTS.scopes,
    signal,
  });
}

/**
 * The principal holds this app role already: Graph answers 400 Request_BadRequest "Permission being
 * assigned already exists on the object." (409 accepted too, should the service ever send it).
 */
export function isDuplicateAssignmentError(error: unknown): boolean {
  if (!(error instanceof GraphError)) return false;
  return error.status === 409 || (error.status === 400 && /already exists on the object/i.test(error.message));
}

export function deleteAppRoleAssignment(graph: GraphClient, resourceId: string, assignmentId: string, signal?: AbortSignal): Promise<void> {
  return graph.request<void>(appRoleAssignedToPath(resourceId, assignmentId), {
    method: 'DELETE',
    scopes: WRITE_APP_ROLE_ASSIGNMENTS.scopes,
    signal,
  });
}
