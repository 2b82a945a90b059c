/** Who asked for the app: each user's name, their reason (their own words, isolated) and when they asked. */
import { Body1, makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from '@fluentui/react-components';
import { requestUserOf, type UserRequest } from '../../../graph/consent-requests';
import { Name, NameWarnings } from '../../../ui/app-name';

const useStyles = makeStyles({
  user: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start' },
  muted: { color: tokens.colorNeutralForeground2 },
  wrap: { overflowX: 'auto' },
});

const dateTime = (iso: string | null | undefined) => {
  const date = new Date(iso ?? '');
  return Number.isNaN(date.getTime()) ? (iso ?? '—') : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
};

export function Requesters({ userRequests }: { userRequests: readonly UserRequest[] }) {
  const styles = useStyles();
  if (userRequests.length === 0) return <Body1>No user’s request is in progress.</Body1>;
  return (
    <div className={styles.wrap} role="region" aria-label="Who asked" tabIndex={0}>
      <Table aria-label="Requesters" size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Requested by</TableHeaderCell>
            <TableHeaderCell>Reason</TableHeaderCell>
            <TableHeaderCell>Asked</TableHeaderCell>
            <TableHeaderCell>Status (as Graph reports it)</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {userRequests.map((r) => {
            const user = requestUserOf(r);
            return (
              <TableRow key={r.id ?? user.id ?? ''}>
                <TableCell>
                  <span className={styles.user}>
                    <Name name={user.displayName ?? user.userPrincipalName ?? user.id} />
                    <NameWarnings name={user.displayName} />
                    {user.userPrincipalName ? <span className={styles.muted}>{user.userPrincipalName}</span> : null}
                  </span>
                </TableCell>
                <TableCell>{r.reason ? <Name name={r.reason} /> : <span className={styles.muted}>No reason given</span>}</TableCell>
                <TableCell>{dateTime(r.createdDateTime)}</TableCell>
                <TableCell>{r.status ?? '—'}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
