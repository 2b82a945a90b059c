import { makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from '@fluentui/react-components';
import type { UserSummary } from '../../../graph/search-users';
import { RouterLink } from '../../../ui/router-link';

const useStyles = makeStyles({
  muted: { color: tokens.colorNeutralForeground2 },
});

export function UsersTable({ users }: { users: UserSummary[] }) {
  const styles = useStyles();
  return (
    <Table aria-label="Users" size="small">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Name</TableHeaderCell>
          <TableHeaderCell>User principal name</TableHeaderCell>
          <TableHeaderCell>Mail</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {users.map((user) => (
          <TableRow key={user.id}>
            <TableCell>
              <RouterLink to={`/users/${encodeURIComponent(user.id ?? '')}`}>{user.displayName ?? user.userPrincipalName}</RouterLink>
            </TableCell>
            <TableCell>{user.userPrincipalName}</TableCell>
            <TableCell className={styles.muted}>{user.mail ?? '—'}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
