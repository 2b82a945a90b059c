// Minting the token response of a user flow: an access token for the one resource asked for (its `scp`
// is every permission consented for this client, user and resource — which makes incremental consent
// visible), the id_token when `openid` was asked, a refresh token for `offline_access`, client_info.
import { createHash, randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import type { EmulatorContext } from '../context.ts';
import { issueAccessToken } from '../tokens/access-token.ts';
import type { ServicePrincipal, User } from '../tenant/types.ts';
import { consentedScopes } from './consent.ts';
import { GRAPH_APP_ID, responseScope, unique, type RequestedScopes } from './scopes.ts';
import type { IdentityState } from './state.ts';

const ID_TOKEN_SECONDS = 3600;

export interface UserTokenInput {
  tenantId: string;
  client: ServicePrincipal;
  user: User;
  scopes: RequestedScopes;
  sid: string;
  authTimeMs: number;
  spa: boolean;
  cp1: boolean;
  acrs: string[];
  nonce?: string;
  /** Rotation keeps a SPA refresh token's original expiry. */
  refreshExpiresAt?: number;
}

export interface TokenResponse {
  token_type: 'Bearer';
  scope?: string;
  expires_in: number;
  ext_expires_in: number;
  access_token: string;
  refresh_token?: string;
  refresh_token_expires_in?: number;
  id_token?: string;
  client_info?: string;
}

export function clientInfo(user: User, tenantId: string): string {
  return Buffer.from(JSON.stringify({ uid: user.id, utid: tenantId })).toString('base64url');
}

/** The opaque `login_hint` claim MSAL sends back as `login_hint`; it names the user (see resolveLoginHint). */
export function loginHintClaim(user: User, tenantId: string): string {
  return `O.${Buffer.from(JSON.stringify({ oid: user.id, tid: tenantId, upn: user.userPrincipalName })).toString('base64url')}`;
}

/** Seconds since epoch, never earlier than the user's last session revocation (see README: iat vs revocation). */
export function issuedAtFor(user: User): number {
  const now = Math.floor(Date.now() / 1000);
  return Math.max(now, Math.ceil(Date.parse(user.signInSessionsValidFromDateTime) / 1000));
}

function tokenScopes(context: EmulatorContext, input: UserTokenInput): string[] {
  const resource = context.store.servicePrincipals.get(input.scopes.resourceId);
  const granted = consentedScopes(context.store, input.client, input.user, input.scopes.resourceId).filter((s) => s.toLowerCase() !== 'offline_access');
  const oidc = resource?.appId === GRAPH_APP_ID ? input.scopes.oidc.filter((s) => s !== 'offline_access') : [];
  return unique([...granted, ...oidc]);
}

export async function issueUserTokens(context: EmulatorContext, state: IdentityState, input: UserTokenInput): Promise<TokenResponse> {
  const { client, user, scopes } = input;
  const scp = tokenScopes(context, input);
  const now = Math.floor(Date.now() / 1000);
  const { token } = await issueAccessToken(context.keys, {
    tenantId: input.tenantId,
    audience: scopes.audience,
    client: { appId: client.appId, displayName: client.displayName },
    user,
    scopes: scp,
    lifetimeSeconds: context.tokenLifetimeSeconds,
    cp1: input.cp1,
    sid: input.sid,
    issuedAt: issuedAtFor(user),
    notBefore: now,
    extraClaims: input.acrs.length ? { acrs: input.acrs } : undefined,
  });
  context.store.recordSignIn(client, context.store.servicePrincipals.get(scopes.resourceId), 'delegated');
  const responseScopes = unique([
    ...scp.map((s) => (scopes.oidc.includes(s.toLowerCase()) ? s : responseScope(scopes, s))),
    ...scopes.oidc.filter((s) => s !== 'offline_access'),
  ]);
  const response: TokenResponse = {
    token_type: 'Bearer',
    scope: responseScopes.join(' '),
    expires_in: context.tokenLifetimeSeconds,
    ext_expires_in: context.tokenLifetimeSeconds,
    access_token: token,
  };
  if (scopes.oidc.includes('offline_access')) {
    const refresh = state.createRefreshToken({
      clientId: client.appId,
      spa: input.spa,
      userId: user.id,
      sid: input.sid,
      authTimeMs: input.authTimeMs,
      cp1: input.cp1,
      acrs: input.acrs,
      expiresAt: input.refreshExpiresAt,
    });
    response.refresh_token = refresh.token;
    if (input.spa) response.refresh_token_expires_in = Math.max(0, Math.floor((refresh.expiresAt - Date.now()) / 1000));
  }
  if (scopes.oidc.includes('openid')) response.id_token = await issueIdToken(context, input);
  response.client_info = clientInfo(user, input.tenantId);
  return response;
}

export async function issueIdToken(context: EmulatorContext, input: UserTokenInput): Promise<string> {
  const { client, user, tenantId } = input;
  const iat = Math.floor(Date.now() / 1000);
  const claims: Record<string, unknown> = {
    aud: client.appId,
    iss: `https://login.microsoftonline.com/${tenantId}/v2.0`,
    iat,
    nbf: iat,
    exp: iat + ID_TOKEN_SECONDS,
    ...(input.nonce !== undefined ? { nonce: input.nonce } : {}),
    name: user.displayName,
    oid: user.id,
    preferred_username: user.userPrincipalName,
    // `sub` is pairwise: the same user has a different subject in each app.
    sub: createHash('sha256').update(`${user.id}:${client.appId}`).digest('base64url'),
    tid: tenantId,
    login_hint: loginHintClaim(user, tenantId),
    sid: input.sid,
    uti: randomUUID().replace(/-/g, '').slice(0, 22),
    ver: '2.0',
  };
  if (input.scopes.oidc.includes('email') && user.mail) claims.email = user.mail;
  return new SignJWT(claims).setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: context.keys.kid }).sign(context.keys.privateKey);
}

/** App-only token of the client credentials grant: `roles` = the client's app role assignments on the resource. */
export async function issueAppToken(
  context: EmulatorContext,
  input: { tenantId: string; client: ServicePrincipal; resourceId: string; audience: string },
): Promise<TokenResponse> {
  const roles = context.store.assignedAppRoles(input.client.id, input.resourceId);
  const { token } = await issueAccessToken(context.keys, {
    tenantId: input.tenantId,
    audience: input.audience,
    client: { appId: input.client.appId, displayName: input.client.displayName },
    roles,
    servicePrincipalId: input.client.id,
    lifetimeSeconds: context.tokenLifetimeSeconds,
  });
  context.store.recordSignIn(input.client, context.store.servicePrincipals.get(input.resourceId), 'application');
  return { token_type: 'Bearer', expires_in: context.tokenLifetimeSeconds, ext_expires_in: context.tokenLifetimeSeconds, access_token: token };
}
