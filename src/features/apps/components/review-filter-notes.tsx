import { Body1, makeStyles, MessageBar, MessageBarBody, Spinner, tokens } from '@fluentui/react-components';
import { QueryError } from '../../../ui/query-error';
import { RouterLink } from '../../../ui/router-link';
import type { AppListParams } from '../list/list-params';
import type { ReviewFactsState } from '../list/use-review-facts';

const useStyles = makeStyles({ notes: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS } });

interface ReviewFilterNotesProps {
  state: AppListParams;
  facts: ReviewFactsState;
  inventoryComplete: boolean;
}

type ReadStatus = { state: 'available' } | { state: 'loading' } | { state: 'unavailable'; reason?: string };

const statusOf = (known: boolean, error: unknown): ReadStatus =>
  known ? { state: 'available' } : error ? { state: 'unavailable', reason: error instanceof Error ? error.message : undefined } : { state: 'loading' };

/**
 * Why an access-review filter may list less than it will: its read is still on its way, or not possible
 * (with the reason), or there is no review to compare with. A read that needs consent shows one Grant access.
 */
export function ReviewFilterNotes({ state, facts, inventoryComplete }: ReviewFilterNotesProps) {
  const styles = useStyles();
  const { hygiene, lastReview } = facts;
  const reads: { on: boolean; what: string; status: ReadStatus }[] = [
    { on: state.expiringCredentials, what: 'the app registrations’ credentials', status: statusOf(hygiene.credentialsKnown, hygiene.errors.applications) },
    { on: state.noOwner, what: 'which apps have no owner', status: statusOf(hygiene.ownersKnown, hygiene.errors.ownerless) },
    { on: state.unused, what: 'the sign-in activity report (beta)', status: hygiene.signInReport },
  ];
  const active = reads.filter((r) => r.on);
  const waiting = active.filter((r) => r.status.state === 'loading').map((r) => r.what);
  const failed = active.filter((r) => r.status.state === 'unavailable' && !hygiene.consentNeeded);
  if (!state.sinceReview && active.length === 0) return null;
  return (
    <div className={styles.notes}>
      {state.sinceReview && lastReview.state === 'none' ? (
        <MessageBar intent="info">
          <MessageBarBody>
            No review has been marked yet, so nothing is new since one: mark a review on <RouterLink to="/review">Access review</RouterLink>.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {state.sinceReview && lastReview.state === 'ready' ? (
        <Body1>New or changed since the review marked {new Date(lastReview.mark.at).toLocaleString()}.</Body1>
      ) : null}
      {hygiene.consentNeeded && active.length > 0 ? (
        <QueryError error={hygiene.consentNeeded.error} operation={hygiene.consentNeeded.operation} screenTitle="Filtering the Applications list" />
      ) : null}
      {failed.map((r) => (
        <MessageBar key={r.what} intent="warning">
          <MessageBarBody>
            The filter cannot tell: {r.what} could not be read{r.status.state === 'unavailable' && r.status.reason ? ` — ${r.status.reason}` : '.'}
          </MessageBarBody>
        </MessageBar>
      ))}
      {inventoryComplete && waiting.length > 0 ? <Spinner size="tiny" labelPosition="after" label={`Reading ${waiting.join(', ')}…`} /> : null}
    </div>
  );
}
