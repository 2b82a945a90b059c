/**
 * A table that renders only the rows in view, so 100,000 rows scroll smoothly: a fixed pool of row
 * elements (slots) is reused as the table scrolls — a row that leaves the view hands its element to the
 * row that comes in, which updates contents instead of mounting rows, and the elements never move in
 * the document (moving one costs as much as a new one). Their order is a ring, so `aria-owns` gives
 * screen readers the rows in reading order. Rows have a fixed height, so nothing is measured while
 * scrolling: the position is read once per scroll event and the view's height is cached (a
 * ResizeObserver). Screen readers get table semantics with the real row count (aria-rowcount /
 * aria-rowindex); the header stays in view; the table itself is focusable, so arrow keys, Page Up/Down
 * and Home/End scroll it.
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ArrowSortDownRegular, ArrowSortUpRegular } from '@fluentui/react-icons';
import { memo, useId, useLayoutEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { flushSync } from 'react-dom';

const useStyles = makeStyles({
  scroller: {
    overflow: 'auto',
    position: 'relative',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    contain: 'strict',
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  // As wide as the columns need (the table scrolls sideways in its own box on a narrow screen), at least the box.
  content: { width: 'max-content', minWidth: '100%' },
  row: { display: 'grid', alignItems: 'center', borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  header: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    fontWeight: tokens.fontWeightSemibold,
    borderBottom: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
  },
  body: { position: 'relative', width: '100%', contain: 'layout paint style' },
  bodyRow: {
    position: 'absolute',
    top: 0,
    left: 0,
    width: '100%',
    boxSizing: 'border-box',
    contain: 'strict',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
  },
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
  /** Fixed row height in px (fixed heights scroll without measuring). */
  rowHeight?: number;
  /** Height of the scrolling area. */
  height?: CSSProperties['height'];
}

/** Rows rendered beyond each edge of the view, so a fast scroll meets rendered rows. */
const OVERSCAN = 8;
/** The view's height before it is measured (and where nothing measures, as in tests). */
const FALLBACK_VIEW_PX = 800;

/**
 * The rows in the pool, in slot order: from `first`, `slots` rows (fewer at the end). Row `index` always
 * lives in slot `index % slots`, so rows that stay in view keep their element and a scroll touches only
 * the rows that change.
 */
export function visibleSlots(first: number, slots: number, rowCount: number): { index: number; slot: number }[] {
  const out: { index: number; slot: number }[] = [];
  for (let slot = 0; slot < slots; slot++) {
    const index = first + ((slot - (first % slots) + slots) % slots);
    if (index < rowCount) out.push({ index, slot });
  }
  return out;
}

export function VirtualTable<T>({ label, rows, columns, rowHeight = 48, height = '70vh' }: VirtualTableProps<T>) {
  const styles = useStyles();
  const id = useId();
  const scroller = useRef<HTMLDivElement>(null);
  const [viewPx, setViewPx] = useState(FALLBACK_VIEW_PX);
  const [scrollTop, setScrollTop] = useState(0);
  const slots = Math.ceil(viewPx / rowHeight) + 2 * OVERSCAN;
  const first = Math.max(0, Math.min(Math.floor(scrollTop / rowHeight) - OVERSCAN, rows.length - slots));
  const template = columns.map((c) => c.width).join(' ');
  const shown = visibleSlots(first, slots, rows.length);
  const slotId = (slot: number) => `${id}-slot-${slot}`;
  const readingOrder = [...shown].sort((a, b) => a.index - b.index).map(({ slot }) => slotId(slot));

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry && entry.contentRect.height > 0) setViewPx(entry.contentRect.height);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // One read of the position per scroll event; the new rows are painted in the same frame.
  const onScroll = () => {
    const top = scroller.current?.scrollTop ?? 0;
    if (Math.floor(top / rowHeight) !== Math.floor(scrollTop / rowHeight)) flushSync(() => setScrollTop(top));
  };

  return (
    <div
      ref={scroller}
      className={styles.scroller}
      style={{ height }}
      role="table"
      aria-label={label}
      aria-rowcount={rows.length + 1}
      tabIndex={0}
      onScroll={onScroll}
    >
      <div className={styles.content}>
        <div role="rowgroup" className={styles.header}>
          <div role="row" aria-rowindex={1} className={styles.row} style={{ gridTemplateColumns: template, minHeight: rowHeight }}>
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
        <div role="rowgroup" className={styles.body} style={{ height: rows.length * rowHeight }} aria-owns={readingOrder.join(' ')}>
          {shown.map(({ index, slot }) => (
            <VirtualRow key={slot} id={slotId(slot)} row={rows[index]!} index={index} rowHeight={rowHeight} columns={columns} template={template} />
          ))}
        </div>
      </div>
    </div>
  );
}

interface VirtualRowProps<T> {
  id: string;
  row: T;
  index: number;
  rowHeight: number;
  columns: readonly VirtualColumn<T>[];
  template: string;
}

/** One slot's row; memoized, so a scroll re-renders only the slots whose row changed. */
const VirtualRow = memo(function VirtualRow<T>({ id, row, index, rowHeight, columns, template }: VirtualRowProps<T>) {
  const styles = useStyles();
  return (
    <div
      id={id}
      role="row"
      aria-rowindex={index + 2}
      className={mergeClasses(styles.row, styles.bodyRow)}
      style={{ gridTemplateColumns: template, height: rowHeight, transform: `translateY(${index * rowHeight}px)` }}
    >
      {columns.map((column) => (
        <div key={column.key} role="cell" className={mergeClasses(styles.cell, column.align === 'end' && styles.end)}>
          {column.cell(row)}
        </div>
      ))}
    </div>
  );
}) as <T>(props: VirtualRowProps<T>) => ReactNode;
