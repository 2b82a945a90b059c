import { queryOptions } from '@tanstack/react-query';
import type { GraphClient } from './graph-client';
import { graphKeys } from './keys';
import { BASIC_PROFILE_SELECT, type UserSummary } from './search-users';
import { GET_USER } from './operations/users';

/** `idOrUpn`: the object id or the user principal name, as Graph accepts both. Only the basic profile: User.ReadBasic.All reads no more. */
export function getUser(graph: GraphClient, idOrUpn: string, signal?: AbortSignal): Promise<UserSummary> {
  return graph.request(`/users/${encodeURIComponent(idOrUpn)}?$select=${BASIC_PROFILE_SELECT}`, {
    scopes: GET_USER.scopes,
    signal,
  });
}

export const getUserQueryOptions = (graph: GraphClient, idOrUpn: string) =>
  queryOptions({
    queryKey: graphKeys.users.detail(idOrUpn),
    queryFn: ({ signal }) => getUser(graph, idOrUpn, signal),
  });
