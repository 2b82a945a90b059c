import type { User } from '@microsoft/microsoft-graph-types';
import { queryOptions } from '@tanstack/react-query';
import type { GraphClient } from './graph-client';
import { graphKeys } from './keys';
import { listAllPages } from './paging';
import { LIST_USERS_BASIC } from './operations/users';

export type UserBasic = Pick<User, 'id' | 'displayName' | 'userPrincipalName'>;

export function listUsersBasic(graph: GraphClient, signal?: AbortSignal): Promise<UserBasic[]> {
  return listAllPages<UserBasic>(graph, '/users?$select=id,displayName,userPrincipalName&$top=999', {
    scopes: LIST_USERS_BASIC.scopes,
    signal,
  });
}

/** Every user's id, display name and UPN, by id. */
export const listUsersBasicQueryOptions = (graph: GraphClient) =>
  queryOptions({
    queryKey: graphKeys.users.basicList(),
    queryFn: async ({ signal }) => new Map((await listUsersBasic(graph, signal)).map((u) => [u.id ?? '', u])),
  });
