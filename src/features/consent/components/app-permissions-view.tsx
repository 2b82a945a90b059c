import { Caption1, makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from '@fluentui/react-components';
import type { AppConsentState } from '../../../graph/app-consent';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  mono: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** What an application holds: its delegated grants and its application permissions, by API. */
export function AppPermissionsView({ state }: { state: AppConsentState }) {
  const styles = useStyles();
  const name = state.servicePrincipal.displayName;
  const resourceName = (id: string) => state.resources[id]?.displayName ?? id;
  const roleOf = (resourceId: string, appRoleId: string) => state.resources[resourceId]?.appRoles?.find((r) => r.id === appRoleId);
  const adminGrants = state.grants.filter((g) => g.consentType === 'AllPrincipals');
  const userGrants = state.grants.length - adminGrants.length;

  return (
    <div className={styles.root}>
      <Table aria-label={`Delegated permissions granted to ${name} for all users`} size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>API</TableHeaderCell>
            <TableHeaderCell>Delegated permissions (admin consent, all users)</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {adminGrants.length === 0 ? (
            <TableRow>
              <TableCell colSpan={2}>No delegated permission was granted for all users.</TableCell>
            </TableRow>
          ) : (
            adminGrants.map((grant) => (
              <TableRow key={grant.id}>
                <TableCell>{resourceName(grant.resourceId)}</TableCell>
                <TableCell className={styles.mono}>{grant.scope}</TableCell>
              </TableRow>
            ))
          )}
        </TableBody>
      </Table>
      {userGrants > 0 ? (
        <Caption1 className={styles.muted}>
          Also {userGrants} per-user consent{userGrants === 1 ? '' : 's'} (users who consented for themselves).
        </Caption1>
      ) : null}
      <Table aria-label={`Application permissions of ${name}`} size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>API</TableHeaderCell>
            <TableHeaderCell>Application permission</TableHeaderCell>
            <TableHeaderCell>Description</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {state.assignments.length === 0 ? (
            <TableRow>
              <TableCell colSpan={3}>No application permission is assigned.</TableCell>
            </TableRow>
          ) : (
            state.assignments.map((assignment) => {
              const role = roleOf(assignment.resourceId, assignment.appRoleId);
              return (
                <TableRow key={assignment.id}>
                  <TableCell>{assignment.resourceDisplayName ?? resourceName(assignment.resourceId)}</TableCell>
                  <TableCell className={styles.mono}>{role?.value ?? assignment.appRoleId}</TableCell>
                  <TableCell>{role?.displayName ?? ''}</TableCell>
                </TableRow>
              );
            })
          )}
        </TableBody>
      </Table>
    </div>
  );
}
