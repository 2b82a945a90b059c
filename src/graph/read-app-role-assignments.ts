/** Re-reads of app role assignments that a change or a restore makes before it writes and to confirm it. */
import type { AssignmentSnapshot } from './entities';
import type { GraphClient } from './graph-client';
import type { GraphOperation } from './operation';
import { listAllPages } from './paging';
import { READ_SERVICE_PRINCIPAL_ASSIGNMENTS, READ_USER_ASSIGNMENTS_FOR_WRITE, WRITE_APP_ROLE_ASSIGNMENTS } from './operations/app-role-assignments';

/** The read behind undoing an added app role or application permission: is the assignment the change created still there? */
export const READ_ASSIGNMENT_FOR_UNDO: GraphOperation = {
  name: "Re-read an app's or user's app role assignments",
  // listedAssignmentIds reads with the write's scope, which reads users', groups' and service principals' lists alike.
  scopes: WRITE_APP_ROLE_ASSIGNMENTS.scopes,
  reason: 'Before undoing an assignment the console made, it checks that the assignment is still there, so the preview says what will be removed.',
};

/**
 * Whether the principal itself holds this app role on this resource now. A user's list also holds the
 * assignments of groups the user is a direct member of (principalId the group's): those are not the user's.
 */
export async function hasAssignment(graph: GraphClient, a: Omit<AssignmentSnapshot, 'id'>, signal?: AbortSignal): Promise<boolean> {
  const isUser = a.principalType === 'User';
  const owner = isUser ? 'users' : 'servicePrincipals';
  const assignments = await listAllPages<AssignmentSnapshot>(graph, `/${owner}/${encodeURIComponent(a.principalId)}/appRoleAssignments`, {
    scopes: isUser ? READ_USER_ASSIGNMENTS_FOR_WRITE.scopes : READ_SERVICE_PRINCIPAL_ASSIGNMENTS.scopes,
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
    scopes: READ_USER_ASSIGNMENTS_FOR_WRITE.scopes,
    signal,
  });
  return new Set(assignments.map((a) => a.id));
}

/** Whether this very assignment (by id) is listed now. */
export async function isAssignmentListed(
  graph: GraphClient,
  a: Pick<AssignmentSnapshot, 'id' | 'principalId' | 'principalType'>,
  signal?: AbortSignal,
): Promise<boolean> {
  return (await listedAssignmentIds(graph, a, signal)).has(a.id);
}
