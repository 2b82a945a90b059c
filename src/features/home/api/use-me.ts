import { useQuery } from '@tanstack/react-query';
import { getMeQueryOptions } from '../../../graph/get-me';
import { useGraphClient } from '../../../graph/graph-client-context';

export function useMe() {
  const graph = useGraphClient();
  return useQuery(getMeQueryOptions(graph));
}
