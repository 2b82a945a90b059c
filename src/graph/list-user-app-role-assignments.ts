import type { AssignmentSnapshot } from './entities';
import type { GraphClient } from './graph-client';
import { listAllPages } from './paging';
import { READ_USER_GRANTS } from './operations/grants';

export type UserAppRoleAssignment = AssignmentSnapshot & { createdDateTime?: string | null };

/**
 * The user's app role assignments (Directory.Read.All, which the same screen already holds). Graph also
 * returns the assignments of groups the user is a direct member of: principalType 'Group', principalId
 * the group's id, principalDisplayName its name. Those are the group's, never the user's to remove.
 */
export function listUserAppRoleAssignments(graph: GraphClient, userId: string, signal?: AbortSignal): Promise<UserAppRoleAssignment[]> {
  const select = 'id,appRoleId,principalId,principalType,principalDisplayName,resourceId,resourceDisplayName,createdDateTime';
  return listAllPages<UserAppRoleAssignment>(graph, `/users/${encodeURIComponent(userId)}/appRoleAssignments?$select=${select}`, {
    scopes: READ_USER_GRANTS.scopes,
    signal,
  });
}

/** An assignment made to a group the user belongs to, not to the user. */
export const isGroupAssignment = (a: Pick<AssignmentSnapshot, 'principalType'>) => a.principalType === 'Group';
