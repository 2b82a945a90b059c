/**
 * The Applications list's search, filters and sort, as they live in the URL (a deep link reproduces
 * the view). Absent parameters mean "no filter", so a plain `/apps` URL stays plain.
 */
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
  sort: SortKey;
  direction: SortDirection;
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
  next.delete('unverified');
  set('sort', state.sort === 'name' ? undefined : state.sort);
  set('dir', state.direction === defaultDirection(state.sort) ? undefined : state.direction);
  return next;
}

export function activeFilterCount(state: AppListParams): number {
  return [state.search, state.type, state.risk, state.userConsents, state.appPermissions].filter(Boolean).length;
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

export function filterRows(rows: readonly InventoryRow[], state: AppListParams, tenantId: string): InventoryRow[] {
  const term = state.search.trim();
  return rows.filter(
    (row) =>
      matchesSearch(row, term, tenantId) &&
      (!state.type || publisherOf(row.sp, tenantId).kind === state.type) &&
      (!state.risk || row.risk === state.risk) &&
      (!state.userConsents || row.consentingUsers > 0) &&
      (!state.appPermissions || row.appPermissions > 0),
  );
}

const byName = (a: InventoryRow, b: InventoryRow) => a.sp.displayName.localeCompare(b.sp.displayName, undefined, { sensitivity: 'base' });

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
  return [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    const primary = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    // Ties always read A→Z, whatever the direction.
    return primary !== 0 ? primary * sign : byName(a, b);
  });
}
