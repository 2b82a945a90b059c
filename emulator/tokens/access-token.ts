// Access tokens for Microsoft Graph (and other resources), shaped as Entra ID v1 access tokens for Graph:
// iss https://sts.windows.net/{tid}/, aud the resource, scp or roles, wids, idtyp, xms_cc.
import { SignJWT, jwtVerify, decodeJwt, decodeProtectedHeader, errors } from 'jose';
import { randomUUID } from 'node:crypto';
import type { SigningKeys } from './keys.ts';

export interface AccessTokenInput {
  tenantId: string;
  /** The audience: for Graph, its app id or https://graph.microsoft.com */
  audience: string;
  client: { appId: string; displayName: string };
  /** Delegated: the signed-in user. Absent for app-only tokens. */
  user?: { id: string; userPrincipalName: string; displayName: string; roleTemplateIds: string[]; givenName?: string | null; surname?: string | null };
  /** Delegated scopes (short names) — for user tokens. */
  scopes?: string[];
  /** Application roles — for app-only tokens. */
  roles?: string[];
  /** App-only: the client's service principal object id, which real app tokens carry as oid and sub. */
  servicePrincipalId?: string;
  lifetimeSeconds: number;
  /** The client declared the cp1 capability (it can handle claims challenges). */
  cp1?: boolean;
  /** The session id the token belongs to (for revocation). */
  sid?: string;
  /** Issue time, seconds since epoch (tests mint tokens in the past). */
  issuedAt?: number;
  /** Not-before, seconds since epoch, when it differs from issuedAt (default: issuedAt). */
  notBefore?: number;
  /** Further claims, e.g. `acrs` after an authentication-context challenge. */
  extraClaims?: Record<string, unknown>;
}

export interface AccessTokenClaims {
  aud: string;
  iss: string;
  iat: number;
  nbf: number;
  exp: number;
  tid: string;
  oid: string;
  sub: string;
  appid: string;
  azp: string;
  app_displayname: string;
  idtyp: 'user' | 'app';
  ver: '1.0';
  uti: string;
  scp?: string;
  roles?: string[];
  wids?: string[];
  upn?: string;
  unique_name?: string;
  name?: string;
  given_name?: string;
  family_name?: string;
  xms_cc?: string[];
  sid?: string;
  [key: string]: unknown;
}

export async function issueAccessToken(keys: SigningKeys, input: AccessTokenInput): Promise<{ token: string; claims: AccessTokenClaims }> {
  const iat = input.issuedAt ?? Math.floor(Date.now() / 1000);
  const claims: AccessTokenClaims = {
    aud: input.audience,
    iss: `https://sts.windows.net/${input.tenantId}/`,
    iat,
    nbf: input.notBefore ?? iat,
    exp: (input.notBefore ?? iat) + input.lifetimeSeconds,
    tid: input.tenantId,
    oid: input.user?.id ?? '',
    sub: input.user?.id ?? input.client.appId,
    appid: input.client.appId,
    azp: input.client.appId,
    app_displayname: input.client.displayName,
    idtyp: input.user ? 'user' : 'app',
    ver: '1.0',
    uti: randomUUID().replace(/-/g, '').slice(0, 22),
  };
  if (input.user) {
    claims.scp = (input.scopes ?? []).join(' ');
    claims.wids = [...input.user.roleTemplateIds, 'b79fbf4d-3ef9-4689-8143-76b194e85509'];
    claims.upn = input.user.userPrincipalName;
    claims.unique_name = input.user.userPrincipalName;
    claims.name = input.user.displayName;
    if (input.user.givenName) claims.given_name = input.user.givenName;
    if (input.user.surname) claims.family_name = input.user.surname;
    if (input.sid) claims.sid = input.sid;
  } else {
    claims.roles = input.roles ?? [];
    claims.oid = input.servicePrincipalId ?? `app:${input.client.appId}`;
    if (input.servicePrincipalId) claims.sub = input.servicePrincipalId;
  }
  if (input.cp1) claims.xms_cc = ['CP1'];
  if (input.extraClaims) Object.assign(claims, input.extraClaims);
  const token = await new SignJWT(claims).setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: keys.kid }).sign(keys.privateKey);
  return { token, claims };
}

export type TokenProblem = 'missing' | 'malformed' | 'signature' | 'expired' | 'notYetValid' | 'audience';

export type VerifyResult = { ok: true; claims: AccessTokenClaims } | { ok: false; problem: TokenProblem };

/** Checks a bearer token as a resource would: shape, signature, lifetime, audience. */
export async function verifyAccessToken(keys: SigningKeys, token: string | undefined, audiences: string[]): Promise<VerifyResult> {
  if (!token) return { ok: false, problem: 'missing' };
  try {
    decodeProtectedHeader(token);
    decodeJwt(token);
  } catch {
    return { ok: false, problem: 'malformed' };
  }
  try {
    const { payload } = await jwtVerify(token, keys.publicKey, { algorithms: ['RS256'], clockTolerance: 0 });
    const claims = payload as AccessTokenClaims;
    if (!audiences.map((a) => a.toLowerCase()).includes(String(claims.aud).toLowerCase())) return { ok: false, problem: 'audience' };
    return { ok: true, claims };
  } catch (e) {
    if (e instanceof errors.JWTExpired) return { ok: false, problem: 'expired' };
    if (e instanceof errors.JWTClaimValidationFailed && e.claim === 'nbf') return { ok: false, problem: 'notYetValid' };
    if (e instanceof errors.JWSSignatureVerificationFailed) return { ok: false, problem: 'signature' };
    return { ok: false, problem: 'malformed' };
  }
}
