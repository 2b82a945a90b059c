/** How a change's outcome reads wherever results are shown: one label per outcome, one sentence more where needed. */
import type { ChangeResult } from './changes';
import { kindOf } from './kinds';

const OUTCOME_LABEL: Record<ChangeResult['outcome'], string> = {
  succeeded: 'Done',
  'already-done': 'Already done',
  'not-yet-visible': 'Applied, not yet visible',
  failed: 'Failed',
};

/** The outcome in a few words: "Done", "Already done", "Applied, not yet visible", "Failed". */
export function outcomeLabel(result: Pick<ChangeResult, 'outcome'>): string {
  return OUTCOME_LABEL[result.outcome];
}

export const NOT_YET_VISIBLE_DETAIL =
  'Microsoft Graph accepted the change, but reading it back still showed the previous state after 15 seconds: the directory replicates changes with a delay. It normally shows within minutes; look again before repeating it.';

/** One sentence more for the outcomes that need it (failures are explained by explainFailure). */
export function outcomeDetail(result: Pick<ChangeResult, 'change' | 'outcome'>): string | undefined {
  if (result.outcome === 'not-yet-visible') return NOT_YET_VISIBLE_DETAIL;
  if (result.outcome !== 'already-done') return undefined;
  // A change that finds nothing before it (its kind creates the object) was already in place; any other, already gone.
  const creates = kindOf(result.change).before(result.change) === null;
  return creates ? 'It was already in place: nothing to do.' : 'It had already been removed: nothing to do.';
}
