/**
 * A review mark as a file: exported as JSON (the mark and its snapshot), and read back strictly — a file
 * is untrusted input, so every field is checked and anything unexpected is refused with the reason,
 * never half-imported.
 */
import { SNAPSHOT_VERSION, type ReviewSnapshot, type SnapshotApp, type SnapshotAssignment, type SnapshotGrant } from './review-snapshot';
import type { ReviewMark } from './review-marks';

export const REVIEW_FILE_KIND = 'consent-console-review';

export interface ReviewFile {
  kind: typeof REVIEW_FILE_KIND;
  mark: ReviewMark;
}

export function reviewFileText(mark: ReviewMark): string {
  const file: ReviewFile = { kind: REVIEW_FILE_KIND, mark };
  return JSON.stringify(file, null, 2);
}

export function reviewFileName(mark: ReviewMark): string {
  return `access-review-${mark.at.slice(0, 10)}.json`;
}

class InvalidReviewFile extends Error {}

type Fields = Record<string, unknown>;
const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);

function object(value: unknown, where: string): Fields {
  if (!isObject(value)) throw new InvalidReviewFile(`${where} is not an object.`);
  return value;
}

function text(fields: Fields, key: string, where: string): string {
  const value = fields[key];
  if (typeof value !== 'string') throw new InvalidReviewFile(`${where}.${key} is not a string.`);
  return value;
}

function list<T>(fields: Fields, key: string, where: string, item: (value: Fields, where: string) => T): T[] {
  const value = fields[key];
  if (!Array.isArray(value)) throw new InvalidReviewFile(`${where}.${key} is not a list.`);
  return value.map((one, i) => item(object(one, `${where}.${key}[${i}]`), `${where}.${key}[${i}]`));
}

const app = (f: Fields, w: string): SnapshotApp => ({ id: text(f, 'id', w), appId: text(f, 'appId', w), displayName: text(f, 'displayName', w) });
const grant = (f: Fields, w: string): SnapshotGrant => {
  if (f.principalId !== null && typeof f.principalId !== 'string') throw new InvalidReviewFile(`${w}.principalId is neither a string nor null.`);
  return {
    id: text(f, 'id', w),
    clientId: text(f, 'clientId', w),
    resourceId: text(f, 'resourceId', w),
    principalId: f.principalId,
    scope: text(f, 'scope', w),
  };
};
const assignment = (f: Fields, w: string): SnapshotAssignment => ({
  id: text(f, 'id', w),
  principalId: text(f, 'principalId', w),
  resourceId: text(f, 'resourceId', w),
  appRoleId: text(f, 'appRoleId', w),
});

function snapshot(value: unknown): ReviewSnapshot {
  const f = object(value, 'mark.snapshot');
  if (f.version !== SNAPSHOT_VERSION) throw new InvalidReviewFile(`mark.snapshot.version is not ${SNAPSHOT_VERSION}.`);
  return {
    version: SNAPSHOT_VERSION,
    servicePrincipals: list(f, 'servicePrincipals', 'mark.snapshot', app),
    grants: list(f, 'grants', 'mark.snapshot', grant),
    assignments: list(f, 'assignments', 'mark.snapshot', assignment),
  };
}

/**
 * The mark a review file holds, or why it cannot be read. `owner` is the signed-in account: a mark made
 * in another tenant is refused (its ids would be compared with another directory's).
 */
export function parseReviewFile(content: string, tenantId: string): { mark: ReviewMark } | { error: string } {
  try {
    let parsed: unknown;
    try {
      parsed = JSON.parse(content);
    } catch {
      throw new InvalidReviewFile('The file is not JSON.');
    }
    const file = object(parsed, 'The file');
    if (file.kind !== REVIEW_FILE_KIND) throw new InvalidReviewFile('The file is not a review exported by this console.');
    const m = object(file.mark, 'mark');
    const at = text(m, 'at', 'mark');
    if (Number.isNaN(Date.parse(at))) throw new InvalidReviewFile('mark.at is not a date.');
    const b = object(m.by, 'mark.by');
    const by = { upn: text(b, 'upn', 'mark.by'), oid: text(b, 'oid', 'mark.by'), tenantId: text(b, 'tenantId', 'mark.by') };
    if (by.tenantId.toLowerCase() !== tenantId.toLowerCase()) throw new InvalidReviewFile(`The review was made in another tenant (${by.tenantId}).`);
    return { mark: { id: text(m, 'id', 'mark'), at, by, snapshot: snapshot(m.snapshot) } };
  } catch (error) {
    if (error instanceof InvalidReviewFile) return { error: error.message };
    throw error;
  }
}
