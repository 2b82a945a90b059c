/**
 * One pending request: the app (name, publisher, verification), the risk of what it asks, the permissions
 * by API, who asked, why and when, who already consented to the app, and the Approve button behind the
 * roles half of the change gate (disabled, with the role that could, when the account's roles cannot).
 */
import { Body1, Button, makeStyles, tokens } from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { checkRole, GRAPH_APP_ROLE_WRITE } from '../../../auth/role-requirements';
import { useDirectoryRoles } from '../../../auth/use-directory-roles';
import { useTenantId } from '../../../auth/use-session';
import { useActionGate } from '../../../changes/confirm/action-gate';
import { appConsentQueryOptions, type AppConsentState } from '../../../graph/app-consent';
import type { PendingRequest } from '../../../graph/consent-requests';
import { useGraphClient } from '../../../graph/graph-client-context';
import { GraphError } from '../../../graph/graph-error';
import type { RiskRater } from '../../../permissions/grant-risk';
import type { ServicePrincipalInfo } from '../../../permissions/inventory';
import { AppName } from '../../../ui/app-name';
import { Loading } from '../../../ui/loading';
import { QueryError } from '../../../ui/query-error';
import { RiskBadge } from '../../../ui/risk-badge';
import { RouterLink } from '../../../ui/router-link';
import { SectionHeading } from '../../../ui/section-heading';
import { planApproval } from '../approval-plan';
import { resolvePendingScopes, type ResolvedScope } from '../pending-scopes';
import { existingConsent, requestersOf, requestRisk } from '../request-facts';
import { RequestedPermissions } from './requested-permissions';
import { Requesters } from './requesters';
import { READ_APP_PERMISSIONS } from '../../../graph/operations/applications';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    overflowWrap: 'anywhere',
  },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

interface RequestCardProps {
  request: PendingRequest;
  resources: readonly ServicePrincipalInfo[];
  rater: RiskRater;
  onApprove: (app: AppConsentState) => void;
}

export function RequestCard({ request, resources, rater, onApprove }: RequestCardProps) {
  const styles = useStyles();
  const headingId = useId();
  const graph = useGraphClient();
  const tenantId = useTenantId();
  const app = useQuery(appConsentQueryOptions(graph, request.appId));
  const scopes = resolvePendingScopes(request.pendingScopes, resources);
  const notInTenant = app.error instanceof GraphError && app.error.status === 404;

  return (
    <article className={styles.card} aria-labelledby={headingId}>
      <div className={styles.row}>
        <SectionHeading id={headingId}>
          {app.data ? (
            <AppName app={app.data.servicePrincipal} tenantId={tenantId} />
          ) : (
            <AppName app={{ displayName: request.appDisplayName }} tenantId={tenantId} publisher={false} />
          )}
        </SectionHeading>
        <RiskBadge {...requestRisk(scopes, rater)} />
      </div>
      <RequestedPermissions scopes={scopes} />
      <Requesters userRequests={request.userRequests} />
      {notInTenant ? (
        <Body1>
          The app has no service principal in this tenant yet, so no one has consented to it and the console cannot grant it anything: approve it in the
          Microsoft Entra admin center, which adds the app as it grants.
        </Body1>
      ) : app.isError ? (
        <QueryError error={app.error} operation={READ_APP_PERMISSIONS} screenTitle="This request" onRetry={() => void app.refetch()} />
      ) : !app.data ? (
        <Loading label="Reading who already consented to the app…" />
      ) : (
        <ApprovalSummary request={request} app={app.data} scopes={scopes} onApprove={() => onApprove(app.data)} />
      )}
    </article>
  );
}

function ApprovalSummary({
  request,
  app,
  scopes,
  onApprove,
}: {
  request: PendingRequest;
  app: AppConsentState;
  scopes: ResolvedScope[];
  onApprove: () => void;
}) {
  const styles = useStyles();
  const roles = useDirectoryRoles();
  const consent = existingConsent(app, request);
  // The gate of the least an approval can be: the delegated permissions asked for, for the people who asked.
  const plan = planApproval({
    client: app.servicePrincipal,
    grants: app.grants,
    assignments: app.assignments,
    scopes,
    audience: { kind: 'requesters', users: requestersOf(request.userRequests) },
  });
  const gate = useActionGate(plan.changes);
  const graphAppRoles = roles.known ? checkRole(GRAPH_APP_ROLE_WRITE, roles.templateIds) : undefined;
  const nothing = plan.changes.length === 0;

  return (
    <>
      <Body1>
        {consent.organization.length > 0
          ? `Consented for the whole organization: ${consent.organization.join(', ')}. `
          : 'No consent for the whole organization. '}
        {consent.users === 0 ? 'No user consented for themselves.' : `${consent.users} user${consent.users === 1 ? '' : 's'} consented for themselves`}
        {consent.requestersWithOwn.length > 0 ? ` (of those who asked: ${consent.requestersWithOwn.join(', ')}).` : consent.users > 0 ? '.' : ''}{' '}
        <RouterLink to={`/apps/${encodeURIComponent(app.servicePrincipal.id)}`}>Open the app</RouterLink>
      </Body1>
      {gate.note}
      {graphAppRoles && !graphAppRoles.allowed && !gate.reason ? (
        <Body1>Application permissions of Microsoft Graph cannot be approved with your roles: {graphAppRoles.reason}</Body1>
      ) : null}
      {nothing ? <Body1>Everyone who asked already holds every permission asked for: there is nothing to approve for them.</Body1> : null}
      <div className={styles.row}>
        <Button appearance="primary" {...gate.actionProps} onClick={onApprove}>
          Approve…
        </Button>
      </div>
    </>
  );
}
