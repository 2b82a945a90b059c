import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import { describeChange, type Change, type ChangeResult } from '../../../changes/changes';
import { outcomeDetail, outcomeLabel } from '../../../changes/outcome-text';
import { RouterLink } from '../../../ui/router-link';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

/** Per-item results of an apply, failures listed with their reason and retryable. */
export function ApplyResults({ results, error, onRetry }: { results?: ChangeResult[]; error?: Error; onRetry?: (failed: Change[]) => void }) {
  const styles = useStyles();
  if (error) {
    return (
      <MessageBar intent="error" role="alert">
        <MessageBarBody>
          <MessageBarTitle>Nothing was applied</MessageBarTitle>
          {error.message}
        </MessageBarBody>
      </MessageBar>
    );
  }
  const failed = (results ?? []).filter((r) => r.outcome === 'failed');
  return (
    <MessageBar intent={failed.length ? 'warning' : 'success'} layout="multiline" role="status">
      <MessageBarBody>
        <MessageBarTitle>{failed.length ? `${failed.length} of ${results?.length ?? 0} changes failed` : 'All changes applied'}</MessageBarTitle>
        <ul className={styles.list} aria-label="Results">
          {(results ?? []).map((r) => (
            <li key={r.entry.id}>
              {outcomeLabel(r)}: {describeChange(r.change)}
              {r.error ? ` — ${r.error.message}` : r.outcome === 'not-yet-visible' ? ` — ${outcomeDetail(r) ?? ''}` : ''}
            </li>
          ))}
        </ul>
        Recorded in the <RouterLink to="/activity">Activity log</RouterLink>.
      </MessageBarBody>
      {failed.length && onRetry ? (
        <Button onClick={() => onRetry(failed.map((r) => r.change))}>Retry failed changes</Button>
      ) : null}
    </MessageBar>
  );
}
