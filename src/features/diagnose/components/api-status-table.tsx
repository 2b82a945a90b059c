import { Body1, makeStyles, Spinner, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from '@fluentui/react-components';
import { CheckmarkCircleRegular, LockClosedRegular, PersonKeyRegular, ShieldKeyholeRegular } from '@fluentui/react-icons';
import { useQuery } from '@tanstack/react-query';
import { useHeldScopes } from '../../../auth/held-scopes';
import { useCurrentGraphToken } from '../../../auth/use-session';
import type { GraphOperation } from '../../../graph/operation';
import { permissionCatalogQueryOptions } from '../../../permissions/catalog';
import { screenOperations, type ScreenInfo } from '../../../ui/screen-info';
import { API_STATUS_LABEL, apiStatus, type ApiStatus } from '../engine/api-status';
import { READ_CLIENT_GRANTS } from '../../../graph/operations/grants';

const ICON: Record<ApiStatus, typeof CheckmarkCircleRegular> = {
  works: CheckmarkCircleRegular,
  'needs-consent': ShieldKeyholeRegular,
  'needs-role': PersonKeyRegular,
  'needs-admin-consent': LockClosedRegular,
};

const useStyles = makeStyles({
  status: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  mono: { fontFamily: tokens.fontFamilyMonospace },
});

function operationsOf(screens: readonly ScreenInfo[]): { screen: string; operation: GraphOperation }[] {
  const rows = screens.flatMap((s) => screenOperations(s).map((operation) => ({ screen: s.title, operation })));
  rows.push({ screen: 'Diagnose', operation: READ_CLIENT_GRANTS });
  const seen = new Set<string>();
  return rows.filter((r) => (seen.has(r.operation.name) ? false : (seen.add(r.operation.name), true)));
}

/** Every Graph operation the console uses, and whether it works for the signed-in account now. */
export function ApiStatusTable({ screens }: { screens: readonly ScreenInfo[] }) {
  const token = useCurrentGraphToken();
  const catalog = useQuery(permissionCatalogQueryOptions());
  if (token.isPending) return <Spinner size="tiny" label="Reading the console's token…" />;
  if (token.isError) return <Body1>The console's token could not be read: sign in again.</Body1>;
  const isAdminOnly = (scope: string) => catalog.data?.delegated(scope)?.isAdmin;
  return (
    <Table aria-label="Status of the console's APIs" size="small">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Screen</TableHeaderCell>
          <TableHeaderCell>Operation</TableHeaderCell>
          <TableHeaderCell>Permission</TableHeaderCell>
          <TableHeaderCell>Status</TableHeaderCell>
          <TableHeaderCell>Why</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {operationsOf(screens).map(({ screen, operation }) => (
          <ApiStatusRow key={operation.name} screen={screen} operation={operation} token={token.data} isAdminOnly={isAdminOnly} />
        ))}
      </TableBody>
    </Table>
  );
}

interface ApiStatusRowProps {
  screen: string;
  operation: GraphOperation;
  token: { scopes: readonly string[]; roleTemplateIds: readonly string[] };
  isAdminOnly: (scope: string) => boolean | undefined;
}

/** One operation: its scopes count as held when a token for them is obtainable silently (granted since the token was issued). */
function ApiStatusRow({ screen, operation, token, isAdminOnly }: ApiStatusRowProps) {
  const styles = useStyles();
  const held = useHeldScopes(operation.scopes);
  const scopes = held.state === 'held' ? [...token.scopes, ...operation.scopes] : token.scopes;
  const row = apiStatus(operation.scopes, scopes, token.roleTemplateIds, isAdminOnly);
  const Icon = ICON[row.status];
  return (
    <TableRow>
      <TableCell>{screen}</TableCell>
      <TableCell>{operation.name}</TableCell>
      <TableCell className={styles.mono}>{operation.scopes.join(', ')}</TableCell>
      <TableCell>
        <span className={styles.status}>
          <Icon aria-hidden />
          {held.state === 'unknown' ? 'Checking…' : API_STATUS_LABEL[row.status]}
        </span>
      </TableCell>
      <TableCell>{row.detail}</TableCell>
    </TableRow>
  );
}
