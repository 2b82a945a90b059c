import { Body1, Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import type { ActivityEntry } from '../../../changes/types';
import { useActiveAccount } from '../../../auth/use-session';
import { useActivityLog } from '../../../changes/use-changes';
import { Loading } from '../../../ui/loading';
import { PageHeader } from '../../../ui/page-header';
import { RouterLink } from '../../../ui/router-link';
import { filterEntries, hasFilters, readFilters, writeFilters, type ActivityFilters } from '../activity-filters';
import { downloadText } from '../../../ui/download-text';
import { activityCsv, activityJson, exportFileName } from '../export-activity';
import { ActivityEmpty, ActivityUnavailable } from './activity-states';
import { ActivityToolbar } from './activity-toolbar';
import { EntryCard, entryAnchor } from './entry-card';
import { RestoreDialog } from './restore-dialog';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** The restore's outcome in the page's banner (a failed restore stays in its dialog). */
const RESTORED_TITLE: Partial<Record<ActivityEntry['outcome'], string>> = {
  succeeded: 'Restored',
  'already-done': 'Nothing to restore',
  'not-yet-visible': 'Restored, not yet visible',
};

/** Scrolls to and focuses the entry named in the URL's hash (links between a change and its restore). */
function useFocusEntryFromHash(ready: boolean) {
  const { hash } = useLocation();
  useEffect(() => {
    if (!ready || !hash.startsWith(`#${entryAnchor('')}`)) return;
    const element = document.getElementById(hash.slice(1));
    element?.scrollIntoView({ block: 'center' });
    element?.focus({ preventScroll: true });
  }, [hash, ready]);
}

export function ActivityPage() {
  const styles = useStyles();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readFilters(params), [params]);
  const log = useActivityLog();
  const tenantId = useActiveAccount()?.tenantId;
  const [restoring, setRestoring] = useState<ActivityEntry | null>(null);
  const [restored, setRestored] = useState<ActivityEntry | null>(null);
  const entries = useMemo(() => log.data ?? [], [log.data]);
  const shown = useMemo(() => filterEntries(entries, filters), [entries, filters]);
  useFocusEntryFromHash(log.isSuccess);

  const onFilters = (next: ActivityFilters) => setParams(writeFilters(params, next), { replace: false });
  const onExport = (format: 'csv' | 'json') =>
    format === 'csv'
      ? downloadText(exportFileName('csv'), activityCsv(shown), 'text/csv;charset=utf-8')
      : downloadText(exportFileName('json'), activityJson(shown), 'application/json');

  return (
    <div className={styles.page}>
      <PageHeader
        title="Activity"
        description="Every change this console made from this browser, newest first: who, when, what it changed and how it ended. Revocations, additions and policy changes can be restored."
      />
      {restored ? (
        <div role="status">
          <MessageBar intent={restored.outcome === 'succeeded' ? 'success' : 'info'} layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{RESTORED_TITLE[restored.outcome] ?? 'Restored'}</MessageBarTitle>
              {restored.summary} <RouterLink to={{ pathname: '/activity', hash: entryAnchor(restored.id) }}>See the restore entry</RouterLink>
            </MessageBarBody>
            <MessageBarActions>
              <Button onClick={() => setRestored(null)}>Dismiss</Button>
            </MessageBarActions>
          </MessageBar>
        </div>
      ) : null}
      <ActivityToolbar key={filters.text} filters={filters} onChange={onFilters} onExport={shown.length > 0 ? onExport : undefined} />
      {log.isPending ? <Loading label="Opening the Activity log…" /> : null}
      {log.isError ? <ActivityUnavailable error={log.error} onRetry={() => void log.refetch()} /> : null}
      {log.isSuccess && entries.length === 0 ? <ActivityEmpty /> : null}
      {log.isSuccess && entries.length > 0 ? (
        <>
          <Body1 role="status" className={styles.muted}>
            {hasFilters(filters) ? `Showing ${shown.length} of ${entries.length} entries` : `${entries.length} ${entries.length === 1 ? 'entry' : 'entries'}`}
            {shown.length > 0 ? ' · exports include the entries shown' : ''}
          </Body1>
          {shown.length === 0 ? <Body1>No entry matches these filters.</Body1> : null}
          <ol className={styles.list} aria-label="Activity log entries">
            {shown.map((entry) => (
              <li key={entry.id}>
                <EntryCard entry={entry} tenantId={tenantId} onRestore={setRestoring} />
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {restoring ? (
        <RestoreDialog
          key={restoring.id}
          entry={restoring}
          onClose={() => setRestoring(null)}
          onRestored={(result) => {
            setRestoring(null);
            setRestored(result);
          }}
        />
      ) : null}
    </div>
  );
}
