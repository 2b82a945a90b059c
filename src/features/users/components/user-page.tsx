import { Body1, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useParams } from 'react-router';
import { ConsentRequiredError } from '../../../auth/consent-required-error';
import { ChangeDialog } from '../../../activity/confirm/change-dialog';
import { APP_ROLE_ASSIGNMENT_WRITE, checkRole, GRANT_WRITE } from '../../../auth/role-requirements';
import { useDirectoryRoles } from '../../../auth/use-directory-roles';
import { GET_USER } from '../../../graph/get-user';
import { READ_CONSENT_EVENTS } from '../../../graph/list-user-consent-events';
import { READ_USER_GRANTS } from '../../../graph/list-user-grants';
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

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXL },
});

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UPN = /^[^@\s/]+@[^@\s/]+$/;
const SCREEN = 'The user’s apps';

/** /users/:id — one user's authorized apps, and revoking them. */
export function UserPage() {
  const { id = '' } = useParams();
  if (!GUID.test(id) && !UPN.test(id)) {
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
  const apps = useUserAuthorizations(userId);
  const events = useConsentEvents(userId, apps.isSuccess);
  const roles = useDirectoryRoles();
  const grantCheck = roles.known ? checkRole(GRANT_WRITE, roles.templateIds) : undefined;
  const appRoleCheck = roles.known ? checkRole(APP_ROLE_ASSIGNMENT_WRITE, roles.templateIds) : undefined;
  const [revoking, setRevoking] = useState<AppAccessRow | null>(null);
  const [removingRole, setRemovingRole] = useState<AppRoleRow | null>(null);

  if (user.isPending) return <Loading label="Loading user…" />;
  if (user.isError) {
    return <QueryError error={user.error} operation={GET_USER} screenTitle={SCREEN} onRetry={() => void user.refetch()} />;
  }
  return (
    <div className={styles.page}>
      <div>
        <RouterLink to="/users">← Users</RouterLink>
        <PageHeader title={name} description={`${user.data.userPrincipalName ?? ''} · the apps this user authorized, and those that reach them through admin consent.`} />
      </div>
      {apps.isPending ? <Loading label="Loading the user’s apps…" /> : null}
      {apps.isError ? (
        <QueryError error={apps.error} operation={READ_USER_GRANTS} screenTitle={SCREEN} onRetry={() => void apps.refetch()} />
      ) : null}
      {apps.isSuccess ? (
        <>
          <OwnConsentsSection
            rows={apps.data.own}
            userName={name}
            events={events.data}
            eventsStatus={events.status}
            grantCheck={grantCheck}
            onRevoke={setRevoking}
          />
          {events.error instanceof ConsentRequiredError ? (
            <QueryError error={events.error} operation={READ_CONSENT_EVENTS} screenTitle="Consent dates" />
          ) : events.isError ? (
            <Body1>Consent dates are not shown: the audit log could not be read ({events.error.message}).</Body1>
          ) : null}
          <TenantWideSection rows={apps.data.tenantWide} userName={name} />
          <AppRolesSection rows={apps.data.appRoles} userName={name} roleCheck={appRoleCheck} onRemove={setRemovingRole} />
        </>
      ) : null}
      {revoking && userId ? (
        <RevokeDialog row={revoking} user={{ id: userId, name }} roleTemplateIds={roles.templateIds} onClose={() => setRevoking(null)} />
      ) : null}
      {removingRole ? (
        <ChangeDialog
          title={`Remove ${removingRole.roleName} from ${name}`}
          confirmLabel="Remove"
          changes={[appRoleRemoval(removingRole, name)]}
          aftermath={`Tokens already issued to ${name} keep this role until they expire (usually within an hour).`}
          onClose={() => setRemovingRole(null)}
        />
      ) : null}
    </div>
  );
}
