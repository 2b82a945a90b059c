import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ArrowSortDownRegular, ArrowSortUpRegular } from '@fluentui/react-icons';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useRef, type CSSProperties, type ReactNode } from 'react';

const useStyles = makeStyles({
  scroller: {
    overflow: 'auto',
    position: 'relative',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    contain: 'strict',
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  row: { display: 'grid', alignItems: 'center', borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  header: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    fontWeight: tokens.fontWeightSemibold,
    borderBottom: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
  },
  body: { position: 'relative', width: '100%' },
  bodyRow: { position: 'absolute', top: 0, left: 0, width: '100%', ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover } },
  cell: { paddingInline: tokens.spacingHorizontalS, minWidth: 0, overflow: 'hidden' },
  end: { textAlign: 'end', justifySelf: 'end' },
  sort: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    border: 'none',
    background: 'none',
    padding: 0,
    font: 'inherit',
    color: 'inherit',
    cursor: 'pointer',
    textAlign: 'start',
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
});

export interface VirtualColumn<T> {
  key: string;
  header: string;
  /** A CSS grid track, e.g. `minmax(240px, 2fr)` or `120px`. */
  width: string;
  cell: (row: T) => ReactNode;
  align?: 'start' | 'end';
  /** Set on the column the rows are sorted by. */
  sortDirection?: 'ascending' | 'descending';
  /** Makes the header a sort button. */
  onSort?: () => void;
}

interface VirtualTableProps<T> {
  /** The table's accessible name. */
  label: string;
  rows: readonly T[];
  columns: readonly VirtualColumn<T>[];
  rowKey: (row: T) => string;
  /** Fixed row height in px (fixed heights scroll without measuring). */
  rowHeight?: number;
  /** Height of the scrolling area. */
  height?: CSSProperties['height'];
}

/**
 * A table that renders only the rows in view, so 100,000 rows scroll smoothly. Screen readers get table
 * semantics with the real row count (aria-rowcount / aria-rowindex); the header stays in view; the
 * table itself is focusable, so arrow keys, Page Up/Down and Home/End scroll it.
 */
export function VirtualTable<T>({ label, rows, columns, rowKey, rowHeight = 48, height = '70vh' }: VirtualTableProps<T>) {
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => rowHeight, overscan: 8 });
  const template = columns.map((c) => c.width).join(' ');
  const grid: CSSProperties = { gridTemplateColumns: template };

  return (
    <div ref={scroller} className={styles.scroller} style={{ height }} role="table" aria-label={label} aria-rowcount={rows.length + 1} tabIndex={0}>
      <div role="rowgroup" className={styles.header}>
        <div role="row" aria-rowindex={1} className={styles.row} style={{ ...grid, minHeight: rowHeight }}>
          {columns.map((column) => (
            <div
              key={column.key}
              role="columnheader"
              aria-sort={column.onSort ? (column.sortDirection ?? 'none') : undefined}
              className={mergeClasses(styles.cell, column.align === 'end' && styles.end)}
            >
              {column.onSort ? (
                <button type="button" className={styles.sort} onClick={column.onSort}>
                  {column.header}
                  {column.sortDirection === 'ascending' ? <ArrowSortUpRegular aria-hidden /> : null}
                  {column.sortDirection === 'descending' ? <ArrowSortDownRegular aria-hidden /> : null}
                </button>
              ) : (
                column.header
              )}
            </div>
          ))}
        </div>
      </div>
      <div role="rowgroup" className={styles.body} style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index]!;
          return <VirtualRow key={rowKey(row)} row={row} index={item.index} start={item.start} size={item.size} columns={columns} template={template} />;
        })}
      </div>
    </div>
  );
}

interface VirtualRowProps<T> {
  row: T;
  index: number;
  start: number;
  size: number;
  columns: readonly VirtualColumn<T>[];
  template: string;
}

/** One row; memoized, so scrolling renders only the rows that come into view. */
const VirtualRow = memo(function VirtualRow<T>({ row, index, start, size, columns, template }: VirtualRowProps<T>) {
  const styles = useStyles();
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      className={mergeClasses(styles.row, styles.bodyRow)}
      style={{ gridTemplateColumns: template, height: size, transform: `translateY(${start}px)` }}
    >
      {columns.map((column) => (
        <div key={column.key} role="cell" className={mergeClasses(styles.cell, column.align === 'end' && styles.end)}>
          {column.cell(row)}
        </div>
      ))}
    </div>
  );
}) as <T>(props: VirtualRowProps<T>) => ReactNode;
