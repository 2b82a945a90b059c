import { useInfiniteQuery } from '@tanstack/react-query';
import { useGraphClient } from '../../../graph/graph-client-context';
import { listServicePrincipalsQueryOptions } from '../../../graph/list-service-principals';

export function useServicePrincipals(search: string) {
  const graph = useGraphClient();
  return useInfiniteQuery(listServicePrincipalsQueryOptions(graph, { search }));
}
