/**
 * What the console re-reads after it changed the tenant. The inventory (hundreds of requests in a large
 * tenant) is patched in place from the changes' before/after snapshots. Otherwise only what the changes'
 * kinds say they can alter (`alters` in kinds.ts) is re-read — an allow-list; an entry of no known kind
 * (a restore, an admin consent) falls back to everything Graph-derived but data no change can alter.
 */
import { partialMatchKey, type QueryClient, type QueryKey } from '@tanstack/react-query';
import type { InventoryData } from '../graph/inventory/load-inventory';
import { patchInventory, type FinishedChange } from '../graph/inventory/patch-inventory';
import { graphKeys } from '../graph/keys';
import { kindOfAction } from './kinds';
import { activityKeys } from './keys';
import { provenanceKeys } from '../provenance/keys';
import type { ActivityOutcome } from './types';

/** Graph data no change of the change layer touches. */
const UNTOUCHED: readonly QueryKey[] = [graphKeys.me(), graphKeys.myDirectoryRoles(), graphKeys.inventory(), graphKeys.inventoryProgress()];

/** A change as it ended: the Activity outcomes but `pending` (a change cut off counts as failed). */
export interface SettledChange {
  outcome: Exclude<ActivityOutcome, 'pending'>;
  /** With the entry's action, the kind's allow-list decides what is re-read. */
  entry: FinishedChange['entry'] & { action?: string };
}

const INVENTORY: readonly QueryKey[] = [graphKeys.inventory(), graphKeys.inventoryProgress()];

/** The query keys these changes can alter, from their kinds; undefined when some kind is unknown. */
function alteredBy(settled: readonly SettledChange[]): QueryKey[] | undefined {
  const lists = settled.map((s) => (s.entry.action ? kindOfAction(s.entry.action)?.alters : undefined));
  if (lists.some((keys) => keys === undefined)) return undefined;
  return lists.flatMap((keys) => [...keys!]).filter((key) => !INVENTORY.some((inv) => partialMatchKey(key, inv)));
}

const matchesAny = (queryKey: QueryKey, keys: readonly QueryKey[]) => keys.some((key) => partialMatchKey(queryKey, key));

/**
 * Reads paced by the reports limit (the whole audit window, page by page): re-read, but the change's result
 * does not wait for them — on a busy log that is many seconds.
 */
const PACED: readonly QueryKey[] = [provenanceKeys.audits()];

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
  const altered = alteredBy(settled);
  const alters = (queryKey: QueryKey) => (altered ? matchesAny(queryKey, altered) : !matchesAny(queryKey, UNTOUCHED));
  void queryClient.invalidateQueries({ queryKey: graphKeys.all, predicate: (query) => matchesAny(query.queryKey, PACED) && alters(query.queryKey) });
  const work: Promise<unknown>[] = [
    queryClient.invalidateQueries({ queryKey: graphKeys.all, predicate: (query) => !matchesAny(query.queryKey, PACED) && alters(query.queryKey) }),
    queryClient.invalidateQueries({ queryKey: activityKeys.all }),
  ];
  if (inventory && certain) queryClient.setQueryData(graphKeys.inventory(), patchInventory(inventory, results));
  else if (touchesInventory) work.push(queryClient.invalidateQueries({ queryKey: graphKeys.inventory(), exact: true }));
  await Promise.all(work);
}
