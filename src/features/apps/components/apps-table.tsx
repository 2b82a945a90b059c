import { Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { InventoryRow } from '../../../permissions/inventory';
import { RouterLink } from '../../../ui/router-link';
import { VirtualTable, type VirtualColumn } from '../../../ui/virtual-table';
import type { SortDirection, SortKey } from '../list/list-params';
import { AppRisk } from './app-risk';
import { PublisherBadge } from '../../../ui/publisher-badge';
import { publisherOf } from '../../../permissions/publisher';
import { PublisherLabel } from './publisher-label';
import { revealHidden } from '../../../permissions/names';
import { Name, NameWarnings } from '../../../ui/app-name';

const useStyles = makeStyles({
  name: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  nameLine: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, minWidth: 0 },
  ellipsis: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  mono: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground2 },
});

const COLUMNS: { key: SortKey; label: string; width: string; numeric?: boolean }[] = [
  { key: 'name', label: 'Name', width: 'minmax(220px, 3fr)' },
  { key: 'publisher', label: 'Publisher', width: 'minmax(160px, 2fr)' },
  { key: 'adminGrants', label: 'Admin consents', width: '120px', numeric: true },
  { key: 'users', label: 'Users consented', width: '120px', numeric: true },
  { key: 'appPermissions', label: 'Application permissions', width: '120px', numeric: true },
  { key: 'risk', label: 'Highest risk', width: '150px' },
];

const ARIA_SORT: Record<SortDirection, 'ascending' | 'descending'> = { asc: 'ascending', desc: 'descending' };

interface AppsTableProps {
  rows: readonly InventoryRow[];
  tenantId: string;
  sort: SortKey;
  direction: SortDirection;
  onSort: (key: SortKey) => void;
}

/**
 * One row per application (only the rows in view are rendered, so 100,000 scroll smoothly); every column
 * header is a sort button. The columns change only with the sort and the tenant, so a scroll re-renders
 * only the rows that come into view.
 */
export function AppsTable({ rows, tenantId, sort, direction, onSort }: AppsTableProps) {
  const styles = useStyles();
  // The latest handler, without making new columns (and re-rendering every row) on each render of the page.
  const sortBy = useRef(onSort);
  useEffect(() => {
    sortBy.current = onSort;
  });
  const columns = useMemo((): VirtualColumn<InventoryRow>[] => {
    const cells: Record<SortKey, (row: InventoryRow) => ReactNode> = {
      name: (row) => (
        <span className={styles.name}>
          <span className={styles.nameLine}>
            <RouterLink className={styles.ellipsis} to={`/apps/${encodeURIComponent(row.sp.id)}`} title={revealHidden(row.sp.displayName)}>
              <Name name={row.sp.displayName} />
            </RouterLink>
            <NameWarnings name={row.sp.displayName} />
          </span>
          <Caption1 className={mergeClasses(styles.mono, styles.ellipsis)} title={row.sp.appId}>
            {row.sp.appId}
          </Caption1>
        </span>
      ),
      publisher: (row) => <PublisherLabel sp={row.sp} tenantId={tenantId} />,
      adminGrants: (row) => row.adminGrants,
      users: (row) => row.consentingUsers,
      appPermissions: (row) => row.appPermissions,
      risk: (row) => <AppRisk tier={row.risk} holdsAnything={row.adminGrants + row.consentingUsers + row.appPermissions > 0} />,
    };
    return [
      ...COLUMNS.map((column) => ({
        key: column.key,
        header: column.label,
        width: column.width,
        align: column.numeric ? ('end' as const) : undefined,
        sortDirection: sort === column.key ? ARIA_SORT[direction] : undefined,
        onSort: () => sortBy.current(column.key),
        cell: cells[column.key],
      })),
      { key: 'type', header: 'Type', width: '180px', cell: (row) => <PublisherBadge kind={publisherOf(row.sp, tenantId).kind} /> },
    ];
  }, [styles, tenantId, sort, direction]);
  return <VirtualTable label="Applications" rows={rows} columns={columns} rowHeight={56} height={`min(70vh, ${rows.length * 56 + 60}px)`} />;
}
