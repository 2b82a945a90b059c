import { Body1, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useParams } from 'react-router';
import { ConsentRequiredError } from '../../../auth/consent-required-error';
import { ChangeDialog } from '../../../changes/confirm/change-dialog';
import { GraphError } from '../../../graph/graph-error';
import { Loading } from '../../../ui/loading';
import { PageHeader } from '../../../ui/page-header';
import { QueryError } from '../../../ui/query-error';
import { RouterLink } from '../../../ui/router-link';
import { useConsentEvents } from '../api/use-consent-events';
import { useUser } from '../api/use-user';
import { useUserAuthorizations } from '../api/use-user-authorizations';
import { appRoleRemoval, type AppAccessRow, type AppRoleRow } from '../user-apps';
import { AppRolesSection } from './app-roles-section';
import { OwnConsentsSection } from './own-consents-section';
import { RevokeDialog } from './revoke-dialog';
import { TenantWideSection } from './tenant-wide-section';
import { useUserReadGates } from './use-user-read-gates';
import { isGuid } from '../../../graph/ids';
import { GET_USER, READ_CONSENT_EVENTS } from '../../../graph/operations/users';
import { READ_USER_GRANTS as READ_USER_APPS } from '../../../graph/operations/grants';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXL },
});

const UPN = /^[^@\s/]+@[^@\s/]+$/;
// Slotted into sentences such as "… needs a permission the console does not hold yet": singular.
const SCREEN = 'The user page';

/** /users/:id — one user's authorized apps, and revoking them. */
export function UserPage() {
  const { id = '' } = useParams();
  if (!isGuid(id) && !UPN.test(id)) {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Not a user id</MessageBarTitle>“{id}” is neither a user object id (a GUID) nor a user principal name.{' '}
          <RouterLink to="/users">Search users</RouterLink>
        </MessageBarBody>
      </MessageBar>
    );
  }
  return <UserApps key={id} idOrUpn={id} />;
}

function UserApps({ idOrUpn }: { idOrUpn: string }) {
  const styles = useStyles();
  const user = useUser(idOrUpn);
  const userId = user.data?.id ?? undefined;
  const name = user.data?.displayName ?? user.data?.userPrincipalName ?? idOrUpn;
  const gates = useUserReadGates();
  const apps = useUserAuthorizations(userId, gates.reads);
  const ownReadable = apps.isSuccess && !gates.unreadable('userGrants', apps.data.refused.userGrants);
  const events = useConsentEvents(userId, ownReadable && gates.auditAllowed);
  const auditRefused = events.error instanceof GraphError && events.error.status === 403 ? events.error : undefined;
  const datesNote = ownReadable && apps.data.own.length > 0 ? gates.auditUnreadable(auditRefused) : undefined;
  const [revoking, setRevoking] = useState<AppAccessRow | null>(null);
  const [removingRole, setRemovingRole] = useState<AppRoleRow | null>(null);

  // The header stays while the user loads or fails: the id or user principal name from the address, and the way back.
  const header = (
    <div>
      <RouterLink to="/users">← Users</RouterLink>
      <PageHeader
        title={name}
        description={`${user.data?.userPrincipalName ? `${user.data.userPrincipalName} · ` : ''}The apps this user authorized, and those that reach them through admin consent.`}
      />
    </div>
  );
  if (!user.isSuccess) {
    return (
      <div className={styles.page}>
        {header}
        {user.isError ? (
          <QueryError error={user.error} operation={GET_USER} screenTitle={SCREEN} onRetry={() => void user.refetch()} />
        ) : (
          <Loading label="Loading user…" />
        )}
      </div>
    );
  }
  return (
    <div className={styles.page}>
      {header}
      {apps.isPending ? <Loading label="Loading the user’s apps…" /> : null}
      {apps.isError ? <QueryError error={apps.error} operation={READ_USER_APPS} screenTitle={SCREEN} onRetry={() => void apps.refetch()} /> : null}
      {apps.isSuccess && userId ? (
        <>
          <OwnConsentsSection
            rows={apps.data.own}
            user={{ id: userId, name }}
            events={events.data?.events}
            eventsStatus={gates.auditAllowed ? events.status : 'unreadable'}
            unreadable={gates.unreadable('userGrants', apps.data.refused.userGrants)}
            onRevoke={setRevoking}
          />
          {datesNote ? (
            datesNote
          ) : events.error instanceof ConsentRequiredError ? (
            <QueryError error={events.error} operation={READ_CONSENT_EVENTS} screenTitle="Showing consent dates" />
          ) : events.isError ? (
            <Body1>Consent dates are not shown: the audit log could not be read ({events.error.message}).</Body1>
          ) : events.data?.truncated ? (
            <Body1>Consent dates come from the newest audit events only: the user has more than the console reads.</Body1>
          ) : null}
          <TenantWideSection rows={apps.data.tenantWide} userName={name} unreadable={gates.unreadable('tenantWide', apps.data.refused.tenantWide)} />
          <AppRolesSection
            rows={apps.data.appRoles}
            user={{ id: userId, name }}
            unreadable={gates.unreadable('appRoles', apps.data.refused.appRoles)}
            onRemove={setRemovingRole}
          />
        </>
      ) : null}
      {revoking && userId ? <RevokeDialog row={revoking} user={{ id: userId, name }} onClose={() => setRevoking(null)} /> : null}
      {removingRole && userId ? (
        <ChangeDialog
          title={`Remove ${removingRole.roleName} from ${name}`}
          confirmLabel="Remove"
          changes={[appRoleRemoval(removingRole, { id: userId, name })]}
          aftermath={`Tokens already issued to ${name} keep this role until they expire (typically 60–90 minutes).`}
          onClose={() => setRemovingRole(null)}
        />
      ) : null}
    </div>
  );
}
