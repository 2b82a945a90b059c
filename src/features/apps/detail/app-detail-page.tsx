import { Body1, Button, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { DeleteRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useTenantId } from '../../../auth/use-session';
import { Loading } from '../../../ui/loading';
import { PageHeader } from '../../../ui/page-header';
import { RouterLink } from '../../../ui/router-link';
import { useInventory } from '../api/use-inventory';
import { InventoryError, InventoryReadGate } from '../components/inventory-read-gate';
import { ChangeDialog } from '../../../changes/confirm/change-dialog';
import { useChangeRoleCheck } from '../../../changes/confirm/use-change-gate';
import type { Change } from '../../../changes/changes';
import type { ActionRequest } from './action-request';
import { buildAppDetail, isGraphPermission, revokeAppRoleChange, revokeEverythingChanges, revokeGrantChange } from './app-detail-model';
import { AppPermissionsSection } from './app-permissions-section';
import { AppHygieneSection } from './app-hygiene-section';
import { AppSummary } from './app-summary';
import { DelegatedGrantsSection } from './delegated-grants-section';
import { useAppProvenance } from './use-app-provenance';
import { WhoGrantedSection } from './who-granted-section';
import { isolate } from '../../../permissions/names';
import { isGuid } from '../../../graph/ids';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

const PURPOSE = 'What this application may do in your tenant, who allowed it, and how to take it away.';

/** The header before the application is known (roles checked, inventory loading or failed): its id, and the way back. */
function PendingHeader({ id }: { id: string }) {
  return (
    <div>
      <RouterLink to="/apps">All applications</RouterLink>
      <PageHeader title="Application" description={isGuid(id) ? `Object ID ${id}. ${PURPOSE}` : PURPOSE} />
    </div>
  );
}

/** /apps/:id — reads the inventory only when the account's directory roles may. */
export function AppDetailPage() {
  const styles = useStyles();
  const id = useParams().id ?? '';
  return (
    <InventoryReadGate className={styles.page} fallbackHeader={<PendingHeader id={id} />}>
      <AppDetail />
    </InventoryReadGate>
  );
}

function AppDetail() {
  const styles = useStyles();
  const id = useParams().id ?? '';
  const tenantId = useTenantId();
  const { inventory, users, catalog } = useInventory();
  // Read after the inventory, and before the early returns below (a hook).
  const provenance = useAppProvenance(id, inventory.data);
  const checkRoles = useChangeRoleCheck();
  /** Why the account's roles may not make these changes (from their kinds); undefined when they may, or while the roles load. */
  const blockedBy = (changes: readonly Change[]) => {
    const check = checkRoles(changes);
    return check && !check.allowed ? check.reason : undefined;
  };
  const [request, setRequest] = useState<ActionRequest | null>(null);
  const back = <RouterLink to="/apps">All applications</RouterLink>;

  if (!isGuid(id)) {
    return (
      <div className={styles.page}>
        <PageHeader
          title="Application not found"
          description={
            <>
              “{id}” is not an application object ID (a GUID). {back}
            </>
          }
        />
      </div>
    );
  }
  if (inventory.isError || !inventory.data) {
    return (
      <div className={styles.page}>
        <PendingHeader id={id} />
        {inventory.isError ? (
          <InventoryError error={inventory.error} screenTitle="The application screen" onRetry={() => void inventory.refetch()} />
        ) : (
          <Loading label="Loading the application…" />
        )}
      </div>
    );
  }
  const detail = buildAppDetail(id, { inventory: inventory.data, catalog: catalog.data, users: users.data });
  if (!detail) {
    return (
      <div className={styles.page}>
        <PageHeader
          title="Application not found"
          description={
            <>
              No application with object ID {id} exists in this tenant. {back}
            </>
          }
        />
      </div>
    );
  }

  const grantBlocked = blockedBy(detail.resources.flatMap((resource) => resource.grants.map(revokeGrantChange)));
  // Microsoft Graph's own app roles need a stronger role than other APIs': their reason is said beside their rows.
  const appRoleBlocked = blockedBy(detail.appPermissions.filter((p) => !isGraphPermission(p)).map(revokeAppRoleChange));
  const graphAppRoleBlocked = blockedBy(detail.appPermissions.filter(isGraphPermission).map(revokeAppRoleChange));
  const everything = revokeEverythingChanges(detail);
  const everythingBlocked = blockedBy(everything);

  return (
    <div className={styles.page}>
      <div>
        {back}
        <PageHeader title={detail.sp.displayName || '(no name)'} description={PURPOSE} />
        <AppSummary detail={detail} tenantId={tenantId} />
      </div>
      {grantBlocked || appRoleBlocked || graphAppRoleBlocked ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            {[...new Set([grantBlocked, appRoleBlocked ?? graphAppRoleBlocked].filter(Boolean))].join(' ')} The actions you cannot take are disabled.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {users.isError ? <Body1>User names could not be read: user-consented grants show the user’s ID.</Body1> : null}
      <div className={styles.actions}>
        <Button
          icon={<DeleteRegular aria-hidden />}
          disabledFocusable={everything.length === 0 || Boolean(everythingBlocked)}
          title={everything.length === 0 ? 'This app holds nothing to revoke.' : everythingBlocked}
          onClick={() =>
            setRequest({ title: `Revoke everything for ${isolate(detail.sp.displayName)}`, confirmLabel: 'Revoke everything', changes: everything })
          }
        >
          Revoke everything
        </Button>
      </div>
      <WhoGrantedSection provenance={provenance} />
      <DelegatedGrantsSection resources={detail.resources} disabledReason={grantBlocked} provenance={provenance.lines} onAction={setRequest} />
      <AppPermissionsSection
        permissions={detail.appPermissions}
        disabledReason={appRoleBlocked}
        graphDisabledReason={graphAppRoleBlocked}
        provenance={provenance.lines}
        onAction={setRequest}
      />
      <AppHygieneSection detail={detail} />
      {request ? <ChangeDialog {...request} onClose={() => setRequest(null)} /> : null}
    </div>
  );
}
