import type { User } from '@microsoft/microsoft-graph-types';
import { infiniteQueryOptions } from '@tanstack/react-query';
import type { GraphClient } from './graph-client';
import { graphKeys } from './keys';
import type { GraphPage } from './paging';
import { SEARCH_USERS } from './operations/users';

/**
 * User.ReadBasic.All reads only the basic profile (displayName, givenName, surname, mail, photo,
 * userPrincipalName, and id): selecting anything else, such as jobTitle, is not what the permission covers.
 */
export type UserSummary = Pick<User, 'id' | 'displayName' | 'userPrincipalName' | 'mail' | 'givenName' | 'surname'>;

export const BASIC_PROFILE_SELECT = 'id,displayName,userPrincipalName,mail,givenName,surname';
export const USER_PAGE_SIZE = 25;

/** A $search term: quotes and backslashes would break out of the "property:term" clause, so they go. */
export function searchTerm(raw: string): string {
  return raw.replace(/["\\]/g, ' ').replace(/\s+/g, ' ').trim();
}

export function usersFirstPage(search: string): string {
  const params = new URLSearchParams({ $select: BASIC_PROFILE_SELECT, $top: String(USER_PAGE_SIZE) });
  const term = searchTerm(search);
  if (term) {
    // $search tokenizes displayName (any word of it matches), while userPrincipalName and mail match only
    // from their start: the whole term is a prefix clause of each, so "adele.v" finds adele.vance@….
    params.set('$search', `"displayName:${term}" OR "userPrincipalName:${term}" OR "mail:${term}"`);
    params.set('$count', 'true');
  }
  return `/users?${params.toString()}`;
}

/** $search and $count only work with `ConsistencyLevel: eventual` (else Graph answers 400). */
export function searchUsersPage(graph: GraphClient, pathOrNextLink: string, signal?: AbortSignal): Promise<GraphPage<UserSummary>> {
  return graph.request(pathOrNextLink, { scopes: SEARCH_USERS.scopes, headers: { ConsistencyLevel: 'eventual' }, signal });
}

export const searchUsersQueryOptions = (graph: GraphClient, params: { search: string }) =>
  infiniteQueryOptions({
    queryKey: graphKeys.users.search(params),
    queryFn: ({ pageParam, signal }) => searchUsersPage(graph, pageParam, signal),
    initialPageParam: usersFirstPage(params.search),
    getNextPageParam: (last) => last['@odata.nextLink'],
  });
