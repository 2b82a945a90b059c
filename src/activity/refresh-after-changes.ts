/**
 * What the console re-reads after it changed the tenant. The inventory (hundreds of requests in a large
 * tenant) is patched in place from the changes' before/after snapshots; data that no grant, app
 * permission or session change can alter (the signed-in user, their roles, the service principal list)
 * is left alone; everything else Graph-derived is invalidated.
 */
import { partialMatchKey, type QueryClient, type QueryKey } from '@tanstack/react-query';
import type { InventoryData } from '../graph/inventory/load-inventory';
import { patchInventory, type FinishedChange } from '../graph/inventory/patch-inventory';
import { graphKeys } from '../graph/keys';
import { activityKeys } from './keys';

/** Graph data no change of the change layer touches. */
const UNTOUCHED: readonly QueryKey[] = [
  graphKeys.me(),
  graphKeys.myDirectoryRoles(),
  graphKeys.servicePrincipals.all(),
  graphKeys.inventory(),
  graphKeys.inventoryProgress(),
];

export async function refreshAfterChanges(queryClient: QueryClient, results: readonly FinishedChange[]): Promise<void> {
  const inventory = queryClient.getQueryData<InventoryData>(graphKeys.inventory());
  // A failed change may have half-happened (a cut connection): only a reload tells.
  const certain = results.every((r) => r.outcome !== 'failed');
  const touchesInventory = results.some((r) => r.entry.before !== null || r.entry.after !== null || r.outcome === 'failed');
  const work: Promise<unknown>[] = [
    queryClient.invalidateQueries({ queryKey: graphKeys.all, predicate: (query) => !UNTOUCHED.some((key) => partialMatchKey(query.queryKey, key)) }),
    queryClient.invalidateQueries({ queryKey: activityKeys.all }),
  ];
  if (inventory && certain) queryClient.setQueryData(graphKeys.inventory(), patchInventory(inventory, results));
  else if (touchesInventory) work.push(queryClient.invalidateQueries({ queryKey: graphKeys.inventory(), exact: true }));
  await Promise.all(work);
}
