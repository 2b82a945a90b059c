/** Scope strings compared as sets (Graph treats scopes case-insensitively), keeping their spelling. */
const split = (scope: string) => scope.split(/\s+/).filter(Boolean);

/** Scopes of `base` plus those of `extra` it lacks, keeping base's order and spelling. */
export function unionScopes(base: string, extra: string): string {
  const have = split(base);
  const lower = new Set(have.map((s) => s.toLowerCase()));
  return [...have, ...split(extra).filter((s) => !lower.has(s.toLowerCase()))].join(' ');
}

export function sameScopes(a: string, b: string): boolean {
  const set = (scope: string) => [...new Set(split(scope).map((s) => s.toLowerCase()))].sort().join(' ');
  return set(a) === set(b);
}

/** Scopes of `scope` that `other` lacks (case-insensitive), in `scope`'s order. */
export function scopesMissingFrom(scope: string, other: string): string[] {
  const have = new Set(split(other).map((s) => s.toLowerCase()));
  return split(scope).filter((s) => !have.has(s.toLowerCase()));
}
