import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useGraphClient } from '../graph-client-context';
import type { InventoryQueryOptions } from './inventory-query';
import type { InventoryProgress } from './load-inventory';
import { cancelInventoryLoad, inventoryProgressQueryOptions, progressiveInventoryQueryOptions } from './progressive-inventory';

/**
 * The whole inventory for a screen: `inventory` is the complete, cached query; while it loads,
 * `partial` holds what has arrived (rows can show before the load finishes) and `cancel()` stops it.
 */
export function useProgressiveInventory(options: Omit<InventoryQueryOptions, 'onProgress'> = {}) {
  const graph = useGraphClient();
  const queryClient = useQueryClient();
  const [cancelled, setCancelled] = useState(false);
  const inventory = useQuery({ ...progressiveInventoryQueryOptions(graph, queryClient, options), enabled: !cancelled });
  const progress = useQuery(inventoryProgressQueryOptions());
  const loading = inventory.fetchStatus === 'fetching';
  const partial: InventoryProgress | undefined = !inventory.data || loading ? (progress.data ?? undefined) : undefined;
  return {
    inventory,
    /** What has arrived so far (while loading, or after a cancelled first load); undefined once complete. */
    partial: partial && !partial.done ? partial : undefined,
    loading,
    /** The first load was stopped by the user: `partial` is all there is until `reload()`. */
    cancelled: cancelled && !inventory.data,
    cancel: () => {
      setCancelled(true);
      void cancelInventoryLoad(queryClient);
    },
    reload: () => {
      setCancelled(false);
      void inventory.refetch();
    },
  };
}
