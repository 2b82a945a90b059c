import { Body1, Button, Caption1, makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';
import { useActionGate } from '../../../changes/confirm/action-gate';
import type { ConsentEvent } from '../../../graph/list-user-consent-events';
import { RiskBadge } from '../../../ui/risk-badge';
import { SectionHeading } from '../../../ui/section-heading';
import { lastConsent, type AppAccessRow } from '../user-apps';
import { PublisherBadge } from '../../../ui/publisher-badge';
import { revokeAllChanges } from './revoke-dialog';
import { ScopeList } from './scope-list';
import { isolate } from '../../../permissions/names';
import { Name, NameWarnings } from '../../../ui/app-name';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  app: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXXS, overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground2 },
});

export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

interface OwnConsentsSectionProps {
  rows: AppAccessRow[];
  user: { id: string; name: string };
  /** Undefined while the audit log is loading or unavailable. */
  events: ConsentEvent[] | undefined;
  /** 'unreadable': the account's roles cannot read the audit log (the page says which role would). */
  eventsStatus: 'pending' | 'error' | 'success' | 'unreadable';
  /** Shown instead of the rows when the account's roles cannot read the user's grants. */
  unreadable?: ReactNode;
  onRevoke: (row: AppAccessRow) => void;
}

/** The apps this user consented to for themselves: the grants helpdesk can revoke for this user. */
export function OwnConsentsSection({ rows, user, events, eventsStatus, unreadable, onRevoke }: OwnConsentsSectionProps) {
  const styles = useStyles();
  const headingId = useId();
  const userName = user.name;
  const gate = useActionGate(rows.flatMap((row) => revokeAllChanges(row, user)));

  const consented = (row: AppAccessRow) => {
    const event = lastConsent(events, row.clientId);
    if (event) return formatDateTime(event.at);
    if (eventsStatus === 'pending') return 'Loading…';
    if (eventsStatus === 'error') return 'Unknown (audit log not readable)';
    if (eventsStatus === 'unreadable') return 'Unknown (your roles cannot read the audit log)';
    return 'Not in the audit log (older than its retention)';
  };

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <SectionHeading id={headingId}>Apps {userName} consented to</SectionHeading>
      <Body1 className={styles.muted}>
        Each of these apps can act as {userName} with the permissions listed, without asking again. Revoking removes this user’s consent only; other users’
        consents stay.
      </Body1>
      {unreadable ? null : gate.note}
      {unreadable ? (
        unreadable
      ) : rows.length === 0 ? (
        <Body1>{userName} has not consented to any app for themselves.</Body1>
      ) : (
        <Table aria-label={`Apps ${userName} consented to`} size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>App</TableHeaderCell>
              <TableHeaderCell>Permissions</TableHeaderCell>
              <TableHeaderCell>Risk</TableHeaderCell>
              <TableHeaderCell>Consented</TableHeaderCell>
              <TableHeaderCell>Action</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.clientId}>
                <TableCell>
                  <span className={styles.app}>
                    <strong>
                      <Name name={row.clientName} />
                    </strong>
                    <NameWarnings name={row.clientName} />
                    <PublisherBadge kind={row.publisher} />
                    {row.publisherName ? (
                      <Caption1 className={styles.muted}>
                        <Name name={row.publisherName} />
                      </Caption1>
                    ) : null}
                  </span>
                </TableCell>
                <TableCell>
                  <ScopeList grants={row.grants} />
                </TableCell>
                <TableCell>
                  <RiskBadge tier={row.risk.tier} reasons={row.risk.reasons} />
                </TableCell>
                <TableCell>{consented(row)}</TableCell>
                <TableCell>
                  <Button aria-label={`Revoke for this user: ${isolate(row.clientName)}`} {...gate.actionProps} onClick={() => onRevoke(row)}>
                    Revoke for this user
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
