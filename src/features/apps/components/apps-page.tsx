import { Body1, Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { SearchRegular } from '@fluentui/react-icons';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { LIST_SERVICE_PRINCIPALS } from '../../../graph/list-service-principals';
import { Loading } from '../../../ui/loading';
import { PageHeader } from '../../../ui/page-header';
import { QueryError } from '../../../ui/query-error';
import { useServicePrincipals } from '../api/use-service-principals';
import { AppsTable } from './apps-table';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  search: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalS, maxWidth: '560px' },
  grow: { flexGrow: 1 },
  footer: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
  muted: { color: tokens.colorNeutralForeground2 },
});

const TITLE = 'Applications';

export function AppsPage() {
  const styles = useStyles();
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const [draft, setDraft] = useState(search);
  const query = useServicePrincipals(search);
  const apps = query.data?.pages.flatMap((page) => page.value) ?? [];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams(params);
    if (draft.trim()) next.set('q', draft.trim());
    else next.delete('q');
    setParams(next);
  };

  return (
    <div className={styles.page}>
      <PageHeader
        title={TITLE}
        description="The applications (service principals) in your tenant: first-party Microsoft apps, apps from other publishers, and your own."
      />
      <form role="search" className={styles.search} onSubmit={submit}>
        <Field label="Search by name (starts with)" className={styles.grow}>
          <Input value={draft} onChange={(_, data) => setDraft(data.value)} contentBefore={<SearchRegular aria-hidden />} />
        </Field>
        <Button type="submit">Search</Button>
      </form>
      {query.isPending ? <Loading label="Loading applications…" /> : null}
      {query.isError ? (
        <QueryError error={query.error} operation={LIST_SERVICE_PRINCIPALS} screenTitle={`The ${TITLE} screen`} onRetry={() => void query.refetch()} />
      ) : null}
      {query.isSuccess ? (
        <>
          {apps.length > 0 ? <AppsTable apps={apps} /> : <Body1>No application name starts with “{search}”.</Body1>}
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
