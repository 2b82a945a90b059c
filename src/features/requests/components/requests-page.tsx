/**
 * /requests — the admin consent requests inbox: the workflow's settings, then each pending request with
 * the app, the risk of what it asks, who asked and why, who already consented, and whether your roles may
 * approve it. Approving opens the one change dialog with the audience and the permissions to choose.
 */
import { Body1, makeStyles, tokens } from '@fluentui/react-components';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { READ_CONSENT_REQUESTS_ROLES } from '../../../auth/role-requirements';
import { useReadAccess } from '../../../auth/use-directory-roles';
import { servicePrincipalsWithPermissionsQueryOptions, type AppConsentState } from '../../../graph/app-consent';
import { consentRequestKeys, pendingRequestsQueryOptions, type PendingRequest } from '../../../graph/consent-requests';
import { useGraphClient } from '../../../graph/graph-client-context';
import { permissionCatalogQueryOptions } from '../../../permissions/catalog';
import { riskRater } from '../../../permissions/grant-risk';
import { Loading } from '../../../ui/loading';
import { PageHeader } from '../../../ui/page-header';
import { QueryError } from '../../../ui/query-error';
import { RoleRequiredNote } from '../../../ui/role-required-note';
import { ApproveDialog } from './approve-dialog';
import { GraphCannotDecide } from './graph-cannot-decide';
import { RequestAftermath } from './request-aftermath';
import { RequestCard } from './request-card';
import { WorkflowSettings } from './workflow-settings';
import { READ_CONSENT_REQUESTS } from '../../../graph/operations/consent-requests';

export const REQUESTS_TITLE = 'Requests';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXL },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, margin: 0, padding: 0, listStyleType: 'none' },
  muted: { color: tokens.colorNeutralForeground2, maxWidth: '80ch' },
});

export function RequestsPage() {
  const styles = useStyles();
  const graph = useGraphClient();
  const queryClient = useQueryClient();
  const access = useReadAccess([READ_CONSENT_REQUESTS_ROLES]);
  const requests = useQuery({ ...pendingRequestsQueryOptions(graph), enabled: access.state === 'allowed' });
  const sps = useQuery(servicePrincipalsWithPermissionsQueryOptions(graph));
  const catalog = useQuery(permissionCatalogQueryOptions());
  const rater = useMemo(() => riskRater(catalog.data), [catalog.data]);
  const [approving, setApproving] = useState<{ request: PendingRequest; app: AppConsentState } | null>(null);
  const [approved, setApproved] = useState<PendingRequest | null>(null);
  const error = requests.error ?? sps.error;

  return (
    <div className={styles.page}>
      <PageHeader
        title={REQUESTS_TITLE}
        description="Users who meet “Need admin approval” can ask an administrator for the app. Approve a request for the whole organization, for just the people who asked, or for a group — with all or some of the permissions — after a preview of exactly what is granted."
      />
      <Body1 className={styles.muted}>
        <GraphCannotDecide />
      </Body1>
      {approved ? <RequestAftermath key={approved.id} requestId={approved.id} appName={approved.appDisplayName} onDismiss={() => setApproved(null)} /> : null}
      <WorkflowSettings />
      {access.state === 'denied' ? (
        <RoleRequiredNote notes={access.notes} />
      ) : error ? (
        <QueryError
          error={error}
          operation={READ_CONSENT_REQUESTS}
          screenTitle="The requests inbox"
          onRetry={() => {
            void requests.refetch();
            void sps.refetch();
          }}
        />
      ) : !requests.data || !sps.data ? (
        <Loading label="Reading the admin consent requests…" />
      ) : requests.data.length === 0 ? (
        <Body1>No request is waiting: no user has asked for an app since the last decisions.</Body1>
      ) : (
        <ul className={styles.list} aria-label="Pending admin consent requests">
          {requests.data.map((request) => (
            <li key={request.id}>
              <RequestCard request={request} resources={sps.data} rater={rater} onApprove={(app) => setApproving({ request, app })} />
            </li>
          ))}
        </ul>
      )}
      {approving && sps.data ? (
        <ApproveDialog
          request={approving.request}
          app={approving.app}
          resources={sps.data}
          onClose={() => setApproving(null)}
          onSettled={() => {
            setApproved(approving.request);
            void queryClient.invalidateQueries({ queryKey: consentRequestKeys.all() });
          }}
        />
      ) : null}
    </div>
  );
}
