/** The one result list of a change set: a summary line, then each change with its outcome in words and, for failures, why. */
import { Body1, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkCircleRegular, DismissCircleRegular, InfoRegular } from '@fluentui/react-icons';
import type { ChangeResult } from '../changes';
import { describeChange } from '../changes';
import { outcomeDetail, outcomeLabel } from '../outcome-text';
import { explainFailure } from './change-requirements';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: tokens.spacingHorizontalS, overflowWrap: 'anywhere' },
  detail: { gridColumn: 2, display: 'flex', flexDirection: 'column' },
  failed: { color: tokens.colorPaletteRedForeground1 },
  ok: { color: tokens.colorPaletteGreenForeground1 },
});

export function resultSummary(results: readonly ChangeResult[]): string {
  const failed = results.filter((r) => r.outcome === 'failed').length;
  const unseen = results.filter((r) => r.outcome === 'not-yet-visible').length;
  const done = results.length - failed - unseen;
  const notYet = unseen ? ` ${unseen} applied but not yet visible.` : '';
  if (failed === 0 && unseen === 0) return `All ${results.length} change${results.length === 1 ? '' : 's'} done.`;
  if (failed === 0) return `${done} of ${results.length} changes done;${notYet}`;
  return `${done} of ${results.length} changes done; ${failed} failed.${notYet} Nothing was dropped: retry the failed ones below.`;
}

/** One line per change with its outcome in words, and for failures what Graph said. */
export function ChangeResults({ results, roleTemplateIds }: { results: readonly ChangeResult[]; roleTemplateIds: readonly string[] }) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label="Results">
      {results.map((result) => (
        <li key={result.entry.id} className={styles.item}>
          {result.outcome === 'failed' ? (
            <DismissCircleRegular aria-hidden className={styles.failed} fontSize={20} />
          ) : result.outcome === 'succeeded' ? (
            <CheckmarkCircleRegular aria-hidden className={styles.ok} fontSize={20} />
          ) : (
            <InfoRegular aria-hidden fontSize={20} />
          )}
          <span className={styles.detail}>
            <Body1>
              <strong>{outcomeLabel(result)}:</strong> {describeChange(result.change)}
            </Body1>
            {result.outcome === 'failed' ? <Caption1>{explainFailure(result, roleTemplateIds)}</Caption1> : null}
            {result.outcome !== 'failed' && outcomeDetail(result) ? <Caption1>{outcomeDetail(result)}</Caption1> : null}
          </span>
        </li>
      ))}
    </ul>
  );
}
