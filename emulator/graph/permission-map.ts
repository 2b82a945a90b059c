// Which permissions allow which Graph call. Documented calls (emulator/rules/graph-api-rules.json, from
// Microsoft's API reference) are allowed when the token holds every permission of one `anyOf` set; calls
// the reference data does not cover fall back to the devx map (emulator/rules/graph-api-permissions.json).
import { apiRule, devxPermissionMap, type DevxEntry } from '../rules/rules.ts';

export type PermissionEntry = DevxEntry;

/** The map's key for a route pattern: lower-case path, every placeholder written {id} (or {value} in key segments). */
export function permissionKey(method: string, pattern: string): string {
  const path = pattern
    .toLowerCase()
    .replace(/\{[^}]+\}/g, '{id}')
    .replace(/\(([a-z]+)=\{id\}\)/g, '($1={value})');
  return `${method.toUpperCase()} ${path}`;
}

export function permissionEntry(key: string): PermissionEntry | undefined {
  return Object.hasOwn(devxPermissionMap, key) ? devxPermissionMap[key] : undefined;
}

/** Does any data (documented rules or the devx map) say which permissions allow this key? */
export function isKnownKey(key: string): boolean {
  return apiRule(key) !== undefined || permissionEntry(key) !== undefined;
}

/** Does a caller holding `held` (lower-cased) have every permission of one set? */
export function holdsOneSet(sets: readonly (readonly string[])[], held: ReadonlySet<string>): boolean {
  return sets.some((set) => set.length > 0 && set.every((p) => held.has(p.toLowerCase())));
}

/** Does the caller satisfy the key: the documented anyOf sets when there are any, else the devx map. */
export function permitted(key: string, held: ReadonlySet<string>, delegated: boolean): boolean {
  const rule = apiRule(key);
  if (rule) {
    const sets = delegated ? rule.d : rule.a;
    return sets !== false && holdsOneSet(sets, held);
  }
  const entry = permissionEntry(key);
  return entry !== undefined && satisfies(entry, held, delegated, !key.startsWith('GET '));
}

/** Read-only permissions (X.Read, X.Read.All, X.ReadBasic.All …), as opposed to X.ReadWrite… */
function isReadOnly(permission: string): boolean {
  return /\.Read(Basic)?(\.|$)/i.test(permission) && !/ReadWrite/i.test(permission);
}

/**
 * The devx fallback: one listed permission is enough, unless the map says that permission only works
 * together with another one (alsoRequires). The devx data records such pairings for only one of the two, so
 * on a write a read-only permission never suffices alone (the stricter reading).
 */
export function satisfies(entry: PermissionEntry, held: ReadonlySet<string>, delegated: boolean, write = false): boolean {
  const listed = (delegated ? entry.d : entry.a) ?? [];
  const requires = (delegated ? entry.r?.d : entry.r?.a) ?? {};
  return listed.some((permission) => {
    if (!held.has(permission.toLowerCase())) return false;
    if (write && isReadOnly(permission) && !requires[permission]) return false;
    const partners = requires[permission];
    return !partners || partners.some((p) => held.has(p.toLowerCase()));
  });
}
