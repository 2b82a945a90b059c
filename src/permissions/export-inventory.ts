/**
 * The permission inventory as incident-response tooling exports it: one row per permission per grant or
 * assignment. CSV cells are quoted and guarded against spreadsheet formula injection (app names are
 * attacker-controlled).
 */
import type { AssignmentSnapshot, GrantSnapshot } from '../graph/entities';
import { appRoleIndex, type ServicePrincipalInfo } from './inventory';
import { PUBLISHER_LABEL, publisherOf } from './publisher';
import { splitScopes } from './scopes';

export interface PermissionRow {
  permissionType: 'Delegated' | 'Application';
  clientId: string;
  clientDisplayName: string;
  resourceId: string;
  resourceDisplayName: string;
  permission: string;
  consentType: 'AllPrincipals' | 'Principal' | '';
  principalId: string;
  principalDisplayName: string;
  /** The client app's type as every screen shows it (src/permissions/publisher.ts), e.g. "Your organization". */
  clientType: string;
}

export const EXPORT_COLUMNS: (keyof PermissionRow)[] = [
  'permissionType',
  'clientId',
  'clientDisplayName',
  'resourceId',
  'resourceDisplayName',
  'permission',
  'consentType',
  'principalId',
  'principalDisplayName',
  'clientType',
];

export interface ExportInput {
  servicePrincipals: readonly ServicePrincipalInfo[];
  grants: readonly GrantSnapshot[];
  assignments: readonly AssignmentSnapshot[];
  /** User id → display name (or UPN), for Principal grants. */
  userName?: (id: string) => string | undefined;
  /** The signed-in tenant: its own apps are "Your organization". */
  tenantId: string;
}

export function permissionRows({ servicePrincipals, grants, assignments, userName, tenantId }: ExportInput): PermissionRow[] {
  const name = new Map(servicePrincipals.map((sp) => [sp.id, sp.displayName]));
  const byId = new Map(servicePrincipals.map((sp) => [sp.id, sp]));
  const typeOf = (id: string) => {
    const sp = byId.get(id);
    return sp ? PUBLISHER_LABEL[publisherOf(sp, tenantId).kind].label : '';
  };
  const roles = appRoleIndex(servicePrincipals);
  const rows: PermissionRow[] = [];
  for (const grant of grants) {
    for (const permission of splitScopes(grant.scope)) {
      rows.push({
        permissionType: 'Delegated',
        clientId: grant.clientId,
        clientDisplayName: name.get(grant.clientId) ?? '',
        resourceId: grant.resourceId,
        resourceDisplayName: name.get(grant.resourceId) ?? '',
        permission,
        consentType: grant.consentType,
        principalId: grant.principalId ?? '',
        principalDisplayName: grant.principalId ? (userName?.(grant.principalId) ?? '') : '',
        clientType: typeOf(grant.clientId),
      });
    }
  }
  for (const a of assignments) {
    rows.push({
      permissionType: 'Application',
      clientId: a.principalId,
      clientDisplayName: name.get(a.principalId) ?? a.principalDisplayName ?? '',
      resourceId: a.resourceId,
      resourceDisplayName: name.get(a.resourceId) ?? a.resourceDisplayName ?? '',
      permission: roles.get(`${a.resourceId}/${a.appRoleId}`) ?? a.appRoleId,
      consentType: '',
      principalId: '',
      principalDisplayName: '',
      clientType: typeOf(a.principalId),
    });
  }
  return rows;
}

/**
 * Where a spreadsheet may start a cell inside a value, whichever separator it picks (a `;` locale splits
 * `Semi;=1+1;` into a `=1+1` cell, a tab or `|` import the same): the value's start and after any of those
 * separators or a line break, past any spaces and quotes (which a spreadsheet's parser may consume).
 */
const CELL_START = /(?<=^|[,;\t|\r\n])([ "]*)(?=[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20])/g;

/**
 * A cell that a spreadsheet will show as text, never evaluate, whatever separator it splits on: every
 * segment that could become a cell and begins like a formula (= + - @, their fullwidth forms, a tab or a
 * carriage return) gets a leading apostrophe; a cell holding a separator, a quote, a line break or a guard
 * is quoted.
 */
export function csvCell(value: string): string {
  const guarded = value.replace(CELL_START, "$1'");
  return /[",;\t|\r\n']/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

export function toCsv(rows: readonly PermissionRow[]): string {
  const lines = [EXPORT_COLUMNS.join(',')];
  for (const row of rows) lines.push(EXPORT_COLUMNS.map((c) => csvCell(row[c])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
