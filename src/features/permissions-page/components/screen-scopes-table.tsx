import { Badge, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { useCurrentGraphToken } from '../../../auth/use-session';
import { missingScopes } from '../../../permissions/scopes';
import { RouterLink } from '../../../ui/router-link';
import { screenOperations, type ScreenInfo } from '../../../ui/screen-info';

/** For each screen: the permissions its Graph calls ask for, why, and whether the console holds them. */
export function ScreenScopesTable({ screens }: { screens: readonly ScreenInfo[] }) {
  const token = useCurrentGraphToken();
  const held = token.data?.scopes ?? [];
  const rows = screens.flatMap((screen) => screenOperations(screen).flatMap((operation) => operation.scopes.map((scope) => ({ screen, operation, scope }))));
  return (
    <Table aria-label="Permissions each screen asks for" size="small">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Screen</TableHeaderCell>
          <TableHeaderCell>Permission</TableHeaderCell>
          <TableHeaderCell>Why</TableHeaderCell>
          <TableHeaderCell>Status</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map(({ screen, operation, scope }) => {
          const granted = token.isSuccess && missingScopes([scope], held).length === 0;
          return (
            <TableRow key={`${screen.path}-${operation.name}-${scope}`}>
              <TableCell>
                <RouterLink to={screen.path}>{screen.title}</RouterLink>
              </TableCell>
              <TableCell>{scope}</TableCell>
              <TableCell>{operation.reason}</TableCell>
              <TableCell>
                {granted ? (
                  <Badge appearance="tint" color="success">
                    Granted
                  </Badge>
                ) : (
                  <Badge appearance="tint" color="subtle">
                    Not yet granted
                  </Badge>
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
