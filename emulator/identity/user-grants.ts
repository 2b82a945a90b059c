// The two user grants of the token endpoint. authorization_code: single use, same client and
// redirect_uri, PKCE S256. refresh_token: rotated on use, checked against session revocation and —
// for the scopes asked now, on any resource — against the grants as they are now.
import { createHash } from 'node:crypto';
import type { ServicePrincipal, User } from '../tenant/types.ts';
import { needsFreshSignIn, parseClaims } from './claims.ts';
import { missingScopes } from './consent.ts';
import { aad, aadTimestamp } from './errors.ts';
import { issueUserTokens, type TokenResponse } from './issue.ts';
import { parseScopes } from './scopes.ts';
import type { Identity } from './session.ts';
import type { RefreshGrant } from './state.ts';
import type { TokenRequest } from './token-request.ts';

/** A rotated refresh token still works this long, so concurrent silent requests of one app both succeed. */
const DEFAULT_REUSE_GRACE_SECONDS = 10;

function client(id: Identity, clientId: string): ServicePrincipal {
  const found = id.context.store.servicePrincipalByAppId(clientId);
  if (!found) throw aad.clientNotFound(clientId, id.context.store.settings.displayName);
  return found;
}

/** The user may still sign in: account enabled, sessions not revoked since the grant's sign-in. */
function activeUser(id: Identity, userId: string, authTimeMs: number): User {
  const user = id.context.store.users.get(userId);
  if (!user) throw aad.grantMismatch();
  if (!user.accountEnabled) throw aad.userDisabled();
  if (authTimeMs < Date.parse(user.signInSessionsValidFromDateTime)) {
    throw aad.sessionsRevoked(aadTimestamp(new Date(authTimeMs)), aadTimestamp(new Date(user.signInSessionsValidFromDateTime)));
  }
  return user;
}

export async function authorizationCodeGrant(id: Identity, req: TokenRequest): Promise<TokenResponse> {
  const clientId = req.require('client_id');
  const code = id.state.codes.get(req.require('code'));
  const redirectUri = req.require('redirect_uri');
  if (!code) throw aad.malformedGrant();
  if (code.redeemed) throw aad.codeRedeemed();
  if (code.expiresAt <= Date.now()) throw aad.grantExpired();
  if (code.clientId.toLowerCase() !== clientId.toLowerCase() || code.redirectUri !== redirectUri) throw aad.grantMismatch();
  if (code.spa && !req.crossOrigin) throw aad.spaCrossOriginOnly();
  const app = client(id, clientId);
  if (!code.spa) checkSecret(app, req);
  if (code.codeChallenge) {
    const verifier = req.form.get('code_verifier') ?? '';
    if (createHash('sha256').update(verifier).digest('base64url') !== code.codeChallenge) throw aad.verifierMismatch();
  }
  const user = activeUser(id, code.userId, code.authTimeMs);
  code.redeemed = true;
  return issueUserTokens(id.context, id.state, {
    tenantId: req.tenant.tenantId,
    client: app,
    user,
    scopes: code.scopes,
    sid: code.sid,
    authTimeMs: code.authTimeMs,
    spa: code.spa,
    cp1: code.cp1,
    acrs: code.acrs,
    nonce: code.nonce,
  });
}

/** Web apps with a secret must present it; public clients have none to present. */
function checkSecret(app: ServicePrincipal, req: TokenRequest): void {
  const secrets = app.registration?.clientSecrets ?? [];
  if (secrets.length === 0) return;
  const secret = req.form.get('client_secret');
  if (!secret) throw aad.secretMissing();
  if (!secrets.includes(secret)) throw aad.secretInvalid(app.appId);
}

function usableRefreshToken(id: Identity, token: string, clientId: string): RefreshGrant {
  const grant = id.state.refreshTokens.get(token);
  if (!grant) throw aad.malformedGrant();
  if (grant.clientId.toLowerCase() !== clientId.toLowerCase()) throw aad.grantMismatch();
  const grace = (id.context.options.refreshTokenReuseGraceSeconds ?? DEFAULT_REUSE_GRACE_SECONDS) * 1000;
  if (grant.rotatedAt !== undefined && Date.now() - grant.rotatedAt >= grace) throw aad.grantExpired();
  if (grant.expiresAt <= Date.now()) throw grant.spa ? aad.spaRefreshExpired() : aad.grantExpired();
  return grant;
}

export async function refreshTokenGrant(id: Identity, req: TokenRequest): Promise<TokenResponse> {
  const clientId = req.require('client_id');
  const grant = usableRefreshToken(id, req.require('refresh_token'), clientId);
  if (grant.spa && !req.crossOrigin) throw aad.spaCrossOriginOnly();
  const app = client(id, clientId);
  if (!grant.spa) checkSecret(app, req);
  const user = activeUser(id, grant.userId, grant.authTimeMs);
  const claims = parseClaims(req.form.get('claims'));
  if (needsFreshSignIn(claims, grant.authTimeMs)) throw aad.interactionRequired();
  // A refresh token is multi-resource: it may ask for another resource's scopes than it was issued for.
  const scopes = parseScopes(id.context.store, req.form.get('scope') ?? 'openid profile offline_access', app);
  if (missingScopes(id.context.store, app, user, scopes).length > 0) throw aad.consentRequired(app.appId, app.displayName);

  grant.rotatedAt ??= Date.now();
  return issueUserTokens(id.context, id.state, {
    tenantId: req.tenant.tenantId,
    client: app,
    user,
    scopes,
    sid: grant.sid,
    authTimeMs: grant.authTimeMs,
    spa: grant.spa,
    cp1: grant.cp1 || claims.cp1,
    acrs: grant.acrs,
    refreshExpiresAt: grant.spa ? grant.expiresAt : undefined,
  });
}
