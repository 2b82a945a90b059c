/**
 * The claims of a Graph access token that incremental consent changes (scp, iat, exp, aud), kept per
 * showcase step in sessionStorage so the "before" survives the redirect to the identity platform.
 */
import { decodeJwtPayload } from '../../../auth/token-claims';
import { parseScopeString } from '../../../permissions/scopes';

export interface TokenSnapshot {
  scopes: string[];
  /** Seconds since the epoch, as in the token. */
  iat?: number;
  exp?: number;
  aud?: string;
}

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

const KEY = 'consent-console.showcase';

export function snapshotOf(accessToken: string): TokenSnapshot {
  const claims = decodeJwtPayload(accessToken);
  const num = (v: unknown) => (typeof v === 'number' ? v : undefined);
  return {
    scopes: parseScopeString(typeof claims.scp === 'string' ? claims.scp : undefined),
    iat: num(claims.iat),
    exp: num(claims.exp),
    aud: typeof claims.aud === 'string' ? claims.aud : undefined,
  };
}

export const hasScope = (snapshot: TokenSnapshot | undefined, scope: string) => Boolean(snapshot?.scopes.some((s) => s.toLowerCase() === scope.toLowerCase()));

function readAll(storage: StorageLike): Record<string, TokenSnapshot> {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(KEY) ?? '{}');
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, TokenSnapshot>) : {};
  } catch {
    return {};
  }
}

/** Remembers a snapshot under a name such as "1:before" (never the token itself, only these claims). */
export function saveSnapshot(name: string, snapshot: TokenSnapshot, storage: StorageLike = sessionStorage): void {
  storage.setItem(KEY, JSON.stringify({ ...readAll(storage), [name]: snapshot }));
}

export function readSnapshot(name: string, storage: StorageLike = sessionStorage): TokenSnapshot | undefined {
  const value = readAll(storage)[name];
  return value && Array.isArray(value.scopes) ? value : undefined;
}
