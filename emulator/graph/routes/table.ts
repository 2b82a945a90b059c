// The Graph route table: method + path pattern ({name} segments, case-insensitive) → handler, plus what
// authorization needs — the permission-map key (derived from the pattern) and, for delegated writes, the
// directory roles that may perform them.
import type { RouteCall, RouteHandler } from '../types.ts';
import { isKnownKey, permissionKey } from '../permission-map.ts';

export interface RouteSpec {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  pattern: string;
  handler: RouteHandler;
  /** Directory roles a delegated caller's user needs in addition to the documented ones (where the docs are silent). */
  roles?: (call: RouteCall) => readonly string[];
  /** The map's path when it differs from the pattern (/$count segments are authorized as their collection). */
  permissionPattern?: string;
  /** /me and friends: app-only tokens get Graph's 400. */
  delegatedOnly?: boolean;
}

export interface CompiledRoute extends RouteSpec {
  regex: RegExp;
  names: string[];
  key: string;
}

export function compile(spec: RouteSpec): CompiledRoute {
  const names: string[] = [];
  const source = spec.pattern
    .split('/')
    .map((segment) => {
      const m = /^\{(\w+)\}$/.exec(segment);
      if (m) {
        names.push(m[1]!);
        return '([^/]+)';
      }
      return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('/');
  const key = permissionKey(spec.method, spec.permissionPattern ?? spec.pattern);
  // A route the permission map does not know could never be authorized: fail at start-up, not at request time.
  if (!isKnownKey(key)) throw new Error(`No permission map entry for ${key}`);
  return { ...spec, regex: new RegExp(`^${source}/?$`, 'i'), names, key };
}

export type RouteMatch = { route: CompiledRoute; params: Record<string, string> } | 'method' | undefined;

export function matchRoute(routes: readonly CompiledRoute[], method: string, path: string): RouteMatch {
  let pathExists = false;
  for (const route of routes) {
    const m = route.regex.exec(path);
    if (!m) continue;
    if (route.method !== method) {
      pathExists = true;
      continue;
    }
    const params: Record<string, string> = {};
    route.names.forEach((name, i) => {
      params[name] = m[i + 1] ?? '';
    });
    return { route, params };
  }
  return pathExists ? 'method' : undefined;
}
