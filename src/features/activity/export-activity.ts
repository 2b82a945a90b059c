/**
 * The Activity log as files: JSON (entries as recorded) and CSV (one row per entry, the object before
 * the change flattened into columns). Only known fields are copied, so nothing else that might ever be
 * attached to an entry (let alone a token) reaches a file. CSV cells go through the shared
 * formula-injection guard: names come from Graph and are attacker-controlled.
 */
import {
  isAssignment,
  isGrant,
  isPolicySnapshot,
  type ActivityEntry,
  type AssignmentSnapshot,
  type GrantSnapshot,
  type PolicySnapshot,
} from '../../changes/types';
import { csvCell } from '../../permissions/export-inventory';

export const ACTIVITY_COLUMNS = [
  'id',
  'at',
  'actorUpn',
  'actorObjectId',
  'tenantId',
  'action',
  'outcome',
  'httpStatus',
  'summary',
  'clientId',
  'clientName',
  'resourceName',
  'principalId',
  'principalName',
  'objectType',
  'objectId',
  'consentType',
  'resourceId',
  'scopeBefore',
  'scopeAfter',
  'appRoleId',
  'errorStatus',
  'errorCode',
  'errorMessage',
  'requestId',
  'restoredBy',
  'restores',
] as const;

export type ActivityColumn = (typeof ACTIVITY_COLUMNS)[number];
export type ActivityRow = Record<ActivityColumn, string>;

type Recorded = GrantSnapshot | AssignmentSnapshot | PolicySnapshot;

function policySnapshot(value: PolicySnapshot): PolicySnapshot {
  if ('permissionGrantPoliciesAssigned' in value) return { id: value.id, permissionGrantPoliciesAssigned: [...value.permissionGrantPoliciesAssigned] };
  const { id, permissionId, permissionName, classification, resourceId } = value;
  return { id, permissionId, permissionName, classification, resourceId };
}

function snapshot(value: Recorded | null): Recorded | null {
  if (!value) return null;
  if (isPolicySnapshot(value)) return policySnapshot(value);
  if (isGrant(value)) {
    const { id, clientId, consentType, principalId, resourceId, scope } = value;
    return { id, clientId, consentType, principalId, resourceId, scope };
  }
  const { id, appRoleId, principalId, resourceId, principalDisplayName, resourceDisplayName, principalType } = value;
  return { id, appRoleId, principalId, resourceId, principalDisplayName, resourceDisplayName, principalType };
}

/** An entry with only the fields the log defines. */
export function exportableEntry(entry: ActivityEntry): ActivityEntry {
  const { clientId, clientName, resourceName, principalId, principalName } = entry.target;
  return {
    id: entry.id,
    at: entry.at,
    actor: { upn: entry.actor.upn, oid: entry.actor.oid, tenantId: entry.actor.tenantId },
    action: entry.action,
    summary: entry.summary,
    target: { clientId, clientName, resourceName, principalId, principalName },
    before: snapshot(entry.before),
    after: snapshot(entry.after),
    outcome: entry.outcome,
    ...(entry.error ? { error: { status: entry.error.status, code: entry.error.code, message: entry.error.message, requestId: entry.error.requestId } } : {}),
    ...(entry.requestId ? { requestId: entry.requestId } : {}),
    ...(entry.status !== undefined ? { status: entry.status } : {}),
    ...(entry.restoredBy ? { restoredBy: entry.restoredBy } : {}),
    ...(entry.restores ? { restores: entry.restores } : {}),
  };
}

export function activityJson(entries: readonly ActivityEntry[]): string {
  return `${JSON.stringify(entries.map(exportableEntry), null, 2)}\n`;
}

export function activityRow(entry: ActivityEntry): ActivityRow {
  const object = entry.before ?? entry.after;
  const grantBefore = isGrant(entry.before) ? entry.before : null;
  const grantAfter = isGrant(entry.after) ? entry.after : null;
  const grant = isGrant(object) ? object : null;
  const assignment = isAssignment(object) ? object : null;
  const policy = isPolicySnapshot(object) ? object : null;
  const classification = policy && 'classification' in policy ? policy : null;
  return {
    id: entry.id,
    at: entry.at,
    actorUpn: entry.actor.upn,
    actorObjectId: entry.actor.oid,
    tenantId: entry.actor.tenantId,
    action: entry.action,
    outcome: entry.outcome,
    httpStatus: entry.status === undefined ? '' : String(entry.status),
    summary: entry.summary,
    clientId: entry.target.clientId ?? grant?.clientId ?? assignment?.principalId ?? '',
    clientName: entry.target.clientName ?? '',
    resourceName: entry.target.resourceName ?? '',
    principalId: entry.target.principalId ?? grant?.principalId ?? '',
    principalName: entry.target.principalName ?? '',
    objectType: grant
      ? 'oauth2PermissionGrant'
      : assignment
        ? 'appRoleAssignment'
        : classification
          ? 'delegatedPermissionClassification'
          : policy
            ? 'authorizationPolicy'
            : '',
    objectId: object?.id ?? '',
    consentType: grant?.consentType ?? '',
    resourceId: grant?.resourceId ?? assignment?.resourceId ?? classification?.resourceId ?? '',
    scopeBefore: grantBefore?.scope ?? '',
    scopeAfter: grantAfter?.scope ?? '',
    appRoleId: assignment?.appRoleId ?? '',
    errorStatus: entry.error?.status === undefined ? '' : String(entry.error.status),
    errorCode: entry.error?.code ?? '',
    errorMessage: entry.error?.message ?? '',
    requestId: entry.requestId ?? entry.error?.requestId ?? '',
    restoredBy: entry.restoredBy ?? '',
    restores: entry.restores ?? '',
  };
}

export function activityCsv(entries: readonly ActivityEntry[]): string {
  const lines = [ACTIVITY_COLUMNS.join(',')];
  for (const entry of entries) {
    const row = activityRow(entry);
    lines.push(ACTIVITY_COLUMNS.map((column) => csvCell(row[column])).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** `consent-console-activity-2026-11-22T10-00-00Z.csv`: sortable, and safe on every file system. */
export function exportFileName(extension: 'csv' | 'json', now = new Date()): string {
  return `consent-console-activity-${now
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/:/g, '-')}.${extension}`;
}
