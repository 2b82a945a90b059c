/** How a change's outcome reads on result screens: the words depend on what the change does. */
import type { Change, ChangeResult } from './changes';

const adds = (change: Change) => change.kind === 'add-scopes' || change.kind === 'add-app-role';

/** The outcome in a few words: "Done", "Already done" / "Already in place", "Applied, not yet visible", "Failed". */
export function outcomeLabel(result: Pick<ChangeResult, 'change' | 'outcome'>): string {
  switch (result.outcome) {
    case 'succeeded':
      return 'Done';
    case 'already-done':
      return adds(result.change) ? 'Already in place' : 'Already done';
    case 'not-yet-visible':
      return 'Applied, not yet visible';
    case 'failed':
      return 'Failed';
  }
}

export const NOT_YET_VISIBLE_DETAIL =
  'Microsoft Graph accepted the change, but reading it back still showed the previous state after 15 seconds: the directory replicates changes with a delay. It normally shows within minutes; look again before repeating it.';

/** One sentence more for the outcomes that need it (failures are explained by explainFailure). */
export function outcomeDetail(result: Pick<ChangeResult, 'change' | 'outcome'>): string | undefined {
  if (result.outcome === 'not-yet-visible') return NOT_YET_VISIBLE_DETAIL;
  if (result.outcome !== 'already-done') return undefined;
  return adds(result.change) ? 'It was already in place: nothing to do.' : 'It had already been removed: nothing to do.';
}
