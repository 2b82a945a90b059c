/**
 * The Applications list's search, filters and sort, as they live in the URL (a deep link reproduces
 * the view). Absent parameters mean "no filter", so a plain `/apps` URL stays plain. The access-review
 * filters (`since=review`, `credentials=expiring`, `owners=none`, `unused=1`) judge each app by the shared
 * rules (src/permissions/hygiene.ts, src/review/since-review.ts): an app whose answer is not known yet
 * does not match.
 */
import { hasExpiringCredentials, type AppHygiene } from '../../../permissions/hygiene';
import type { InventoryRow } from '../../../permissions/inventory';
import { RISK_ORDER, type RiskTier } from '../../../permissions/risk';
import { nameSkeleton } from '../../../permissions/names';
import { PUBLISHER_LABEL, publisherOf, type PublisherKind } from '../../../permissions/publisher';

/** An app's type is who publishes it, as every screen says it (src/permissions/publisher.ts). */
export type AppType = PublisherKind;
export type SortKey = 'name' | 'publisher' | 'adminGrants' | 'users' | 'appPermissions' | 'risk';
export type SortDirection = 'asc' | 'desc';

export interface AppListParams {
  search: string;
  type?: AppType;
  risk?: RiskTier;
  userConsents: boolean;
  appPermissions: boolean;
  /** `since=review`: apps that are new or gained something since the last review mark. */
  sinceReview: boolean;
  /** `credentials=expiring`: a secret or certificate expired or expiring within 30 days. */
  expiringCredentials: boolean;
  /** `owners=none`: nobody owns the app. */
  noOwner: boolean;
  /** `unused=1`: holds a high-risk permission and has not signed in for 90 days. */
  unused: boolean;
  sort: SortKey;
  direction: SortDirection;
}

/** What the access-review filters judge by: each app's hygiene, and the apps changed since the last review. */
export interface ReviewFacts {
  hygiene?: ReadonlyMap<string, AppHygiene>;
  changedSinceReview?: ReadonlySet<string>;
}

/**
 * Which hygiene reads the list starts, never before the inventory is complete (its first rows come first):
 * credentials and owners then (they need only the inventory's Application.Read.All, so the filters and the
 * export have them); the beta sign-in report when the console already holds its permission, or when the
 * unused filter asks for it (which may show Grant access).
 */
export function hygieneReads(state: AppListParams, { inventoryComplete, holdsSignInScope }: { inventoryComplete: boolean; holdsSignInScope: boolean }) {
  return { applications: inventoryComplete, ownerless: inventoryComplete, signIns: inventoryComplete && (state.unused || holdsSignInScope) };
}

const SORT_KEYS: readonly SortKey[] = ['name', 'publisher', 'adminGrants', 'users', 'appPermissions', 'risk'];
export const APP_TYPES = Object.keys(PUBLISHER_LABEL) as AppType[];

/** The natural first direction of each column: names A→Z, counts and risk highest first. */
export function defaultDirection(key: SortKey): SortDirection {
  return key === 'name' || key === 'publisher' ? 'asc' : 'desc';
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return allowed.find((a) => a === value);
}

export function parseListParams(params: URLSearchParams): AppListParams {
  const sort = oneOf(params.get('sort'), SORT_KEYS) ?? 'name';
  return {
    search: params.get('q') ?? '',
    // `unverified=1` is what links made before the type filter named every kind say.
    type: oneOf(params.get('type'), APP_TYPES) ?? (params.get('unverified') === '1' ? 'unverified' : undefined),
    risk: oneOf(params.get('risk'), RISK_ORDER),
    userConsents: params.get('userConsents') === '1',
    appPermissions: params.get('appPermissions') === '1',
    sinceReview: params.get('since') === 'review',
    expiringCredentials: params.get('credentials') === 'expiring',
    noOwner: params.get('owners') === 'none',
    unused: params.get('unused') === '1',
    sort,
    direction: oneOf(params.get('dir'), ['asc', 'desc'] as const) ?? defaultDirection(sort),
  };
}

/** Writes the list state into `base` (other parameters are kept); defaults are left out. */
export function writeListParams(base: URLSearchParams, state: AppListParams): URLSearchParams {
  const next = new URLSearchParams(base);
  const set = (key: string, value: string | undefined) => (value ? next.set(key, value) : next.delete(key));
  set('q', state.search || undefined);
  set('type', state.type);
  set('risk', state.risk);
  set('userConsents', state.userConsents ? '1' : undefined);
  set('appPermissions', state.appPermissions ? '1' : undefined);
  set('since', state.sinceReview ? 'review' : undefined);
  set('credentials', state.expiringCredentials ? 'expiring' : undefined);
  set('owners', state.noOwner ? 'none' : undefined);
  set('unused', state.unused ? '1' : undefined);
  next.delete('unverified');
  set('sort', state.sort === 'name' ? undefined : state.sort);
  set('dir', state.direction === defaultDirection(state.sort) ? undefined : state.direction);
  return next;
}

export function activeFilterCount(state: AppListParams): number {
  return [
    state.search,
    state.type,
    state.risk,
    state.userConsents,
    state.appPermissions,
    state.sinceReview,
    state.expiringCredentials,
    state.noOwner,
    state.unused,
  ].filter(Boolean).length;
}

/** The filters' state with every filter off (the sort is kept). */
export function withoutFilters(state: AppListParams): AppListParams {
  return {
    ...state,
    search: '',
    type: undefined,
    risk: undefined,
    userConsents: false,
    appPermissions: false,
    sinceReview: false,
    expiringCredentials: false,
    noOwner: false,
    unused: false,
  };
}

/** Publisher name and kind for one row (verified publisher first, as Entra shows it). */
export function publisherName(row: InventoryRow, tenantId: string): string {
  return publisherOf(row.sp, tenantId).name;
}

function matchesSearch(row: InventoryRow, term: string, tenantId: string): boolean {
  if (!term) return true;
  // As names read: "Microsoft Graph" also finds the ones with Cyrillic letters or a zero-width space.
  const needle = nameSkeleton(term);
  return [row.sp.displayName, row.sp.appId, row.sp.id, publisherName(row, tenantId)].some((v) => nameSkeleton(v).includes(needle));
}

function matchesReview(row: InventoryRow, state: AppListParams, { hygiene, changedSinceReview }: ReviewFacts): boolean {
  if (state.sinceReview && !changedSinceReview?.has(row.sp.id)) return false;
  if (!state.expiringCredentials && !state.noOwner && !state.unused) return true;
  const h = hygiene?.get(row.sp.id);
  return (
    h !== undefined &&
    (!state.expiringCredentials || hasExpiringCredentials(h)) &&
    (!state.noOwner || h.owners.state === 'none') &&
    (!state.unused || h.unused.state === 'unused')
  );
}

export function filterRows(rows: readonly InventoryRow[], state: AppListParams, tenantId: string, facts: ReviewFacts = {}): InventoryRow[] {
  const term = state.search.trim();
  return rows.filter(
    (row) =>
      matchesSearch(row, term, tenantId) &&
      (!state.type || publisherOf(row.sp, tenantId).kind === state.type) &&
      (!state.risk || row.risk === state.risk) &&
      (!state.userConsents || row.consentingUsers > 0) &&
      (!state.appPermissions || row.appPermissions > 0) &&
      matchesReview(row, state, facts),
  );
}

// One collator each, made once: localeCompare with options builds a collator per call, which at 50,000 rows is most of a sort.
const collator = new Intl.Collator();
const nameCollator = new Intl.Collator(undefined, { sensitivity: 'base' });

export function sortRows(rows: readonly InventoryRow[], sort: SortKey, direction: SortDirection, tenantId: string): InventoryRow[] {
  const value = (row: InventoryRow): number | string => {
    switch (sort) {
      case 'name':
        return row.sp.displayName.toLowerCase();
      case 'publisher':
        return publisherName(row, tenantId).toLowerCase();
      case 'adminGrants':
        return row.adminGrants;
      case 'users':
        return row.consentingUsers;
      case 'appPermissions':
        return row.appPermissions;
      case 'risk':
        return RISK_ORDER.indexOf(row.risk);
    }
  };
  const sign = direction === 'asc' ? 1 : -1;
  // Each row's key is computed once, not once per comparison.
  const keyed = rows.map((row) => ({ row, key: value(row) }));
  keyed.sort((a, b) => {
    const x = a.key;
    const y = b.key;
    const primary = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    // Ties always read A→Z, whatever the direction.
    return primary !== 0 ? primary * sign : nameCollator.compare(a.row.sp.displayName, b.row.sp.displayName);
  });
  return keyed.map((entry) => entry.row);
}
