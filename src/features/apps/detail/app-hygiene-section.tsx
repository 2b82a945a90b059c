import {
  Badge,
  Body1,
  Caption1,
  makeStyles,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { useId, useMemo } from 'react';
import { useAppHygiene, useHoldsSignInScope } from '../../../hygiene/use-app-hygiene';
import {
  EXPIRING_WITHIN_DAYS,
  type AppCredential,
  type AppHygiene,
  type CredentialStatus,
  type LastSignIn,
  type OwnersState,
} from '../../../permissions/hygiene';
import type { InventoryRow } from '../../../permissions/inventory';
import { Name } from '../../../ui/app-name';
import { QueryError } from '../../../ui/query-error';
import { SectionHeading } from '../../../ui/section-heading';
import type { AppDetail } from './app-detail-model';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, overflowWrap: 'anywhere' },
  text: { overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground2 },
});

const STATUS: Record<CredentialStatus, { label: string; color: 'danger' | 'warning' | 'success' }> = {
  expired: { label: 'Expired', color: 'danger' },
  expiring: { label: `Expires within ${EXPIRING_WITHIN_DAYS} days`, color: 'warning' },
  valid: { label: 'Valid', color: 'success' },
};

const KIND = { secret: 'Secret', certificate: 'Certificate' } as const;
const WHERE = { application: 'App registration', servicePrincipal: 'Service principal' } as const;

const day = (iso: string) => new Date(iso).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });

function ownersText(owners: OwnersState): string {
  switch (owners.state) {
    case 'some':
      return 'Has owners';
    case 'none':
      return 'No owner: nobody in your organization answers for this app';
    case 'microsoft':
      return 'Microsoft (owned in Microsoft’s tenant)';
    case 'unknown':
      return owners.reason ? `Unknown: ${owners.reason}` : 'Reading…';
  }
}

function signInText(lastSignIn: LastSignIn): string {
  switch (lastSignIn.state) {
    case 'recorded':
      return lastSignIn.at ? day(lastSignIn.at) : 'No sign-in recorded';
    case 'loading':
      return 'Reading…';
    case 'unavailable':
      return `Unavailable: ${lastSignIn.reason}`;
  }
}

const UNUSED_LABEL = { unused: 'Unused', used: 'In use', unknown: 'Cannot tell', 'not-high-risk': 'Not applicable' } as const;

function CredentialsTable({ credentials }: { credentials: readonly AppCredential[] }) {
  const styles = useStyles();
  return (
    <Table aria-label="Credentials" size="small">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Name</TableHeaderCell>
          <TableHeaderCell>Kind</TableHeaderCell>
          <TableHeaderCell>Where</TableHeaderCell>
          <TableHeaderCell>End date</TableHeaderCell>
          <TableHeaderCell>Status</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {credentials.map((c) => (
          <TableRow key={`${c.where}-${c.keyId}`}>
            <TableCell className={styles.text}>
              <Name name={c.name} />
            </TableCell>
            <TableCell>{c.usage ? `${KIND[c.kind]} (${c.usage})` : KIND[c.kind]}</TableCell>
            <TableCell>{WHERE[c.where]}</TableCell>
            <TableCell>{c.expires ? day(c.expires) : 'Never expires'}</TableCell>
            <TableCell>
              <Badge appearance="tint" color={STATUS[c.status].color}>
                {STATUS[c.status].label}
              </Badge>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function Credentials({ hygiene, known }: { hygiene: AppHygiene; known: boolean }) {
  const styles = useStyles();
  if (hygiene.credentials.length > 0) {
    return (
      <>
        <CredentialsTable credentials={hygiene.credentials} />
        {known ? null : <Caption1 className={styles.muted}>The app registration’s own credentials are not read yet (or could not be).</Caption1>}
      </>
    );
  }
  return known ? <Body1>This app has no secrets or certificates.</Body1> : <Spinner size="tiny" labelPosition="after" label="Reading credentials…" />;
}

/**
 * An app's hygiene for the access review: its secrets and certificates (the registration's and the service
 * principal's own) with their status, whether anyone owns it, its last sign-in (Graph's beta report) and the
 * "unused" verdict — as the shared rule judges them (src/permissions/hygiene.ts). A read that needs consent
 * (the console's permission was taken back since) shows one Grant access.
 */
export function AppHygieneSection({ detail }: { detail: AppDetail }) {
  const styles = useStyles();
  const headingId = useId();
  const rows = useMemo(
    (): InventoryRow[] => [{ sp: detail.sp, adminGrants: 0, consentingUsers: 0, appPermissions: 0, risk: detail.risk.tier }],
    [detail.sp, detail.risk.tier],
  );
  // The sign-in report only when the console holds its permission already: this page asks for the audit
  // log's permission once, in "Who granted this", not again here.
  const signIns = useHoldsSignInScope();
  const { byApp, consentNeeded, credentialsKnown } = useAppHygiene(rows, { applications: true, ownerless: true, signIns });
  const hygiene = byApp.get(detail.sp.id);
  if (!hygiene) return null;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <SectionHeading id={headingId}>Hygiene</SectionHeading>
      {consentNeeded ? <QueryError error={consentNeeded.error} operation={consentNeeded.operation} screenTitle="This app’s hygiene" /> : null}
      <Credentials hygiene={hygiene} known={credentialsKnown} />
      <dl className={styles.list}>
        <dt className={styles.term}>Owners</dt>
        <dd className={styles.value}>{ownersText(hygiene.owners)}</dd>
        <dt className={styles.term}>Last sign-in (beta report)</dt>
        <dd className={styles.value}>{signInText(hygiene.lastSignIn)}</dd>
        <dt className={styles.term}>Unused</dt>
        <dd className={styles.value}>
          {UNUSED_LABEL[hygiene.unused.state]}: {hygiene.unused.reason}
        </dd>
      </dl>
    </section>
  );
}
