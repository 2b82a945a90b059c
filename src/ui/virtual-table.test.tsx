import '../test-support/dom-globals';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { VirtualTable, visibleSlots, type VirtualColumn } from './virtual-table';

interface Row {
  id: string;
  name: string;
}

const ROWS: Row[] = Array.from({ length: 1000 }, (_, i) => ({ id: `id-${i}`, name: `App ${i}` }));
const COLUMNS: VirtualColumn<Row>[] = [
  { key: 'name', header: 'Name', width: '1fr', cell: (row) => row.name },
  { key: 'id', header: 'ID', width: '100px', cell: (row) => row.id },
];
const ROW_HEIGHT = 50;

afterEach(cleanup);

/** The body's rows in document order. */
function bodyRows(): HTMLElement[] {
  const [, body] = screen.getAllByRole('rowgroup');
  return within(body!).getAllByRole('row');
}

/** The body's rows in reading order: as its aria-owns lists them. */
function rowsAsRead(): HTMLElement[] {
  const [, body] = screen.getAllByRole('rowgroup');
  return body!
    .getAttribute('aria-owns')!
    .split(' ')
    .map((id) => document.getElementById(id)!);
}

const firstCell = (row: HTMLElement) => within(row).getAllByRole('cell')[0]!.textContent;

function scrollTo(top: number) {
  const table = screen.getByRole('table', { name: 'Apps' });
  act(() => {
    table.scrollTop = top;
    fireEvent.scroll(table);
  });
}

describe('VirtualTable', () => {
  it('reuses its row elements as it scrolls, in place, with new contents and the right aria-rowindex', () => {
    render(<VirtualTable label="Apps" rows={ROWS} columns={COLUMNS} rowHeight={ROW_HEIGHT} height={400} />);
    expect(screen.getByRole('table', { name: 'Apps' })).toHaveProperty('ariaRowCount', '1001');
    const before = bodyRows();
    expect(rowsAsRead()).toEqual(before);
    expect(before[0]).toHaveProperty('ariaRowIndex', '2');
    expect(firstCell(before[0]!)).toBe('App 0');

    // 3 rows down: the elements of rows 0–2 now hold the rows that came in at the bottom; none moved.
    scrollTo(11 * ROW_HEIGHT);
    const after = bodyRows();
    expect(after).toEqual(before);
    const read = rowsAsRead();
    expect(read.slice(-3)).toEqual(before.slice(0, 3));
    expect(read.map((row) => row.ariaRowIndex)).toEqual(read.map((_, i) => String(i + 3 + 2)));
    expect(read.map(firstCell)).toEqual(read.map((_, i) => `App ${i + 3}`));

    // A jump far down: the same elements, every one with new contents.
    scrollTo(500 * ROW_HEIGHT);
    expect(bodyRows()).toEqual(before);
    const far = rowsAsRead();
    expect(firstCell(far[0]!)).toBe('App 492');
    expect(far[0]).toHaveProperty('ariaRowIndex', '494');
    expect(far.map((row) => Number(row.ariaRowIndex))).toEqual(far.map((_, i) => 494 + i));
  });

  it('stops at the last row', () => {
    render(<VirtualTable label="Apps" rows={ROWS.slice(0, 40)} columns={COLUMNS} rowHeight={ROW_HEIGHT} height={400} />);
    scrollTo(40 * ROW_HEIGHT);
    const last = rowsAsRead().at(-1)!;
    expect(last).toHaveProperty('ariaRowIndex', '41');
    expect(firstCell(last)).toBe('App 39');
  });
});

describe('visibleSlots', () => {
  it('keeps each row in the slot of its index, so rows that stay in view keep their element', () => {
    expect(visibleSlots(0, 4, 10)).toEqual([
      { index: 0, slot: 0 },
      { index: 1, slot: 1 },
      { index: 2, slot: 2 },
      { index: 3, slot: 3 },
    ]);
    // In slot order (the elements' order): slots 0 and 1 now hold rows 4 and 5.
    expect(visibleSlots(2, 4, 10).map((s) => s.index)).toEqual([4, 5, 2, 3]);
    expect(visibleSlots(8, 4, 10)).toEqual([
      { index: 8, slot: 0 },
      { index: 9, slot: 1 },
    ]);
  });
});
