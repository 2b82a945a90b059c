/** A decoded JWT payload as the engine's AccessTokenClaims: only well-typed claims are kept. */
import type { AccessTokenClaims } from './types';

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined);

export function toAccessTokenClaims(payload: Record<string, unknown>): AccessTokenClaims {
  return {
    aud: str(payload.aud),
    scp: str(payload.scp),
    roles: strings(payload.roles),
    idtyp: str(payload.idtyp),
    wids: strings(payload.wids),
    exp: num(payload.exp),
    nbf: num(payload.nbf),
    iat: num(payload.iat),
    xms_cc: strings(payload.xms_cc),
    appid: str(payload.appid),
    azp: str(payload.azp),
    oid: str(payload.oid),
    tid: str(payload.tid),
    upn: str(payload.upn),
  };
}

/** `https://graph.microsoft.com/v1.0/me/messages?$top=5` → `/me/messages?$top=5` (path and query only). */
export function requestTarget(urlOrPath: string): string {
  let target = urlOrPath.trim();
  const scheme = /^[a-z][a-z0-9+.-]*:\/\/[^/]+/i.exec(target);
  if (scheme) target = target.slice(scheme[0].length);
  target = target.split('#')[0] ?? '';
  target = target.replace(/^\/?(v1\.0|beta)(?=\/|$|\?)/i, '');
  return target.startsWith('/') ? target : `/${target}`;
}
