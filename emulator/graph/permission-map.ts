// Which permissions allow which Graph call: the generated map the console also reads
// (src/permissions/catalog/graph-api-permissions.json, "METHOD /path" → delegated/application lists).
import { readFileSync } from 'node:fs';

export interface PermissionEntry {
  /** delegated (work or school) permissions, least-privileged first */
  d?: string[];
  /** application permissions */
  a?: string[];
  /** permissions that only work together with one of the listed others */
  r?: { d?: Record<string, string[]>; a?: Record<string, string[]> };
}

const mapUrl = new URL('../../src/permissions/catalog/graph-api-permissions.json', import.meta.url);
const entries = JSON.parse(readFileSync(mapUrl, 'utf8')) as Record<string, PermissionEntry>;

/** The map's key for a route pattern: lower-case path, every placeholder written {id} (or {value} in key segments). */
export function permissionKey(method: string, pattern: string): string {
  const path = pattern
    .toLowerCase()
    .replace(/\(([a-z]+)=\{[^}]+\}\)/g, '($1={value})')
    .replace(/\{[^}]+\}/g, '{id}');
  return `${method.toUpperCase()} ${path}`;
}

export function permissionEntry(key: string): PermissionEntry | undefined {
  return entries[key];
}

/** Read-only permissions (X.Read, X.Read.All, X.ReadBasic.All …), as opposed to X.ReadWrite… */
function isReadOnly(permission: string): boolean {
  return /\.Read(Basic)?(\.|$)/i.test(permission) && !/ReadWrite/i.test(permission);
}

/**
 * Does a caller holding `held` (lower-cased) satisfy the entry? One listed permission is enough, unless the
 * map says that permission only works together with another one (alsoRequires). The reference data lists
 * pairs such as "AppRoleAssignment.ReadWrite.All and Directory.Read.All" but records the pairing for only
 * one of the two, so on a write a read-only permission never suffices alone.
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
