import { describe, expect, it } from 'vitest';
import type { AssignmentSnapshot, GrantSnapshot } from '../graph/entities';
import { csvCell, EXPORT_COLUMNS, permissionRows, toCsv } from './export-inventory';
import { buildHygiene } from './hygiene';
import { buildInventory, type ServicePrincipalInfo } from './inventory';

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

describe('hygiene columns', () => {
  const now = Date.parse('2026-06-01T00:00:00Z');
  const at = (days: number) => new Date(now + days * 86_400_000).toISOString();
  const graph: ServicePrincipalInfo = {
    id: 'graph',
    appId: '00000003-0000-0000-c000-000000000000',
    displayName: 'Microsoft Graph',
    appOwnerOrganizationId: 'f8cdef31-a31e-4b4a-93e4-5f571e91255a',
    appRoles: [{ id: 'r1', value: 'Directory.ReadWrite.All' }],
  };
  const daemon: ServicePrincipalInfo = { id: 'daemon', appId: 'daemon-app', displayName: 'Daemon', appOwnerOrganizationId: 'ours' };
  const mail: ServicePrincipalInfo = { id: 'mail', appId: 'mail-app', displayName: 'Mail', appOwnerOrganizationId: 'other' };
  const servicePrincipals = [graph, daemon, mail];
  const grants: GrantSnapshot[] = [{ id: 'g1', clientId: 'mail', consentType: 'AllPrincipals', principalId: null, resourceId: 'graph', scope: 'User.Read' }];
  const assignments: AssignmentSnapshot[] = [{ id: 'a1', appRoleId: 'r1', principalId: 'daemon', resourceId: 'graph' }];
  const rows = buildInventory({ servicePrincipals, grants, assignments });
  const hygiene = buildHygiene({
    rows,
    applications: { state: 'available', value: [{ id: 'app-daemon', appId: 'daemon-app', passwordCredentials: [{ keyId: 'k', endDateTime: at(-2) }] }] },
    ownerless: { state: 'available', value: new Set(['daemon']) },
    signIns: { state: 'available', value: new Map([['daemon-app', at(-120)]]) },
    now,
  });

  it("carries the client app's credentials, owners, last sign-in and unused verdict in CSV and JSON", () => {
    const exported = permissionRows({ servicePrincipals, grants, assignments, tenantId: 'ours', hygiene });
    const byClient = (id: string) => exported.find((r) => r.clientId === id);
    expect(byClient('daemon')).toMatchObject({ clientCredentials: 'expired', clientOwners: 'none', clientLastSignIn: at(-120), clientUnused: 'unused' });
    expect(byClient('mail')).toMatchObject({
      clientCredentials: 'none',
      clientOwners: 'some',
      clientLastSignIn: 'none recorded',
      clientUnused: 'not high-risk',
    });
    const [header, ...lines] = toCsv(exported).trim().split('\r\n');
    expect(header!.split(',').slice(-4)).toEqual(['clientCredentials', 'clientOwners', 'clientLastSignIn', 'clientUnused']);
    expect(
      lines
        .find((l) => l.startsWith('Application'))!
        .split(',')
        .slice(-4),
    ).toEqual(['expired', 'none', at(-120), 'unused']);
    expect(JSON.parse(JSON.stringify(exported))[0]).toHaveProperty('clientUnused');
  });

  it('says unknown for what was not read, never a guess', () => {
    const unread = buildHygiene({
      rows,
      applications: { state: 'loading' },
      ownerless: { state: 'unavailable', reason: 'no' },
      signIns: { state: 'unavailable', reason: 'needs P1' },
      now,
    });
    const exported = permissionRows({ servicePrincipals, grants, assignments, tenantId: 'ours', hygiene: unread });
    for (const row of exported) {
      expect(row).toMatchObject({ clientCredentials: 'unknown', clientOwners: 'unknown', clientLastSignIn: 'unknown' });
    }
    expect(exported.find((r) => r.clientId === 'daemon')!.clientUnused).toBe('unknown');
    // Without hygiene at all, the columns stay in the header and their cells are empty.
    const bare = toCsv(permissionRows({ servicePrincipals, grants, assignments, tenantId: 'ours' }))
      .trim()
      .split('\r\n');
    expect(bare[0]!.split(',')).toEqual(EXPORT_COLUMNS);
    expect(bare[1]!.split(',').slice(-4)).toEqual(['', '', '', '']);
  });
});
