import {
  Caption1,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import type { InventoryRow } from '../../../permissions/inventory';
import { RiskBadge } from '../../../ui/risk-badge';
import { RouterLink } from '../../../ui/router-link';
import type { SortDirection, SortKey } from '../list/list-params';
import { PublisherLabel } from './publisher-label';

const useStyles = makeStyles({
  name: { display: 'flex', flexDirection: 'column', overflowWrap: 'anywhere', paddingBlock: tokens.spacingVerticalXS },
  mono: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground2 },
  number: { textAlign: 'end' },
  narrow: { width: '120px' },
  risk: { width: '140px' },
});

const COLUMNS: { key: SortKey; label: string; numeric?: boolean }[] = [
  { key: 'name', label: 'Name' },
  { key: 'publisher', label: 'Publisher' },
  { key: 'adminGrants', label: 'Admin consents', numeric: true },
  { key: 'users', label: 'Users consented', numeric: true },
  { key: 'appPermissions', label: 'Application permissions', numeric: true },
  { key: 'risk', label: 'Highest risk' },
];

const ARIA_SORT: Record<SortDirection, 'ascending' | 'descending'> = { asc: 'ascending', desc: 'descending' };

interface AppsTableProps {
  rows: readonly InventoryRow[];
  tenantId: string;
  sort: SortKey;
  direction: SortDirection;
  onSort: (key: SortKey) => void;
}

/** One row per application; every column header is a sort button. */
export function AppsTable({ rows, tenantId, sort, direction, onSort }: AppsTableProps) {
  const styles = useStyles();
  return (
    <Table aria-label="Applications" size="small" sortable>
      <TableHeader>
        <TableRow>
          {COLUMNS.map((column) => (
            <TableHeaderCell
              key={column.key}
              className={column.key === 'risk' ? styles.risk : column.numeric ? styles.narrow : undefined}
              sortDirection={sort === column.key ? ARIA_SORT[direction] : undefined}
              onClick={() => onSort(column.key)}
            >
              {column.label}
            </TableHeaderCell>
          ))}
          <TableHeaderCell className={styles.narrow}>Type</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.sp.id}>
            <TableCell>
              <span className={styles.name}>
                <RouterLink to={`/apps/${encodeURIComponent(row.sp.id)}`} title={row.sp.displayName}>
                  {row.sp.displayName || '(no name)'}
                </RouterLink>
                <Caption1 className={styles.mono}>{row.sp.appId}</Caption1>
              </span>
            </TableCell>
            <TableCell>
              <PublisherLabel sp={row.sp} tenantId={tenantId} />
            </TableCell>
            <TableCell className={styles.number}>{row.adminGrants}</TableCell>
            <TableCell className={styles.number}>{row.consentingUsers}</TableCell>
            <TableCell className={styles.number}>{row.appPermissions}</TableCell>
            <TableCell>
              {row.adminGrants + row.consentingUsers + row.appPermissions > 0 ? <RiskBadge tier={row.risk} /> : 'Nothing granted'}
            </TableCell>
            <TableCell>{row.firstParty ? 'First-party' : 'Third-party'}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
