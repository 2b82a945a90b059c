/**
 * The admin-consent round trip's state: a random `state` kept in sessionStorage with what was asked, so
 * the result page only believes a response to a request this tab started. The request stays until a new
 * one starts (the result page may need a Grant access redirect of its own and come back to the same URL),
 * and expires after an hour. Shared by every screen that sends an admin to the v2 adminconsent endpoint
 * (Admin consent, Diagnose's fix), so the one result page accepts each of their answers.
 */
import type { TenantWideSnapshot } from '../graph/app-consent';

export type { TenantWideSnapshot };

/** Where the v2 adminconsent endpoint returns; it must be a redirect URI of the app being consented to. */
export const ADMIN_CONSENT_RESULT_PATH = '/admin-consent/result';

export const adminConsentRedirectUri = (origin: string) => `${origin}${ADMIN_CONSENT_RESULT_PATH}`;

export interface AdminConsentRequestRecord {
  state: string;
  appId: string;
  appName: string;
  /** The scope parameter sent (`https://graph.microsoft.com/.default` or chosen scopes). */
  scope: string;
  startedAt: number;
  /** What the app held tenant-wide, taken before redirecting; absent when it could not be read (the result page then says what it cannot tell). */
  before?: TenantWideSnapshot;
  /** Set once the result page recorded what changed in the Activity log, so a reload does not record it twice. */
  recordedAt?: number;
}

export type StateCheck = { ok: true; request: AdminConsentRequestRecord } | { ok: false; reason: 'missing-state' | 'no-request' | 'mismatch' | 'expired' };

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const KEY = 'consent-console.admin-consent-request';
/** The answer that voided the request, and why: the same answer read again (a remount, a reload) gets the same verdict. */
const VERDICT_KEY = 'consent-console.admin-consent-verdict';
export const REQUEST_LIFETIME_MS = 60 * 60 * 1000;

/** 32 random bytes, base64url: unguessable, safe in a URL. */
export function randomState(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function saveAdminConsentRequest(
  request: Omit<AdminConsentRequestRecord, 'state' | 'startedAt'>,
  { storage = sessionStorage, now = Date.now(), state = randomState() }: { storage?: StorageLike; now?: number; state?: string } = {},
): AdminConsentRequestRecord {
  const record: AdminConsentRequestRecord = { ...request, state, startedAt: now };
  storage.removeItem(VERDICT_KEY);
  storage.setItem(KEY, JSON.stringify(record));
  return record;
}

function isSnapshot(value: unknown): value is TenantWideSnapshot {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<TenantWideSnapshot>;
  return typeof v.servicePrincipalId === 'string' && Array.isArray(v.grants) && Array.isArray(v.assignments);
}

function readRecord(storage: StorageLike): AdminConsentRequestRecord | undefined {
  const raw = storage.getItem(KEY);
  if (!raw) return undefined;
  try {
    const parsed = JSON.parse(raw) as Partial<AdminConsentRequestRecord>;
    const valid =
      typeof parsed.state === 'string' &&
      typeof parsed.appId === 'string' &&
      typeof parsed.appName === 'string' &&
      typeof parsed.scope === 'string' &&
      typeof parsed.startedAt === 'number' &&
      (parsed.before === undefined || isSnapshot(parsed.before));
    return valid ? (parsed as AdminConsentRequestRecord) : undefined;
  } catch {
    return undefined;
  }
}

/** Constant-time comparison: how much of a guessed state matched must not show in timing. */
function sameState(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/** The refusals that void the stored request. */
type Voiding = 'mismatch' | 'expired';

/** Forgets the request, remembering which answer voided it and why. */
function voidRequest(storage: StorageLike, returned: string, reason: Voiding): StateCheck {
  storage.removeItem(KEY);
  storage.setItem(VERDICT_KEY, JSON.stringify({ returned, reason }));
  return { ok: false, reason };
}

function earlierVerdict(storage: StorageLike, returned: string): Voiding | undefined {
  try {
    const verdict = JSON.parse(storage.getItem(VERDICT_KEY) ?? 'null') as { returned?: unknown; reason?: unknown } | null;
    if (verdict && verdict.returned === returned && (verdict.reason === 'mismatch' || verdict.reason === 'expired')) return verdict.reason;
  } catch {
    // A corrupt verdict is no verdict.
  }
  return undefined;
}

/**
 * Checks the `state` that came back. A mismatch or an expired request forgets the stored request, so even
 * the right state is refused afterwards; checking the same answer again (the page mounted twice, or
 * reloaded) gives the same verdict.
 */
export function checkAdminConsentState(
  returned: string | null,
  { storage = sessionStorage, now = Date.now() }: { storage?: StorageLike; now?: number } = {},
): StateCheck {
  if (!returned) return { ok: false, reason: 'missing-state' };
  const record = readRecord(storage);
  if (!record) {
    const earlier = earlierVerdict(storage, returned);
    return { ok: false, reason: earlier ?? 'no-request' };
  }
  if (!sameState(record.state, returned)) return voidRequest(storage, returned, 'mismatch');
  if (now - record.startedAt > REQUEST_LIFETIME_MS) return voidRequest(storage, returned, 'expired');
  return { ok: true, request: record };
}

/** Marks the request's outcome as recorded (only if it is still the stored request). */
export function markAdminConsentRecorded(state: string, { storage = sessionStorage, now = Date.now() }: { storage?: StorageLike; now?: number } = {}): void {
  const record = readRecord(storage);
  if (record && sameState(record.state, state)) storage.setItem(KEY, JSON.stringify({ ...record, recordedAt: now }));
}

export const STATE_PROBLEM: Record<Extract<StateCheck, { ok: false }>['reason'], string> = {
  'missing-state': 'The response carries no state, so the console cannot tell that it answers a request started here.',
  'no-request': 'This tab has no admin consent request waiting for an answer (it was started in another tab, or already replaced).',
  mismatch: 'The state in the response does not match the request started here: it may have been forged or tampered with.',
  expired: 'The admin consent request started here is more than an hour old.',
};
