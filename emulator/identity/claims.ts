// The OIDC `claims` request parameter as MSAL sends it: client capabilities (`xms_cc: cp1`) and the
// claims challenges Graph returns (`nbf`: sign in again after this instant; `acrs`: authentication context).
import { aad } from './errors.ts';

export interface ClaimsRequest {
  cp1: boolean;
  /** Seconds since epoch: the sign-in must be newer than this. */
  nbf?: number;
  acrs: string[];
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function values(entry: unknown): string[] {
  if (!isObject(entry)) return [];
  if (Array.isArray(entry.values)) return entry.values.filter((v): v is string => typeof v === 'string');
  return typeof entry.value === 'string' ? [entry.value] : [];
}

export function parseClaims(raw: string | null | undefined): ClaimsRequest {
  if (raw === null || raw === undefined || raw === '') return { cp1: false, acrs: [] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw aad.invalidClaims();
  }
  if (!isObject(parsed)) throw aad.invalidClaims();
  const accessToken = isObject(parsed.access_token) ? parsed.access_token : {};
  const nbfValue = values(accessToken.nbf)[0];
  const nbf = nbfValue !== undefined && /^\d+$/.test(nbfValue) ? Number(nbfValue) : undefined;
  return {
    cp1: values(accessToken.xms_cc).some((v) => v.toLowerCase() === 'cp1'),
    nbf,
    acrs: values(accessToken.acrs),
  };
}

/** A challenge only a fresh interactive sign-in satisfies: an acrs demand, or a sign-in older than nbf. */
export function needsFreshSignIn(claims: ClaimsRequest, authTimeMs: number): boolean {
  if (claims.acrs.length > 0) return true;
  return claims.nbf !== undefined && authTimeMs < claims.nbf * 1000;
}
