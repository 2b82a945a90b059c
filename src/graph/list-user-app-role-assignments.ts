import type { AssignmentSnapshot } from '../activity/types';
import type { GraphClient } from './graph-client';
import { READ_USER_GRANTS } from './list-user-grants';
import { listAllPages } from './paging';

export type UserAppRoleAssignment = AssignmentSnapshot & { createdDateTime?: string | null };

/** App roles assigned to the user directly (Directory.Read.All, which the same screen already holds). */
export function listUserAppRoleAssignments(graph: GraphClient, userId: string, signal?: AbortSignal): Promise<UserAppRoleAssignment[]> {
  const select = 'id,appRoleId,principalId,principalType,principalDisplayName,resourceId,resourceDisplayName,createdDateTime';
  return listAllPages<UserAppRoleAssignment>(graph, `/users/${encodeURIComponent(userId)}/appRoleAssignments?$select=${select}`, {
    scopes: READ_USER_GRANTS.scopes,
    signal,
  });
}
