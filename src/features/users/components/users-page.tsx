import { Body1, Button, makeStyles, tokens } from '@fluentui/react-components';
import { useSearchParams } from 'react-router';
import { Loading } from '../../../ui/loading';
import { PageHeader } from '../../../ui/page-header';
import { QueryError } from '../../../ui/query-error';
import { SearchForm } from '../../../ui/search-form';
import { useUserSearch } from '../api/use-user-search';
import { UsersTable } from './users-table';
import { SEARCH_USERS } from '../../../graph/operations/users';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  footer: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
  muted: { color: tokens.colorNeutralForeground2 },
});

const TITLE = 'Users';

export function UsersPage() {
  const styles = useStyles();
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const query = useUserSearch(search);
  const users = query.data?.pages.flatMap((page) => page.value) ?? [];
  const total = query.data?.pages[0]?.['@odata.count'];

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
        description="Find a user to see which applications they authorized, which apps they reach through an admin's consent for everyone, and to revoke what they granted."
      />
      <SearchForm key={search} name="Users" label="Search by name or user principal name" search={search} onSearch={onSearch} />
      {query.isPending ? <Loading label="Searching users…" /> : null}
      {query.isError ? (
        <QueryError error={query.error} operation={SEARCH_USERS} screenTitle={`The ${TITLE} screen`} onRetry={() => void query.refetch()} />
      ) : null}
      {query.isSuccess ? (
        <>
          {users.length > 0 ? <UsersTable users={users} /> : <Body1>No user’s name or user principal name matches “{search}”.</Body1>}
          <div className={styles.footer}>
            <Body1 className={styles.muted} role="status">
              Showing {users.length}
              {total !== undefined && total > users.length ? ` of ${total}` : ''} user{users.length === 1 ? '' : 's'}
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
