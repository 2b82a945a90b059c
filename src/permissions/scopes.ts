/**
 * Scopes and scope strings: the space-separated `scope` of a grant, an `scp` claim or a `scope` parameter,
 * split, compared and combined as sets. Graph compares scopes case-insensitively, as Entra ID does; a
 * scope string built here keeps the spelling it was given.
 */

/** OpenID Connect scopes: they need no grant and are not Graph permissions. */
export const OIDC_SCOPES: readonly string[] = ['openid', 'profile', 'offline_access', 'email'];

const GRAPH_RESOURCE_PREFIXES = ['https://graph.microsoft.com/', '00000003-0000-0000-c000-000000000000/'];

/** `https://graph.microsoft.com/User.Read` → `User.Read`; other strings are returned trimmed. */
export function normalizeScope(scope: string): string {
  const trimmed = scope.trim();
  const lower = trimmed.toLowerCase();
  const prefix = GRAPH_RESOURCE_PREFIXES.find((p) => lower.startsWith(p));
  return prefix ? trimmed.slice(prefix.length) : trimmed;
}

export function isOidcScope(scope: string): boolean {
  const lower = normalizeScope(scope).toLowerCase();
  return OIDC_SCOPES.includes(lower);
}

/** Splits an `scp` claim or a `scope` parameter ("User.Read Mail.Read") into scopes. */
export function parseScopeString(value: string | undefined | null): string[] {
  if (!value) return [];
  return uniqueScopes(splitScopes(value));
}

/** Removes duplicates (case-insensitive), keeping the first spelling and the order. */
export function uniqueScopes(scopes: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of scopes) {
    const scope = normalizeScope(raw);
    const key = scope.toLowerCase();
    if (scope.length === 0 || seen.has(key)) continue;
    seen.add(key);
    result.push(scope);
  }
  return result;
}

/** The Graph permissions among `required` that `held` does not cover (OIDC scopes never count). */
export function missingScopes(required: readonly string[], held: readonly string[]): string[] {
  const heldKeys = new Set(held.map((s) => normalizeScope(s).toLowerCase()));
  return uniqueScopes(required).filter((s) => !isOidcScope(s) && !heldKeys.has(s.toLowerCase()));
}

/** The scopes of a scope string in its order and spelling ("User.Read  Mail.Read" → two scopes). */
export function splitScopes(scope: string | null | undefined): string[] {
  return (scope ?? '').split(/\s+/).filter(Boolean);
}

/** Scopes of `base` plus those of `extra` it lacks, keeping base's order and spelling. */
export function unionScopes(base: string, extra: string): string {
  const have = splitScopes(base);
  const lower = new Set(have.map((s) => s.toLowerCase()));
  return [...have, ...splitScopes(extra).filter((s) => !lower.has(s.toLowerCase()))].join(' ');
}

/** Whether two scope strings hold the same scopes, whatever their order, case or repetitions. */
export function sameScopes(a: string, b: string): boolean {
  const set = (scope: string) => [...new Set(splitScopes(scope).map((s) => s.toLowerCase()))].sort().join(' ');
  return set(a) === set(b);
}

/** Scopes of `scope` that `other` lacks, in `scope`'s order. */
export function scopesMissingFrom(scope: string, other: string): string[] {
  const have = new Set(splitScopes(other).map((s) => s.toLowerCase()));
  return splitScopes(scope).filter((s) => !have.has(s.toLowerCase()));
}

/** The scope string without `remove`; empty when nothing is left. */
export function scopeWithout(scope: string, remove: readonly string[]): string {
  const drop = new Set(remove.map((s) => s.toLowerCase()));
  return splitScopes(scope)
    .filter((s) => !drop.has(s.toLowerCase()))
    .join(' ');
}
