import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useGraphClient } from '../../../graph/graph-client-context';
import { inventoryQueryOptions } from '../../../graph/inventory/inventory-query';
import type { InventoryProgress } from '../../../graph/inventory/load-inventory';
import { LIST_USERS_BASIC, listUsersBasicQueryOptions } from '../../../graph/list-users';
import { permissionCatalogQueryOptions, type PermissionCatalog } from '../../../permissions/catalog';
import { buildInventory, type PrivilegeLookup } from '../../../permissions/inventory';

export interface LoadCounts {
  servicePrincipals: number;
  grants: number;
  assignments: number;
}

function privilegeLookup(catalog: PermissionCatalog | undefined): PrivilegeLookup | undefined {
  if (!catalog) return undefined;
  return (value, type) => (type === 'delegated' ? catalog.delegated(value) : catalog.application(value))?.privilegeLevel ?? undefined;
}

/**
 * The tenant's permission inventory (every page), the users' names for user consents, and one row per
 * application with its counts and highest risk. `progress` counts what has arrived while it loads.
 */
export function useInventory() {
  const graph = useGraphClient();
  const [progress, setProgress] = useState<LoadCounts | null>(null);
  const inventory = useQuery(
    inventoryQueryOptions(graph, {
      alsoAsk: [LIST_USERS_BASIC],
      onProgress: (p: InventoryProgress) =>
        setProgress({ servicePrincipals: p.servicePrincipals.length, grants: p.grants.length, assignments: p.assignments.length }),
    }),
  );
  // Names are read once the inventory is in: by then the admin has consented to every scope at once.
  const users = useQuery({ ...listUsersBasicQueryOptions(graph), enabled: inventory.isSuccess });
  const catalog = useQuery(permissionCatalogQueryOptions());
  const rows = useMemo(
    () => (inventory.data ? buildInventory({ ...inventory.data, privilegeLevel: privilegeLookup(catalog.data) }) : []),
    [inventory.data, catalog.data],
  );
  return { inventory, users, catalog, rows, progress };
}
