/**
 * The Graph v1.0 API → permission map (generated into ./catalog/graph-api-permissions.json): which
 * delegated and application permissions allow a call, least-privileged first. Used by the diagnosis
 * engine and the per-API status table. Loaded on demand: it is about 1 MB.
 */

import { queryOptions } from '@tanstack/react-query';
import { permissionKeys } from './catalog';

/** The generated file's entry shape (see ./catalog/README.md). */
export interface RawApiEntry {
  d?: string[];
  a?: string[];
  ld?: number;
  la?: number;
  r?: { d?: Record<string, string[]>; a?: Record<string, string[]> };
}

export interface ApiPermissions {
  /** The map key, e.g. "GET /serviceprincipals/{id}". */
  key: string;
  method: string;
  path: string;
  delegated: string[];
  application: string[];
  /** The least-privileged permission of each kind (Microsoft's pick, else the first listed). */
  leastDelegated?: string;
  leastApplication?: string;
  /** Permission → the permissions it only works together with. */
  alsoRequires: { delegated: Record<string, string[]>; application: Record<string, string[]> };
}

export interface ApiPermissionMap {
  /** The entry for a request, from a full URL or a path; ids in the path match `{id}` segments. */
  lookup(method: string, urlOrPath: string): ApiPermissions | undefined;
  /** Every entry, for the searchable catalogue. */
  entries(): ApiPermissions[];
}

/** `https://graph.microsoft.com/v1.0/users/x?$select=id` → `/users/x`. */
export function graphPath(urlOrPath: string): string {
  let path = urlOrPath.trim();
  const scheme = /^[a-z][a-z0-9+.-]*:\/\/[^/]+/i.exec(path);
  if (scheme) path = path.slice(scheme[0].length);
  path = path.split(/[?#]/)[0] ?? '';
  path = path.replace(/^\/(v1\.0|beta)(?=\/|$)/i, '');
  if (!path.startsWith('/')) path = `/${path}`;
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
}

interface Matcher {
  entry: ApiPermissions;
  segments: (string | RegExp)[];
  literals: number;
}

function segmentMatcher(segment: string): string | RegExp {
  if (!segment.includes('{')) return segment;
  const source = segment
    .split(/\{[^}]+\}/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^/]+?');
  return new RegExp(`^${source}$`, 'i');
}

function toEntry(key: string, raw: RawApiEntry): ApiPermissions {
  const space = key.indexOf(' ');
  const delegated = raw.d ?? [];
  const application = raw.a ?? [];
  return {
    key,
    method: key.slice(0, space),
    path: key.slice(space + 1),
    delegated,
    application,
    leastDelegated: delegated[0],
    leastApplication: application[0],
    alsoRequires: { delegated: raw.r?.d ?? {}, application: raw.r?.a ?? {} },
  };
}

export function createApiPermissionMap(raw: Record<string, RawApiEntry>): ApiPermissionMap {
  const byMethodAndLength = new Map<string, Matcher[]>();
  const all: ApiPermissions[] = [];
  for (const [key, value] of Object.entries(raw)) {
    const entry = toEntry(key, value);
    all.push(entry);
    const segments = entry.path.split('/').slice(1).map(segmentMatcher);
    const bucket = `${entry.method} ${segments.length}`;
    const list = byMethodAndLength.get(bucket) ?? [];
    list.push({ entry, segments, literals: segments.filter((s) => typeof s === 'string').length });
    byMethodAndLength.set(bucket, list);
  }

  return {
    entries: () => all,
    lookup(method, urlOrPath) {
      const parts = graphPath(urlOrPath).toLowerCase().split('/').slice(1);
      const candidates = byMethodAndLength.get(`${method.toUpperCase()} ${parts.length}`) ?? [];
      let best: Matcher | undefined;
      for (const candidate of candidates) {
        const matches = candidate.segments.every((s, i) => {
          const part = parts[i] ?? '';
          return typeof s === 'string' ? s === part || (s === '{id}' && part.length > 0) : s.test(part);
        });
        // Prefer the most specific key: /users/delta over /users/{id}.
        if (matches && (!best || literalScore(candidate, parts) > literalScore(best, parts))) best = candidate;
      }
      return best?.entry;
    },
  };
}

function literalScore(m: Matcher, parts: string[]): number {
  return m.segments.reduce<number>((n, s, i) => n + (typeof s === 'string' && s !== '{id}' && s === parts[i] ? 1 : 0), 0);
}

export const apiPermissionMapQueryOptions = () =>
  queryOptions({
    queryKey: permissionKeys.apiMap(),
    queryFn: loadApiPermissionMap,
    staleTime: Infinity,
    gcTime: Infinity,
  });

export async function loadApiPermissionMap(): Promise<ApiPermissionMap> {
  const module = await import('./catalog/graph-api-permissions.json');
  return createApiPermissionMap(module.default as Record<string, RawApiEntry>);
}
