import { useInfiniteQuery } from '@tanstack/react-query';
import { useGraphClient } from '../../../graph/graph-client-context';
import { searchUsersQueryOptions } from '../../../graph/search-users';

export function useUserSearch(search: string) {
  const graph = useGraphClient();
  return useInfiniteQuery(searchUsersQueryOptions(graph, { search }));
}
