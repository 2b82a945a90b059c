import type { GraphClient } from './graph-client';
import type { GraphOperation } from './operation';

/**
 * GroupMember.ReadBasic.All is the least permission for `GET /groups/{id}/members/$count`; Directory.Read.All
 * is on the same documented list and is the one the Users screen already holds (no second consent prompt).
 */
export const COUNT_GROUP_MEMBERS: GraphOperation = {
  name: "Count a group's members",
  scopes: ['Directory.Read.All'],
  reason: 'Shows how many people hold an app role through a group, so a group’s assignment is never taken for one user’s.',
};

/** The number of direct members of the group. `$count` needs `ConsistencyLevel: eventual` (else Graph answers 400). */
export async function getGroupMemberCount(graph: GraphClient, groupId: string, signal?: AbortSignal): Promise<number> {
  const count = await graph.request<unknown>(`/groups/${encodeURIComponent(groupId)}/members/$count`, {
    scopes: COUNT_GROUP_MEMBERS.scopes,
    headers: { ConsistencyLevel: 'eventual' },
    signal,
  });
  if (typeof count !== 'number') throw new Error(`Graph answered a member count that is not a number: ${String(count)}`);
  return count;
}
