import { Body1, Button, makeStyles, tokens } from '@fluentui/react-components';
import { useSearchParams } from 'react-router';
import { useActiveAccount, useConsoleSession } from '../../../auth/use-session';
import { LIST_SERVICE_PRINCIPALS } from '../../../graph/list-service-principals';
import { Loading } from '../../../ui/loading';
import { PageHeader } from '../../../ui/page-header';
import { QueryError } from '../../../ui/query-error';
import { useServicePrincipals } from '../api/use-service-principals';
import { AppsSearch } from './apps-search';
import { AppsTable } from './apps-table';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  footer: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
  muted: { color: tokens.colorNeutralForeground2 },
});

const TITLE = 'Applications';

export function AppsPage() {
  const styles = useStyles();
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const { settings } = useConsoleSession();
  // In live mode the configured tenant may be `organizations`: the account knows the real one.
  const tenantId = useActiveAccount()?.tenantId ?? settings.tenantId;
  const query = useServicePrincipals(search);
  const apps = query.data?.pages.flatMap((page) => page.value) ?? [];

  const onSearch = (value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set('q', value);
    else next.delete('q');
    setParams(next);
  };

  return (
    <div className={styles.page}>
      <PageHeader
        title={TITLE}
        description="The applications (service principals) in your tenant: first-party Microsoft apps, apps from other publishers, and your own."
      />
      <AppsSearch key={search} search={search} onSearch={onSearch} />
      {query.isPending ? <Loading label="Loading applications…" /> : null}
      {query.isError ? (
        <QueryError error={query.error} operation={LIST_SERVICE_PRINCIPALS} screenTitle={`The ${TITLE} screen`} onRetry={() => void query.refetch()} />
      ) : null}
      {query.isSuccess ? (
        <>
          {apps.length > 0 ? <AppsTable apps={apps} tenantId={tenantId} /> : <Body1>No application name starts with “{search}”.</Body1>}
          <div className={styles.footer}>
            <Body1 className={styles.muted} role="status">
              Showing {apps.length} application{apps.length === 1 ? '' : 's'}
              {query.hasNextPage ? ' (more available)' : ''}
            </Body1>
            {query.hasNextPage ? (
              <Button onClick={() => void query.fetchNextPage()} disabled={query.isFetchingNextPage}>
                {query.isFetchingNextPage ? 'Loading…' : 'Load more'}
              </Button>
            ) : null}
          </div>
        </>
      ) : null}
    </div>
  );
}
