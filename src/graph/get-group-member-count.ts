import type { GraphClient } from './graph-client';
import { COUNT_GROUP_MEMBERS } from './operations/groups';

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
