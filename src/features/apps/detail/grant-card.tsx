import {
  Button,
  Caption1,
  Checkbox,
  makeStyles,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { RiskBadge } from '../../../ui/risk-badge';
import type { ActionRequest } from './action-request';
import { removeScopesChange, revokeGrantChange, type GrantDetail } from './app-detail-model';
import { ProvenanceLine } from './provenance-line';
import type { AppProvenanceLines } from './use-app-provenance';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM, justifyContent: 'space-between' },
  title: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, overflowWrap: 'anywhere', margin: 0 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  check: { width: '44px' },
  text: { overflowWrap: 'anywhere' },
  mono: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground2 },
  narrow: { width: '130px' },
});

interface GrantCardProps {
  detail: GrantDetail;
  /** Set when the account may not change grants: the actions are disabled with this reason. */
  disabledReason?: string;
  /** Who granted it and when (the audit log), or that the log does not reach it. */
  provenance: AppProvenanceLines;
  onAction: (request: ActionRequest) => void;
}

/** One delegated grant: who it is for, each scope with its meaning and risk, and what can be revoked. */
export function GrantCard({ detail, disabledReason, provenance, onAction }: GrantCardProps) {
  const styles = useStyles();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const toggle = (value: string, on: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (on) next.add(value);
      else next.delete(value);
      return next;
    });
  const who = detail.grant.consentType === 'AllPrincipals' ? 'Admin consent for all users' : `Consented by ${detail.principalLabel}`;
  const label = `${who} on ${detail.names.resourceName ?? 'the API'}`;

  return (
    <section className={styles.card} aria-label={label}>
      <div className={styles.head}>
        <Subtitle2 as="h4" className={styles.title} title={label}>
          {who}
          <RiskBadge tier={detail.risk.tier} reasons={detail.risk.reasons} />
        </Subtitle2>
        <div className={styles.actions}>
          <Button
            disabledFocusable={selected.size === 0 || Boolean(disabledReason)}
            title={disabledReason ?? (selected.size === 0 ? 'Select the scopes to remove first.' : undefined)}
            onClick={() =>
              onAction({
                title: 'Remove permissions from the grant',
                confirmLabel: 'Remove',
                changes: [removeScopesChange(detail, [...selected])],
              })
            }
          >
            Remove selected ({selected.size})
          </Button>
          <Button
            disabledFocusable={Boolean(disabledReason)}
            title={disabledReason}
            onClick={() => onAction({ title: 'Revoke the grant', confirmLabel: 'Revoke', changes: [revokeGrantChange(detail)] })}
          >
            Revoke grant
          </Button>
        </div>
      </div>
      <ProvenanceLine lines={provenance} id={detail.grant.id} of="grant" forOrganization={detail.grant.consentType === 'AllPrincipals'} />
      <Table aria-label={`Scopes: ${label}`} size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.check}>Select</TableHeaderCell>
            <TableHeaderCell>Permission</TableHeaderCell>
            <TableHeaderCell>Description</TableHeaderCell>
            <TableHeaderCell className={styles.narrow}>Admin consent required</TableHeaderCell>
            <TableHeaderCell className={styles.narrow}>Risk</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {detail.scopes.map((scope) => (
            <TableRow key={scope.value}>
              <TableCell>
                <Checkbox
                  aria-label={`Select ${scope.value}`}
                  checked={selected.has(scope.value)}
                  onChange={(_, data) => toggle(scope.value, data.checked === true)}
                />
              </TableCell>
              <TableCell className={styles.text}>
                <div>{scope.name}</div>
                {scope.name !== scope.value ? <Caption1 className={styles.mono}>{scope.value}</Caption1> : null}
              </TableCell>
              <TableCell className={styles.text}>{scope.description || '—'}</TableCell>
              <TableCell>{scope.adminOnly === undefined ? 'Not published' : scope.adminOnly ? 'Yes' : 'No'}</TableCell>
              <TableCell>
                <RiskBadge tier={scope.risk.tier} reasons={scope.risk.reasons} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
