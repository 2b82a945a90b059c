/** Choose the user the question is about: a search over names and user principal names (the Users screen's search). */
import { Body1, Button, makeStyles, tokens } from '@fluentui/react-components';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useGraphClient } from '../../../graph/graph-client-context';
import { searchUsersQueryOptions, type UserSummary } from '../../../graph/search-users';
import { isolate } from '../../../permissions/names';
import { Name } from '../../../ui/app-name';
import { QueryError } from '../../../ui/query-error';
import { SearchForm } from '../../../ui/search-form';
import { SEARCH_USERS } from '../../../graph/operations/users';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  muted: { color: tokens.colorNeutralForeground2 },
});

const SHOWN = 5;

export function UserChooser({ screenTitle, onPick }: { screenTitle: string; onPick: (user: UserSummary) => void }) {
  const styles = useStyles();
  const graph = useGraphClient();
  const [search, setSearch] = useState('');
  const query = useInfiniteQuery({ ...searchUsersQueryOptions(graph, { search }), enabled: search.length > 0 });
  const users = query.data?.pages.flatMap((p) => p.value) ?? [];
  return (
    <>
      <SearchForm key={search} name="Find the user" label="User: name or user principal name" search={search} onSearch={setSearch} />
      {query.isError ? <QueryError error={query.error} operation={SEARCH_USERS} screenTitle={screenTitle} onRetry={() => void query.refetch()} /> : null}
      {query.isSuccess && users.length === 0 ? <Body1 role="status">No user matches “{search}”.</Body1> : null}
      {users.length > 0 ? (
        <ul className={styles.list} aria-label="Matching users">
          {users.slice(0, SHOWN).map((u) => (
            <li key={u.id} className={styles.item}>
              <Name name={u.displayName} /> <span className={styles.muted}>{u.userPrincipalName}</span>
              <Button size="small" aria-label={`Choose ${isolate(u.displayName ?? u.userPrincipalName ?? u.id ?? '')}`} onClick={() => onPick(u)}>
                Choose
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
