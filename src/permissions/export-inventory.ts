/**
 * The permission inventory as incident-response tooling exports it: one row per permission per grant or
 * assignment, with the client app's hygiene (credentials, owners, last sign-in, unused) as the access-review
 * filters judge it. CSV cells are quoted and guarded against spreadsheet formula injection (app names are
 * attacker-controlled).
 */
import type { AssignmentSnapshot, GrantSnapshot } from '../graph/entities';
import type { AppHygiene } from './hygiene';
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
  // The client's hygiene, present when the export is given it (ExportInput.hygiene); empty CSV cells otherwise.
  /** The client's worst credential: `expired`, `expiring`, `valid`, `none`, or `unknown` (not read, or only partly). */
  clientCredentials?: string;
  /** `some`, `none`, `microsoft` (owned in Microsoft's tenant) or `unknown`. */
  clientOwners?: string;
  /** ISO date of the last sign-in, `none recorded`, or `unknown` (the beta report not read or unavailable). */
  clientLastSignIn?: string;
  /** `unused` (high-risk, no sign-in in 90 days), `used`, `not high-risk` or `unknown`. */
  clientUnused?: string;
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
  'clientCredentials',
  'clientOwners',
  'clientLastSignIn',
  'clientUnused',
];

type HygieneCells = Required<Pick<PermissionRow, 'clientCredentials' | 'clientOwners' | 'clientLastSignIn' | 'clientUnused'>>;

const UNKNOWN: HygieneCells = { clientCredentials: 'unknown', clientOwners: 'unknown', clientLastSignIn: 'unknown', clientUnused: 'unknown' };

/** One app's hygiene as export cells: what was not (or not fully) read is `unknown`, never a guess. */
export function hygieneCells(h: AppHygiene | undefined): HygieneCells {
  if (!h) return UNKNOWN;
  const credentials = h.credentialStatus ?? (h.credentialsComplete ? 'none' : 'unknown');
  return {
    // Only a complete read can say "valid" or "none": the registration's credentials may be missing.
    clientCredentials: h.credentialsComplete || credentials === 'expired' || credentials === 'expiring' ? credentials : 'unknown',
    clientOwners: h.owners.state,
    clientLastSignIn: h.lastSignIn.state === 'recorded' ? (h.lastSignIn.at ?? 'none recorded') : 'unknown',
    clientUnused: h.unused.state === 'not-high-risk' ? 'not high-risk' : h.unused.state,
  };
}

export interface ExportInput {
  servicePrincipals: readonly ServicePrincipalInfo[];
  grants: readonly GrantSnapshot[];
  assignments: readonly AssignmentSnapshot[];
  /** User id → display name (or UPN), for Principal grants. */
  userName?: (id: string) => string | undefined;
  /** The signed-in tenant: its own apps are "Your organization". */
  tenantId: string;
  /** Each app's hygiene by service principal id (an app it lacks: `unknown`); without it the rows carry no hygiene. */
  hygiene?: ReadonlyMap<string, AppHygiene>;
}

export function permissionRows({ servicePrincipals, grants, assignments, userName, tenantId, hygiene }: ExportInput): PermissionRow[] {
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
        ...(hygiene ? hygieneCells(hygiene.get(grant.clientId)) : {}),
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
      ...(hygiene ? hygieneCells(hygiene.get(a.principalId)) : {}),
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
  for (const row of rows) lines.push(EXPORT_COLUMNS.map((c) => csvCell(row[c] ?? '')).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
