// Authentication as Microsoft Graph does it: bearer token shape, signature, lifetime, audience — each
// failure a 401 InvalidAuthenticationToken with the real message and WWW-Authenticate challenge — and
// Continuous Access Evaluation: a cp1-capable client's token issued before the user's sessions were
// revoked gets an insufficient_claims challenge instead of data.
import type { EmulatorContext } from '../context.ts';
import { DEMO } from '../tenant/seed.ts';
import { splitScopes } from '../tenant/store.ts';
import { verifyAccessToken, type AccessTokenClaims, type TokenProblem } from '../tokens/access-token.ts';
import { GraphError } from './errors.ts';
import type { GraphRequest, Principal } from './types.ts';

export const GRAPH_AUDIENCES = [DEMO.graphAppId, 'https://graph.microsoft.com', 'https://graph.microsoft.com/'];

const CHALLENGE = `Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="${DEMO.graphAppId}"`;

const MESSAGES: Record<TokenProblem, string> = {
  missing: 'Access token is empty.',
  malformed: 'Invalid JWT token. The token is malformed.',
  signature: 'Access token validation failure. Invalid signature.',
  expired: 'Access token has expired or is not yet valid.',
  notYetValid: 'Access token has expired or is not yet valid.',
  audience: 'Access token validation failure. Invalid audience.',
};

// What System.IdentityModel says for a token without the two dots of a JWS.
const NO_DOTS =
  "IDX14100: JWT is not well formed, there are no dots (.).\nThe token needs to be in JWS or JWE Compact Serialization Format. (JWS): 'EncodedHeader.EndcodedPayload.EncodedSignature'. (JWE): 'EncodedProtectedHeader.EncodedEncryptedKey.EncodedInitializationVector.EncodedCiphertext.EncodedAuthenticationTag'.";

function unauthorized(message: string, challenge = CHALLENGE): GraphError {
  return new GraphError(401, 'InvalidAuthenticationToken', message, { 'WWW-Authenticate': challenge });
}

function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(.*)$/i.exec(header?.trim() ?? '');
  const token = match?.[1]?.trim();
  return token ? token : undefined;
}

export async function authenticate(context: EmulatorContext, request: GraphRequest): Promise<Principal> {
  const token = bearerToken(request.headers.authorization);
  if (token && !token.includes('.')) throw unauthorized(NO_DOTS);
  const result = await verifyAccessToken(context.keys, token, GRAPH_AUDIENCES);
  if (!result.ok) throw unauthorized(MESSAGES[result.problem]);
  const { claims } = result;
  if (claims.tid !== context.store.tenantId) throw unauthorized('Access token validation failure. Invalid issuer.');
  return principalFor(context, claims);
}

function principalFor(context: EmulatorContext, claims: AccessTokenClaims): Principal {
  const { store } = context;
  const delegated = typeof claims.scp === 'string' && claims.idtyp !== 'app';
  const client = store.servicePrincipalByAppId(claims.appid);
  const permissions = new Set((delegated ? splitScopes(claims.scp) : (claims.roles ?? [])).map((p) => p.toLowerCase()));
  if (!delegated) return { claims, delegated, client, appId: claims.appid, permissions };

  const user = store.users.get(claims.oid);
  if (!user) throw unauthorized('Access token validation failure.');
  if (!user.accountEnabled) throw unauthorized('Access token validation failure. User account is disabled.');
  assertSessionNotRevoked(claims, user.signInSessionsValidFromDateTime);
  return { claims, delegated, user, client, appId: claims.appid, permissions };
}

/**
 * CAE: only clients that declared cp1 (xms_cc) can handle a claims challenge, so only their tokens are
 * rejected right away; other clients' tokens live until they expire, as in the real service.
 */
function assertSessionNotRevoked(claims: AccessTokenClaims, validFrom: string): void {
  // iat has whole seconds: a token from earlier in the revocation's own second is older than it, and every
  // token issued since carries iat ≥ this (issuedAtFor), so rounding up tells the two apart.
  const revokedAt = Math.ceil(Date.parse(validFrom) / 1000);
  const capable = (claims.xms_cc ?? []).some((c) => c.toLowerCase() === 'cp1');
  if (!capable || claims.iat >= revokedAt) return;
  const claimsJson = JSON.stringify({ access_token: { nbf: { essential: true, value: String(revokedAt) } } });
  const challenge = `Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", error="insufficient_claims", claims="${Buffer.from(claimsJson).toString('base64')}"`;
  throw unauthorized(
    'Continuous access evaluation resulted in challenge with result: InteractionRequired and code: TokenIssuedBeforeRevocationTimestamp',
    challenge,
  );
}
