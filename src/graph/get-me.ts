import type { User } from '@microsoft/microsoft-graph-types';
import { queryOptions } from '@tanstack/react-query';
import type { GraphClient } from './graph-client';
import { graphKeys } from './keys';
import { GET_ME } from './operations/users';

export type Me = Pick<User, 'id' | 'displayName' | 'userPrincipalName' | 'mail' | 'jobTitle'>;

export function getMe(graph: GraphClient, signal?: AbortSignal): Promise<Me> {
  return graph.request<Me>('/me?$select=id,displayName,userPrincipalName,mail,jobTitle', {
    scopes: GET_ME.scopes,
    signal,
  });
}

export const getMeQueryOptions = (graph: GraphClient) =>
  queryOptions({
    queryKey: graphKeys.me(),
    queryFn: ({ signal }) => getMe(graph, signal),
  });
