import { Body1, Button, makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { RoleCheck } from '../../../auth/role-requirements';
import { RouterLink } from '../../../ui/router-link';
import { SectionHeading } from '../../../ui/section-heading';
import type { AppRoleRow } from '../user-apps';
import { formatDateTime } from './own-consents-section';
import { useRoleGate } from './role-gate';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  muted: { color: tokens.colorNeutralForeground2 },
});

interface AppRolesSectionProps {
  rows: AppRoleRow[];
  userName: string;
  /** Whether the signed-in account may remove app role assignments; undefined while its roles load. */
  roleCheck: RoleCheck | undefined;
  onRemove: (row: AppRoleRow) => void;
}

export function AppRolesSection({ rows, userName, roleCheck, onRemove }: AppRolesSectionProps) {
  const styles = useStyles();
  const headingId = useId();
  const gate = useRoleGate(roleCheck);
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <SectionHeading id={headingId}>App roles assigned to {userName}</SectionHeading>
      <Body1 className={styles.muted}>Roles an admin assigned to this user in an application (not consent: the app decides what a role allows).</Body1>
      {rows.length === 0 ? (
        <Body1>No app role is assigned to {userName} directly.</Body1>
      ) : (
        <>
          {gate.reason}
          <Table aria-label={`App roles assigned to ${userName}`} size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>App</TableHeaderCell>
                <TableHeaderCell>Role</TableHeaderCell>
                <TableHeaderCell>Assigned</TableHeaderCell>
                <TableHeaderCell>Action</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((row) => (
                <TableRow key={row.assignment.id}>
                  <TableCell>
                    <RouterLink to={`/apps/${encodeURIComponent(row.assignment.resourceId)}`}>{row.resourceName}</RouterLink>
                  </TableCell>
                  <TableCell>
                    {row.roleName}
                    {row.roleDescription ? <div className={styles.muted}>{row.roleDescription}</div> : null}
                  </TableCell>
                  <TableCell>{row.assignment.createdDateTime ? formatDateTime(row.assignment.createdDateTime) : '—'}</TableCell>
                  <TableCell>
                    <Button
                      aria-label={`Remove app role ${row.roleName} in ${row.resourceName}`}
                      {...gate.actionProps}
                      onClick={() => onRemove(row)}
                    >
                      Remove
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </section>
  );
}
