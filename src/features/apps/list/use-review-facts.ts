/**
 * What the Applications list's access-review filters and its export judge by: every app's hygiene (read
 * after the inventory, see hygieneReads) and the apps changed since the last review mark (diffed only while
 * that filter is on: the diff walks the whole inventory).
 */
import { useMemo } from 'react';
import type { InventoryData } from '../../../graph/inventory/load-inventory';
import { useAppHygiene, useHoldsSignInScope } from '../../../hygiene/use-app-hygiene';
import type { InventoryRow } from '../../../permissions/inventory';
import { appsChangedSince } from '../../../review/since-review';
import { useLastReview } from '../../../review/use-last-review';
import { hygieneReads, type AppListParams } from './list-params';

const NO_ROWS: readonly InventoryRow[] = [];

export function useReviewFacts(state: AppListParams, rows: readonly InventoryRow[], inventory: InventoryData | undefined) {
  const holdsSignInScope = useHoldsSignInScope();
  // Judged only once the inventory is complete: nothing is read before, and rebuilding every app's hygiene on each
  // progress report of a large load costs more than the rows themselves (docs/benchmarks.md, the 1M profile).
  const hygiene = useAppHygiene(inventory ? rows : NO_ROWS, hygieneReads(state, { inventoryComplete: inventory !== undefined, holdsSignInScope }));
  const lastReview = useLastReview();
  const mark = lastReview.state === 'ready' ? lastReview.mark : undefined;
  const changedSinceReview = useMemo(
    () => (state.sinceReview && mark && inventory ? appsChangedSince(mark.snapshot, inventory) : undefined),
    [state.sinceReview, mark, inventory],
  );
  return { hygiene, lastReview, changedSinceReview };
}

export type ReviewFactsState = ReturnType<typeof useReviewFacts>;
