import {
  Body1,
  Caption1,
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
import { CheckmarkCircleRegular, ErrorCircleRegular, InfoRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import { RouterLink } from '../../../ui/router-link';
import type { Cause, Verdict } from '../engine/types';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  title: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, margin: 0 },
  value: { fontFamily: tokens.fontFamilyMonospace, wordBreak: 'break-all' },
  detail: { display: 'block', color: tokens.colorNeutralForeground2, fontFamily: tokens.fontFamilyMonospace, wordBreak: 'break-all' },
  label: { width: '240px' },
});

const OK = new Set(['allowed']);
const NEUTRAL = new Set(['not-authorization', 'throttled', 'unknown-api']);
/** Causes whose answer lies in the tenant's consent policy: who may consent to what decides 90094 vs a consent page. */
const CONSENT_CAUSES: ReadonlySet<Cause> = new Set<Cause>(['needs-admin-consent', 'scope-not-consented', 'consented-by-other-users-only']);

/** The cause in words, its evidence (claim, grant, role) and the least-privileged permission. */
export function VerdictView({ verdict, children }: { verdict: Verdict; children?: ReactNode }) {
  const styles = useStyles();
  const Icon = OK.has(verdict.cause) ? CheckmarkCircleRegular : NEUTRAL.has(verdict.cause) ? InfoRegular : ErrorCircleRegular;
  return (
    <div className={styles.root} role="status" aria-label="Verdict">
      <Subtitle2 as="h3" className={styles.title}>
        <Icon aria-hidden />
        {verdict.title}
      </Subtitle2>
      <Body1>{verdict.explanation}</Body1>
      {verdict.leastPrivileged ? (
        <Body1>
          Least-privileged permission to ask for: <strong>{verdict.leastPrivileged}</strong>
        </Body1>
      ) : null}
      {CONSENT_CAUSES.has(verdict.cause) ? (
        <Body1>
          Whether a user gets a consent page or “Need admin approval” (AADSTS90094) depends on your tenant’s consent policy:{' '}
          <RouterLink to="/policy#policy-check">Can this user consent?</RouterLink>
        </Body1>
      ) : null}
      <Table aria-label="Evidence" size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.label}>Evidence</TableHeaderCell>
            <TableHeaderCell>Value</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {verdict.evidence.map((e, i) => (
            <TableRow key={`${e.label}-${i}`}>
              <TableCell>{e.label}</TableCell>
              <TableCell>
                <span className={styles.value}>{e.value}</span>
                {e.detail ? <Caption1 className={styles.detail}>{e.detail}</Caption1> : null}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {children}
    </div>
  );
}
