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
import type { ActivityOutcome } from './types';

/** Graph data no change of the change layer touches. */
const UNTOUCHED: readonly QueryKey[] = [
  graphKeys.me(),
  graphKeys.myDirectoryRoles(),
  graphKeys.servicePrincipals.all(),
  graphKeys.inventory(),
  graphKeys.inventoryProgress(),
];

/** A change as it ended: the Activity outcomes but `pending` (a change cut off counts as failed). */
export interface SettledChange {
  outcome: Exclude<ActivityOutcome, 'pending'>;
  entry: FinishedChange['entry'];
}

/**
 * Graph accepted a write that reads do not show yet: the inventory is patched as if it showed, since
 * a reload now would read the stale state the write replaces.
 */
const asFinished = ({ outcome, entry }: SettledChange): FinishedChange => ({ outcome: outcome === 'not-yet-visible' ? 'succeeded' : outcome, entry });

export async function refreshAfterChanges(queryClient: QueryClient, settled: readonly SettledChange[]): Promise<void> {
  const results = settled.map(asFinished);
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
