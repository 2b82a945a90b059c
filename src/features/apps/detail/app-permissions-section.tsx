import { Body1, Button, Caption1, makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { RiskBadge } from '../../../ui/risk-badge';
import { SectionHeading } from '../../../ui/section-heading';
import type { ActionRequest } from './action-request';
import { isGraphPermission, revokeAppRoleChange, type AppPermissionDetail } from './app-detail-model';
import { ProvenanceLine } from './provenance-line';
import type { AppProvenanceLines } from './use-app-provenance';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  text: { overflowWrap: 'anywhere' },
  mono: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground2 },
  narrow: { width: '140px' },
  reason: { display: 'block', color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
});

interface AppPermissionsSectionProps {
  permissions: readonly AppPermissionDetail[];
  /** Why Remove is off for every permission (the account's roles), or undefined. */
  disabledReason?: string;
  /** Why Remove is off for Microsoft Graph's own app roles only (they need Privileged Role Administrator). */
  graphDisabledReason?: string;
  /** Who granted each and when (the audit log), or that the log does not reach it. */
  provenance: AppProvenanceLines;
  onAction: (request: ActionRequest) => void;
}

/** Application permissions: app roles the app holds on other APIs, acting with no user signed in. */
export function AppPermissionsSection({ permissions, disabledReason, graphDisabledReason, provenance, onAction }: AppPermissionsSectionProps) {
  const styles = useStyles();
  const headingId = useId();
  const reasonId = useId();
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <SectionHeading id={headingId}>Application permissions</SectionHeading>
      {permissions.length === 0 ? (
        <Body1>This app holds no application permissions.</Body1>
      ) : (
        <Table aria-label="Application permissions" size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Permission</TableHeaderCell>
              <TableHeaderCell>API</TableHeaderCell>
              <TableHeaderCell>Description</TableHeaderCell>
              <TableHeaderCell className={styles.narrow}>Risk</TableHeaderCell>
              <TableHeaderCell className={styles.narrow}>Action</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {permissions.map((p, index) => {
              // The page's note says the section-wide reason; a Graph-only reason is said beside its row.
              const rowReason = disabledReason ? undefined : isGraphPermission(p) ? graphDisabledReason : undefined;
              const reason = disabledReason ?? rowReason;
              return (
                <TableRow key={p.assignment.id}>
                  <TableCell className={styles.text}>
                    <div>{p.value}</div>
                    {p.name !== p.value ? <Caption1 className={styles.mono}>{p.name}</Caption1> : null}
                    <ProvenanceLine lines={provenance} id={p.assignment.id} of="assignment" forOrganization />
                  </TableCell>
                  <TableCell className={styles.text}>{p.resourceName}</TableCell>
                  <TableCell className={styles.text}>{p.description || '—'}</TableCell>
                  <TableCell>
                    <RiskBadge tier={p.risk.tier} reasons={p.risk.reasons} />
                  </TableCell>
                  <TableCell>
                    <Button
                      size="small"
                      aria-label={`Remove ${p.value}`}
                      disabledFocusable={Boolean(reason)}
                      title={reason}
                      aria-describedby={rowReason ? `${reasonId}-${index}` : undefined}
                      onClick={() => onAction({ title: 'Remove the application permission', confirmLabel: 'Remove', changes: [revokeAppRoleChange(p)] })}
                    >
                      Remove
                    </Button>
                    {rowReason ? (
                      <Caption1 id={`${reasonId}-${index}`} className={styles.reason}>
                        {rowReason}
                      </Caption1>
                    ) : null}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
