import { useQuery } from '@tanstack/react-query';
import { getUserQueryOptions } from '../../../graph/get-user';
import { useGraphClient } from '../../../graph/graph-client-context';

export function useUser(idOrUpn: string) {
  const graph = useGraphClient();
  return useQuery(getUserQueryOptions(graph, idOrUpn));
}
