// Scope strings as grants, tokens and consent requests carry them: space-separated values whose case does
// not matter.

/** OIDC scopes need no grant: they are always allowed. */
export const OIDC_SCOPES = ['openid', 'profile', 'email', 'offline_access'];

export function splitScopes(scope: string | null | undefined): string[] {
  return (scope ?? '').split(/\s+/).filter(Boolean);
}

/** The same scopes in any order and case. */
export function sameScopes(a: string, b: string): boolean {
  const key = (s: string) =>
    splitScopes(s)
      .map((v) => v.toLowerCase())
      .sort()
      .join(' ');
  return key(a) === key(b);
}
