import { describe, expect, it } from 'vitest';
import { csvCell } from './export-inventory';

/** How a spreadsheet reads one line with this separator: a field opening with a quote runs to its closing quote, the rest to the next separator. */
function spreadsheetCells(line: string, separator: string): string[] {
  const cells: string[] = [];
  let i = 0;
  for (;;) {
    let cell = '';
    if (line[i] === '"') {
      for (i++; i < line.length; i++) {
        if (line[i] === '"' && line[i + 1] === '"') cell += line[i++];
        else if (line[i] === '"') break;
        else cell += line[i];
      }
      i++;
    }
    while (i < line.length && line[i] !== separator) cell += line[i++];
    cells.push(cell);
    if (i >= line.length) return cells;
    i++;
  }
}

/** A spreadsheet that splits without looking at quotes at all (and might drop the quotes and spaces it sees). */
const naiveCells = (line: string, separator: string) => line.split(separator).map((cell) => cell.replace(/^[ "]+/, ''));

const evaluated = (cell: string) => /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(cell);

const HOSTILE = [
  'Semi;=1+1;',
  '=HYPERLINK("http://evil","x")',
  'Pipe|@SUM(A1)',
  'Tab\t+1',
  'a, -2+3',
  'x;"=1+1',
  'x; "  =1+1',
  'line\r\n=1+1',
  '\t=1',
  'Fullwidth;＝1+1',
  'ok;"";=cmd|" /C calc"!A0',
];

describe('csvCell', () => {
  it('quotes and guards a value whichever separator a spreadsheet splits the line on', () => {
    const line = ['id-1', ...HOSTILE, 'plain'].map(csvCell).join(',');
    for (const separator of [',', ';', '\t', '|']) {
      for (const cell of spreadsheetCells(line, separator))
        expect(evaluated(cell), `${JSON.stringify(cell)} split on ${JSON.stringify(separator)}`).toBe(false);
      for (const cell of naiveCells(line, separator))
        expect(evaluated(cell), `${JSON.stringify(cell)} split naively on ${JSON.stringify(separator)}`).toBe(false);
    }
  });

  it('keeps each value one cell when read with the separator it was written with', () => {
    const line = HOSTILE.map(csvCell).join(',');
    const cells = spreadsheetCells(line, ',');
    expect(cells).toHaveLength(HOSTILE.length);
    expect(cells[0]).toBe("Semi;'=1+1;");
    expect(cells[1]).toBe(`'=HYPERLINK("http://evil","x")`);
  });

  it('leaves an ordinary value as it is, and quotes one holding a separator', () => {
    expect(csvCell('Microsoft Graph')).toBe('Microsoft Graph');
    expect(csvCell('User.Read')).toBe('User.Read');
    expect(csvCell('Graph; v1')).toBe('"Graph; v1"');
    expect(csvCell('a|b')).toBe('"a|b"');
  });
});
