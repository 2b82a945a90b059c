/**
 * What the console was doing when it left for the identity platform, so that on return it can put
 * the user back on the same route (deep link with query string) and log the outcome.
 */

export interface PendingInteraction {
  kind: 'sign-in' | 'consent';
  scopes: string[];
  /** Path + query + hash inside the console, e.g. `/apps?q=Contoso`. */
  returnTo: string;
  /**
   * What the console knew the identity platform would show: `admin-approval` when the account cannot
   * consent to an admin-consent permission asked for, so Microsoft shows "Need admin approval" and any
   * return without consent means that, not a declined consent page.
   */
  expect?: 'admin-approval';
}

const PENDING_KEY = 'consent-console.pending-interaction';

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Only a same-origin path is accepted, never a URL that could send the user elsewhere. */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return '/';
  return value;
}

export function savePendingInteraction(pending: PendingInteraction, storage: StorageLike = sessionStorage): void {
  storage.setItem(PENDING_KEY, JSON.stringify(pending));
}

/** Reads and removes the pending interaction. */
export function takePendingInteraction(storage: StorageLike = sessionStorage): PendingInteraction | undefined {
  const raw = storage.getItem(PENDING_KEY);
  storage.removeItem(PENDING_KEY);
  if (!raw) return undefined;
  try {
    const parsed = JSON.parse(raw) as Partial<PendingInteraction>;
    if (parsed.kind !== 'sign-in' && parsed.kind !== 'consent') return undefined;
    return {
      kind: parsed.kind,
      scopes: Array.isArray(parsed.scopes) ? parsed.scopes.filter((s) => typeof s === 'string') : [],
      returnTo: safeReturnPath(parsed.returnTo),
      ...(parsed.expect === 'admin-approval' ? { expect: parsed.expect } : {}),
    };
  } catch {
    return undefined;
  }
}
