import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import { describeChange, type ChangeResult } from '../../../changes/changes';
import { ConsentRequiredError } from '../../../auth/consent-required-error';
import { explainWriteDenied, GRANT_WRITE, REVOKE_SESSIONS } from '../../../auth/role-requirements';
import { GraphError } from '../../../graph/graph-error';
import { RouterLink } from '../../../ui/router-link';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  detail: { color: tokens.colorNeutralForeground2 },
});

/** Why one change failed, in plain words. */
export function failureText(result: ChangeResult, roleTemplateIds: readonly string[]): string {
  const error = result.error;
  if (error instanceof ConsentRequiredError) return `The console does not hold ${error.scopes.join(', ')}: grant it access and try again.`;
  if (error instanceof GraphError && error.status === 403) {
    return explainWriteDenied(result.change.kind === 'revoke-sessions' ? REVOKE_SESSIONS : GRANT_WRITE, roleTemplateIds);
  }
  if (error instanceof GraphError) return `${error.message} (HTTP ${error.status}, ${error.code}${error.requestId ? `, request-id ${error.requestId}` : ''})`;
  return error?.message ?? 'Unknown error.';
}

const OUTCOME: Record<ChangeResult['outcome'], string> = {
  succeeded: 'Done',
  'already-done': 'Already done (nothing left to change)',
  'not-yet-visible': 'Applied, not yet visible',
  failed: 'Failed',
};

export function RevokeResults({ results, roleTemplateIds }: { results: readonly ChangeResult[]; roleTemplateIds: readonly string[] }) {
  const styles = useStyles();
  const failed = results.filter((r) => r.outcome === 'failed').length;
  return (
    <MessageBar intent={failed === 0 ? 'success' : failed === results.length ? 'error' : 'warning'} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>
          {failed === 0 ? 'Revoked' : `${failed} of ${results.length} change${results.length === 1 ? '' : 's'} failed`}
        </MessageBarTitle>
        <ul className={styles.list} aria-label="Results">
          {results.map((result) => (
            <li key={result.entry.id}>
              <strong>{OUTCOME[result.outcome]}:</strong> {describeChange(result.change)}
              {result.outcome === 'failed' ? <div className={styles.detail}>{failureText(result, roleTemplateIds)}</div> : null}
            </li>
          ))}
        </ul>
        <div>
          Every change is recorded in the <RouterLink to="/activity">Activity log</RouterLink>, where it can be restored.
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}
