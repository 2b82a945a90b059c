/**
 * Each app's hygiene, as an access review judges it — one rule for the Applications list, an app's page and
 * the review screen: its secrets and certificates (of its application object and of the service principal
 * itself) expired or expiring within 30 days; whether anyone owns it; its last sign-in (Graph's beta sign-in
 * activity report); and "unused high-risk": it holds a high-risk permission (the console's own rating, the
 * inventory row's risk) and has not signed in for 90 days. Where a read was not possible the answer is
 * "unknown", never a guess: an app is never called unused when the sign-in report is unavailable.
 */
import type { CredentialInfo, InventoryRow } from './inventory';
import { isFirstParty } from './publisher';
import { RISK_ORDER } from './risk';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A credential expiring within this many days needs renewing now. */
export const EXPIRING_WITHIN_DAYS = 30;
/** An app that has not signed in for this many days is unused. */
export const UNUSED_AFTER_DAYS = 90;

export type CredentialStatus = 'expired' | 'expiring' | 'valid';
export type CredentialKind = 'secret' | 'certificate';
/** Where the credential is kept: the app's registration (application object) or the service principal itself. */
export type CredentialPlace = 'application' | 'servicePrincipal';

export interface AppCredential {
  keyId: string;
  name: string;
  kind: CredentialKind;
  where: CredentialPlace;
  /** Certificates: `Sign` or `Verify`. */
  usage?: string;
  /** Null when Graph gives no end date (the credential never expires). */
  expires: string | null;
  status: CredentialStatus;
}

/** An application object (app registration) with its credentials, matched to its service principal by appId. */
export interface ApplicationObjectInfo {
  id: string;
  appId: string;
  displayName?: string | null;
  passwordCredentials?: CredentialInfo[] | null;
  keyCredentials?: CredentialInfo[] | null;
}

/** A read the rule depends on: done, still loading, or not possible (with the reason to show). */
export type ReadState<T> = { state: 'available'; value: T } | { state: 'loading' } | { state: 'unavailable'; reason: string };

export type OwnersState =
  | { state: 'some' }
  | { state: 'none' }
  /** Microsoft's own apps are owned in Microsoft's tenant: "no owner" in yours means nothing. */
  | { state: 'microsoft' }
  | { state: 'unknown'; reason?: string };

export type LastSignIn =
  /** `at` null: the report holds no sign-in of this app. */
  { state: 'recorded'; at: string | null } | { state: 'loading' } | { state: 'unavailable'; reason: string };

export type UnusedVerdict =
  | { state: 'unused'; reason: string }
  | { state: 'used'; reason: string }
  | { state: 'unknown'; reason: string }
  /** Holds no high-risk permission: the question does not arise. */
  | { state: 'not-high-risk'; reason: string };

export interface AppHygiene {
  spId: string;
  /** Soonest expiry first; credentials that never expire last. */
  credentials: AppCredential[];
  /** The worst status of its credentials; undefined when it has none (that the console could read). */
  credentialStatus?: CredentialStatus;
  /** The soonest end date among its credentials. */
  soonestExpiry?: string;
  /** False while the application objects load or when they could not be read: the list may lack some. */
  credentialsComplete: boolean;
  owners: OwnersState;
  lastSignIn: LastSignIn;
  highRisk: boolean;
  unused: UnusedVerdict;
}

export interface HygieneInput {
  rows: readonly InventoryRow[];
  /** GET /applications (only apps registered in this tenant have one). */
  applications: ReadState<readonly ApplicationObjectInfo[]>;
  /** Service principal ids that have no owner (the advanced query `owners/$count eq 0`). */
  ownerless: ReadState<ReadonlySet<string>>;
  /** appId → last sign-in (ISO), from the sign-in activity report; an app it does not list has none recorded. */
  signIns: ReadState<ReadonlyMap<string, string>>;
  now: number;
}

export function credentialStatus(expires: string | null, now: number): CredentialStatus {
  if (!expires) return 'valid';
  const end = Date.parse(expires);
  if (Number.isNaN(end)) return 'valid';
  if (end <= now) return 'expired';
  return end - now <= EXPIRING_WITHIN_DAYS * DAY_MS ? 'expiring' : 'valid';
}

const STATUS_ORDER: readonly CredentialStatus[] = ['valid', 'expiring', 'expired'];

function toCredentials(list: readonly CredentialInfo[] | null | undefined, kind: CredentialKind, where: CredentialPlace, now: number): AppCredential[] {
  return (list ?? []).map((c, i) => {
    const expires = c.endDateTime ?? null;
    const name = c.displayName || (kind === 'secret' ? 'Unnamed secret' : 'Unnamed certificate');
    return {
      keyId: c.keyId ?? `${where}-${kind}-${i}`,
      name,
      kind,
      where,
      ...(c.usage ? { usage: c.usage } : {}),
      expires,
      status: credentialStatus(expires, now),
    };
  });
}

const byExpiry = (a: AppCredential, b: AppCredential) => (a.expires ?? '\uffff').localeCompare(b.expires ?? '\uffff');

export const isHighRisk = (row: InventoryRow): boolean => RISK_ORDER.indexOf(row.risk) >= RISK_ORDER.indexOf('high');

function ownersOf(row: InventoryRow, ownerless: HygieneInput['ownerless']): OwnersState {
  if (isFirstParty(row.sp)) return { state: 'microsoft' };
  if (ownerless.state === 'available') return ownerless.value.has(row.sp.id) ? { state: 'none' } : { state: 'some' };
  return ownerless.state === 'unavailable' ? { state: 'unknown', reason: ownerless.reason } : { state: 'unknown' };
}

function lastSignInOf(row: InventoryRow, signIns: HygieneInput['signIns']): LastSignIn {
  if (signIns.state !== 'available') return signIns;
  return { state: 'recorded', at: signIns.value.get(row.sp.appId.toLowerCase()) ?? null };
}

function unusedVerdict(highRisk: boolean, lastSignIn: LastSignIn, now: number): UnusedVerdict {
  if (!highRisk) return { state: 'not-high-risk', reason: 'It holds no high-risk permission.' };
  if (lastSignIn.state === 'loading') return { state: 'unknown', reason: 'The sign-in activity report is still loading.' };
  if (lastSignIn.state === 'unavailable') return { state: 'unknown', reason: `Its last sign-in cannot be told: ${lastSignIn.reason}` };
  if (lastSignIn.at === null) return { state: 'unused', reason: 'It holds a high-risk permission and the sign-in report records no sign-in of it.' };
  const days = Math.floor((now - Date.parse(lastSignIn.at)) / DAY_MS);
  return days >= UNUSED_AFTER_DAYS
    ? { state: 'unused', reason: `It holds a high-risk permission and last signed in ${days} days ago (more than ${UNUSED_AFTER_DAYS}).` }
    : { state: 'used', reason: `It signed in ${days === 0 ? 'today' : `${days} day${days === 1 ? '' : 's'} ago`}, within ${UNUSED_AFTER_DAYS} days.` };
}

/** Every app's hygiene, by service principal id. */
export function buildHygiene({ rows, applications, ownerless, signIns, now }: HygieneInput): Map<string, AppHygiene> {
  const appObjects = new Map<string, ApplicationObjectInfo>();
  if (applications.state === 'available') for (const app of applications.value) appObjects.set(app.appId.toLowerCase(), app);
  const lastSignIns =
    signIns.state === 'available' ? { ...signIns, value: new Map([...signIns.value].map(([appId, at]) => [appId.toLowerCase(), at])) } : signIns;

  const byApp = new Map<string, AppHygiene>();
  for (const row of rows) {
    const app = appObjects.get(row.sp.appId.toLowerCase());
    const credentials = [
      ...toCredentials(app?.passwordCredentials, 'secret', 'application', now),
      ...toCredentials(app?.keyCredentials, 'certificate', 'application', now),
      ...toCredentials(row.sp.passwordCredentials, 'secret', 'servicePrincipal', now),
      ...toCredentials(row.sp.keyCredentials, 'certificate', 'servicePrincipal', now),
    ].sort(byExpiry);
    const worst = credentials.reduce<CredentialStatus | undefined>(
      (w, c) => (w === undefined || STATUS_ORDER.indexOf(c.status) > STATUS_ORDER.indexOf(w) ? c.status : w),
      undefined,
    );
    const soonest = credentials.find((c) => c.expires)?.expires;
    const highRisk = isHighRisk(row);
    const lastSignIn = lastSignInOf(row, lastSignIns);
    byApp.set(row.sp.id, {
      spId: row.sp.id,
      credentials,
      ...(worst ? { credentialStatus: worst } : {}),
      ...(soonest ? { soonestExpiry: soonest } : {}),
      credentialsComplete: applications.state === 'available',
      owners: ownersOf(row, ownerless),
      lastSignIn,
      highRisk,
      unused: unusedVerdict(highRisk, lastSignIn, now),
    });
  }
  return byApp;
}

/** Holds a credential that has expired or expires within 30 days. */
export const hasExpiringCredentials = (h: AppHygiene): boolean => h.credentialStatus === 'expired' || h.credentialStatus === 'expiring';
