import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useGraphClient } from '../../../graph/graph-client-context';
import { useProgressiveInventory } from '../../../graph/inventory/use-progressive-inventory';
import { listUsersBasicQueryOptions } from '../../../graph/list-users';
import { permissionCatalogQueryOptions } from '../../../permissions/catalog';
import { inventoryBuilder } from '../../../permissions/inventory-builder';
import { APPS_INVENTORY } from './prefetch-apps';

export interface LoadCounts {
  servicePrincipals: number;
  grants: number;
  assignments: number;
}

export interface LoadProgressCounts extends LoadCounts {
  requests: number;
}

/**
 * The tenant's permission inventory (every page), the users' names for user consents, and one row per
 * application with its counts and highest risk. `progress` counts what has arrived while it loads.
 */
export function useInventory() {
  const graph = useGraphClient();
  // Cached (a revisit is instant), cancellable, and partial data shows while pages arrive.
  const { inventory, partial, loading, cancelled, cancel, reload } = useProgressiveInventory(APPS_INVENTORY);
  // Names are read once the inventory is in: by then the admin has consented to every scope at once.
  const users = useQuery({ ...listUsersBasicQueryOptions(graph), enabled: inventory.isSuccess });
  const catalog = useQuery(permissionCatalogQueryOptions());
  const source = inventory.data ?? partial;
  // Built as pages arrive: each progress report costs the new pages' work, not the whole tenant's again.
  const build = useMemo(() => inventoryBuilder(catalog.data), [catalog.data]);
  const rows = useMemo(() => (source ? build(source) : []), [source, build]);
  const progress: LoadProgressCounts | null = partial
    ? {
        servicePrincipals: partial.servicePrincipals.length,
        grants: partial.grants.length,
        assignments: partial.assignments.length,
        requests: partial.requests,
      }
    : null;
  return { inventory, users, catalog, rows, progress, loading, cancelled, cancel, reload };
}
