import { Body1, Caption1, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { useLocation } from 'react-router';
import { AuthErrorMessage } from '../../../ui/auth-error-message';
import { Loading } from '../../../ui/loading';
import { PageHeader } from '../../../ui/page-header';
import { QueryError } from '../../../ui/query-error';
import { RouterLink } from '../../../ui/router-link';
import { SectionHeading } from '../../../ui/section-heading';
import { AppPermissionsView } from '../components/app-permissions-view';
import { checkAdminConsentState, STATE_PROBLEM, type AdminConsentRequestRecord } from '../../../auth/admin-consent-request';
import { ConsentChanges } from './consent-changes';
import { firstLine, parseAdminConsentResult } from './consent-result';
import { describeGranted, grantedPermissions } from './granted-permissions';
import { useAdminConsentOutcome } from './use-admin-consent-outcome';
import { Name } from '../../../ui/app-name';
import { READ_APP_PERMISSIONS } from '../../../graph/operations/applications';

const TITLE = 'Admin consent result';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '900px' },
  mono: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere' },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  detail: { color: tokens.colorNeutralForeground2 },
});

/**
 * Where Microsoft's admin-consent page returns (not MSAL's redirect: the answer is in the query string and
 * MSAL reads only the fragment). The answer is believed only when its state matches this tab's request.
 */
export function AdminConsentResultPage() {
  const location = useLocation();
  // Checked once per mount; a render React discards (a suspense) may check again, and gets the same verdict.
  const [outcome] = useState(() => {
    const result = parseAdminConsentResult(location.search);
    return { result, check: result.kind === 'empty' ? null : checkAdminConsentState(result.state) };
  });
  const { result, check } = outcome;

  return (
    <>
      <PageHeader title={TITLE} />
      {result.kind === 'empty' || !check ? (
        <Body1>
          There is no admin consent answer in this address. <RouterLink to="/consent/admin">Start admin consent</RouterLink>
        </Body1>
      ) : !check.ok ? (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>Admin consent response refused</MessageBarTitle>
            {STATE_PROBLEM[check.reason]} Nothing was read or changed. <RouterLink to="/consent/admin">Start admin consent again</RouterLink>
          </MessageBarBody>
        </MessageBar>
      ) : result.kind === 'error' ? (
        <ConsentFailed request={check.request} explanation={result.explanation} description={result.description} />
      ) : (
        <ConsentGranted request={check.request} scopes={result.scopes} tenant={result.tenant} />
      )}
    </>
  );
}

function ConsentFailed({
  request,
  explanation,
  description,
}: {
  request: AdminConsentRequestRecord;
  explanation: Parameters<typeof AuthErrorMessage>[0]['explanation'];
  description: string | null;
}) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-label="Admin consent not granted">
      <AuthErrorMessage explanation={explanation} />
      <Body1>
        Admin consent for{' '}
        <strong>
          <Name name={request.appName} />
        </strong>{' '}
        was not granted; nothing changed in the tenant.
      </Body1>
      {description ? (
        <Caption1>
          Microsoft said: <span className={styles.mono}>{firstLine(description)}</span>
        </Caption1>
      ) : null}
      <RouterLink to={`/consent/admin?appId=${encodeURIComponent(request.appId)}`}>
        Back to admin consent for <Name name={request.appName} />
      </RouterLink>
    </section>
  );
}

function ConsentGranted({ request, scopes, tenant }: { request: AdminConsentRequestRecord; scopes: string[]; tenant: string | null }) {
  const styles = useStyles();
  const headingId = useId();
  const outcome = useAdminConsentOutcome(request, scopes);
  const granted = grantedPermissions(scopes, outcome.data);
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <MessageBar intent="success" role="status" layout="multiline">
        <MessageBarBody className={styles.body}>
          <MessageBarTitle>Admin consent granted</MessageBarTitle>
          <span>
            <Name name={request.appName} /> was granted{' '}
            {granted.from === 'configured' ? 'the permissions its registration configures' : describeGranted(granted.apis)} for everyone in the organization
            {granted.from === 'configured' && outcome.isPending ? ' (reading which…)' : '.'}
          </span>
          <Caption1 className={styles.detail}>
            Requested scope: <span className={styles.mono}>{scopes.join(' ') || request.scope}</span>
            {tenant ? (
              <>
                {' '}
                · tenant <span className={styles.mono}>{tenant}</span>
              </>
            ) : null}
          </Caption1>
        </MessageBarBody>
      </MessageBar>
      {outcome.isPending ? <Loading label="Reading the grants again (the directory may take a few seconds to show the consent)…" /> : null}
      {outcome.isError ? (
        <QueryError error={outcome.error} operation={READ_APP_PERMISSIONS} screenTitle={TITLE} onRetry={() => void outcome.refetch()} />
      ) : null}
      {outcome.data ? <ConsentChanges request={request} outcome={outcome.data} /> : null}
      <SectionHeading id={headingId}>
        What <Name name={request.appName} /> holds now
      </SectionHeading>
      {outcome.data ? <AppPermissionsView state={outcome.data.state} /> : null}
      <RouterLink to={`/consent/admin?appId=${encodeURIComponent(request.appId)}`}>
        Back to admin consent for <Name name={request.appName} />
      </RouterLink>
    </section>
  );
}
