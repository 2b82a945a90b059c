import { queryOptions } from '@tanstack/react-query';
import type { GraphClient } from './graph-client';
import { graphKeys } from './keys';
import type { GraphOperation } from './operation';
import { BASIC_PROFILE_SELECT, SEARCH_USERS, type UserSummary } from './search-users';

export const GET_USER: GraphOperation = {
  name: 'Read a user',
  scopes: SEARCH_USERS.scopes,
  reason: 'Shows the name and user principal name of the user whose apps you are looking at.',
};

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
