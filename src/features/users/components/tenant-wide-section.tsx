import { Body1, makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';
import { RiskBadge } from '../../../ui/risk-badge';
import { RouterLink } from '../../../ui/router-link';
import { SectionHeading } from '../../../ui/section-heading';
import type { AppAccessRow } from '../user-apps';
import { PublisherBadge } from '../../../ui/publisher-badge';
import { ScopeList } from './scope-list';
import { Name, NameWarnings } from '../../../ui/app-name';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  app: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXXS },
  muted: { color: tokens.colorNeutralForeground2, maxWidth: '80ch' },
});

/** Apps an admin consented to for everyone: this user reaches them too, but cannot lose them alone. */
interface TenantWideSectionProps {
  rows: AppAccessRow[];
  userName: string;
  /** Shown instead of the rows when the account's roles cannot read the tenant's grants. */
  unreadable?: ReactNode;
}

export function TenantWideSection({ rows, userName, unreadable }: TenantWideSectionProps) {
  const styles = useStyles();
  const headingId = useId();
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <SectionHeading id={headingId}>Apps {userName} reaches through admin consent</SectionHeading>
      <Body1 className={styles.muted}>
        An administrator consented to these apps on behalf of the whole organization, so they can act as any user who signs in to them — {userName} included.
        Such a consent cannot exclude one user: revoking it affects everyone and needs an application administrator. Open the app to review or revoke it.
      </Body1>
      {unreadable ? (
        unreadable
      ) : rows.length === 0 ? (
        <Body1>No app has consent for the whole organization.</Body1>
      ) : (
        <Table aria-label={`Apps ${userName} reaches through admin consent`} size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>App</TableHeaderCell>
              <TableHeaderCell>Permissions (for every user)</TableHeaderCell>
              <TableHeaderCell>Risk</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.clientId}>
                <TableCell>
                  <span className={styles.app}>
                    <RouterLink to={`/apps/${encodeURIComponent(row.clientId)}`}>
                      <Name name={row.clientName} />
                    </RouterLink>
                    <NameWarnings name={row.clientName} />
                    <PublisherBadge kind={row.publisher} />
                  </span>
                </TableCell>
                <TableCell>
                  <ScopeList grants={row.grants} />
                </TableCell>
                <TableCell>
                  <RiskBadge tier={row.risk.tier} reasons={row.risk.reasons} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
