import { Body1, Button, Caption1, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useSearchParams } from 'react-router';
import { appConsentQueryOptions } from '../../../graph/app-consent';
import { useGraphClient } from '../../../graph/graph-client-context';
import { Loading } from '../../../ui/loading';
import { PageHeader } from '../../../ui/page-header';
import { QueryError } from '../../../ui/query-error';
import { RouterLink } from '../../../ui/router-link';
import { SectionHeading } from '../../../ui/section-heading';
import { AppPermissionsView } from '../components/app-permissions-view';
import { AppPicker } from '../components/app-picker';
import { isGuid } from '../../../graph/ids';
import { AdminConsentRoleNote } from './admin-consent-role-note';
import { StartAdminConsent } from './start-admin-consent';
import { isolate } from '../../../permissions/names';
import { READ_APP_PERMISSIONS } from '../../../graph/operations/applications';

const TITLE = 'Admin consent';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', flexWrap: 'wrap' },
  mono: { fontFamily: tokens.fontFamilyMonospace },
});

/** Choose an app (or come with ?appId=…), see what it holds, and grant admin consent for it. */
export function AdminConsentPage() {
  const [params, setParams] = useSearchParams();
  const appId = params.get('appId')?.trim() ?? '';

  return (
    <>
      <PageHeader
        title={TITLE}
        description="Grant an application tenant-wide consent: through Microsoft's admin-consent page, or directly through Microsoft Graph."
      />
      <AdminConsentRoleNote />
      {!appId ? (
        <AppPicker label="Application to consent to" screenTitle={TITLE} onPick={(sp) => setParams({ appId: sp.appId })} />
      ) : !isGuid(appId) ? (
        <MessageBar intent="error">
          <MessageBarBody>
            "{appId}" is not an application (client) id: it must be a GUID. <RouterLink to="/consent/admin">Choose an application</RouterLink>
          </MessageBarBody>
        </MessageBar>
      ) : (
        <ChosenApp appId={appId} onChange={() => setParams({})} />
      )}
    </>
  );
}

function ChosenApp({ appId, onChange }: { appId: string; onChange: () => void }) {
  const styles = useStyles();
  const headingId = useId();
  const graph = useGraphClient();
  const state = useQuery(appConsentQueryOptions(graph, appId));
  const appName = state.data?.servicePrincipal.displayName;
  return (
    <>
      <section className={styles.section} aria-labelledby={headingId}>
        <SectionHeading id={headingId}>{appName !== undefined ? `${isolate(appName)}: granted now` : 'Granted now'}</SectionHeading>
        <div className={styles.row}>
          <Caption1>
            Application (client) id <span className={styles.mono}>{appId}</span>
          </Caption1>
          <Button size="small" onClick={onChange}>
            Choose another application
          </Button>
          <RouterLink to={`/consent/grant?appId=${encodeURIComponent(appId)}`}>Grant through Microsoft Graph instead</RouterLink>
        </div>
        {state.isPending ? <Loading label="Reading what the application holds…" /> : null}
        {state.isError ? (
          <>
            <QueryError error={state.error} operation={READ_APP_PERMISSIONS} screenTitle={TITLE} onRetry={() => void state.refetch()} />
            <Body1>You can still open the admin consent page below without this overview.</Body1>
          </>
        ) : null}
        {state.data ? <AppPermissionsView state={state.data} /> : null}
      </section>
      <StartAdminConsent appId={appId} appName={appName} />
    </>
  );
}
