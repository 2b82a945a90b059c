import { Body1, Button, Caption1, makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';
import type { RoleCheck } from '../../../auth/role-requirements';
import type { Change } from '../../../changes/changes';
import { useActionGate } from '../../../changes/confirm/action-gate';
import { useChangeRoleCheck } from '../../../changes/confirm/use-change-gate';
import { RouterLink } from '../../../ui/router-link';
import { SectionHeading } from '../../../ui/section-heading';
import { appRoleRemoval, type AppRoleRow, type ViaGroup } from '../user-apps';
import { formatDateTime } from './own-consents-section';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  muted: { color: tokens.colorNeutralForeground2 },
  action: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXXS, maxWidth: '40ch' },
});

interface AppRolesSectionProps {
  rows: AppRoleRow[];
  user: { id: string; name: string };
  /** Shown instead of the rows when the account's roles cannot read app role assignments. */
  unreadable?: ReactNode;
  onRemove: (row: AppRoleRow) => void;
}

const members = (n: number) => `${n} member${n === 1 ? '' : 's'}`;

/**
 * The role in words. A role the app no longer publishes has no name, only its id (the row's name falls
 * back to it): it is named as such, the id as secondary text.
 */
function roleLabel(row: AppRoleRow): { name: string; id?: string } {
  return row.roleName === row.assignment.appRoleId ? { name: 'A role the app no longer publishes', id: row.assignment.appRoleId } : { name: row.roleName };
}

/** "Assigned to the group Sales (12 members): remove it from the group's assignments, not from this user." */
function GroupReason({ group }: { group: ViaGroup }) {
  return (
    <>
      Assigned to the group <bdi>{group.groupName}</bdi>
      {group.memberCount !== undefined ? ` (${members(group.memberCount)})` : ''}: remove it from the group’s assignments, not from this user.
    </>
  );
}

/** Why the Remove of one app-role row is off: the group's assignment, or the account's roles (`unknown` while they load). */
type AppRoleRemovalBlock = { by: 'group'; group: ViaGroup } | { by: 'role'; reason: string } | { by: 'unknown' };

/** The reason shown beside one row's Remove, unless the section's note already says it. */
function rowReason(block: AppRoleRemovalBlock | null, sectionReason: string | undefined): ReactNode {
  if (!block || block.by === 'unknown') return null;
  if (block.by === 'group') return <GroupReason group={block.group} />;
  return block.reason === sectionReason ? null : block.reason;
}

/** Why one row's Remove is off: a group's assignment (removed from the group, not the user), or the roles its change needs. */
function removalBlock(row: AppRoleRow, check: RoleCheck | undefined): AppRoleRemovalBlock | null {
  if (row.viaGroup) return { by: 'group', group: row.viaGroup };
  if (!check) return { by: 'unknown' };
  return check.allowed ? null : { by: 'role', reason: check.reason };
}

export function AppRolesSection({ rows, user, unreadable, onRemove }: AppRolesSectionProps) {
  const styles = useStyles();
  const headingId = useId();
  const rowId = useId();
  const userName = user.name;
  // A group's assignment is not the user's: it has no removal, so no change to gate.
  const changeOf = (row: AppRoleRow): Change | undefined => (row.viaGroup ? undefined : appRoleRemoval(row, user));
  const checkRoles = useChangeRoleCheck();
  const gate = useActionGate(rows.flatMap((row) => changeOf(row) ?? []));
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <SectionHeading id={headingId}>App roles assigned to {userName}</SectionHeading>
      <Body1 className={styles.muted}>
        Roles an admin assigned in an application to this user, or to a group this user is a direct member of (not consent: the app decides what a role allows).
      </Body1>
      {unreadable ? (
        unreadable
      ) : rows.length === 0 ? (
        <Body1>
          No app role is assigned to {userName} or to a group {userName} is a direct member of.
        </Body1>
      ) : (
        <>
          {gate.note}
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
              {rows.map((row, index) => {
                const change = changeOf(row);
                const block = removalBlock(row, change ? checkRoles([change]) : undefined);
                const reason = rowReason(block, gate.reason);
                const reasonId = `${rowId}-${index}`;
                const describedBy = reason ? reasonId : block?.by === 'role' ? gate.actionProps['aria-describedby'] : undefined;
                const group = row.viaGroup;
                const role = roleLabel(row);
                return (
                  <TableRow key={row.assignment.id}>
                    <TableCell>
                      <RouterLink to={`/apps/${encodeURIComponent(row.assignment.resourceId)}`}>{row.resourceName}</RouterLink>
                    </TableCell>
                    <TableCell>
                      {role.name}
                      {role.id ? <div className={styles.muted}>App role id {role.id}</div> : null}
                      {group ? (
                        <div className={styles.muted}>
                          via group <bdi>{group.groupName}</bdi>
                        </div>
                      ) : null}
                      {row.roleDescription ? <div className={styles.muted}>{row.roleDescription}</div> : null}
                    </TableCell>
                    <TableCell>{row.assignment.createdDateTime ? formatDateTime(row.assignment.createdDateTime) : '—'}</TableCell>
                    <TableCell>
                      <span className={styles.action}>
                        <Button
                          aria-label={`Remove app role ${role.id ? `no longer published (${role.id})` : role.name} in ${row.resourceName}${group ? ` (assigned to the group ${group.groupName})` : ''}`}
                          disabledFocusable={block !== null}
                          aria-describedby={describedBy}
                          onClick={() => (block === null ? onRemove(row) : undefined)}
                        >
                          Remove
                        </Button>
                        {reason ? (
                          <Caption1 id={reasonId} className={styles.muted}>
                            {reason}
                          </Caption1>
                        ) : null}
                      </span>
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </>
      )}
    </section>
  );
}
