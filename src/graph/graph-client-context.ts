import { createContext, useContext } from 'react';
import type { GraphClient } from './graph-client';

export const GraphClientContext = createContext<GraphClient | null>(null);

export function useGraphClient(): GraphClient {
  const graph = useContext(GraphClientContext);
  if (!graph) throw new Error('useGraphClient needs a GraphClientContext provider.');
  return graph;
}
