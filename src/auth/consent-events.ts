/** This browser session's sign-in and consent events, kept in sessionStorage for the Permissions page. */

export type ConsentEventKind = 'sign-in-started' | 'signed-in' | 'consent-requested' | 'consent-granted' | 'consent-declined' | 'failed';

export interface ConsentEvent {
  at: string;
  kind: ConsentEventKind;
  scopes: string[];
  /** AADSTS code or MSAL error code for declined / failed. */
  code?: string;
  /** The console route the event came from. */
  route?: string;
  account?: string;
}

const EVENTS_KEY = 'consent-console.consent-events';
const MAX_EVENTS = 100;

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function isEvent(value: unknown): value is ConsentEvent {
  return typeof value === 'object' && value !== null && 'kind' in value && 'at' in value && 'scopes' in value;
}

export function readConsentEvents(storage: StorageLike = sessionStorage): ConsentEvent[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(EVENTS_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isEvent) : [];
  } catch {
    return [];
  }
}

export function recordConsentEvent(event: Omit<ConsentEvent, 'at'> & { at?: string }, storage: StorageLike = sessionStorage): void {
  const events = [...readConsentEvents(storage), { ...event, at: event.at ?? new Date().toISOString() }];
  storage.setItem(EVENTS_KEY, JSON.stringify(events.slice(-MAX_EVENTS)));
}

export function clearConsentEvents(storage: StorageLike = sessionStorage): void {
  storage.removeItem(EVENTS_KEY);
}
