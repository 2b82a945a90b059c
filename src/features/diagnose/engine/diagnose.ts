/**
 * Why does a Graph call return 401 or 403? A pure decision over the request, the token's claims, the
 * API → permission map, this client's grants and the response. Checks run in the order the service
 * applies them: throttling and claims challenges first, then token validity, audience, token type, the
 * permission itself, then the user's role and licence.
 */
import { consentFix } from './consent-path';
import { checkDelegated } from './delegated';
import type { AccessTokenClaims, DiagnosisInput, Verdict } from './types';
import { allowedOrOther, isAppOnlyToken } from './verdicts';

const lower = (values: readonly string[]) => values.map((v) => v.toLowerCase());

export function diagnose(input: DiagnosisInput): Verdict {
  const { response, token, api } = input;

  if (response?.status === 429) {
    return {
      cause: 'throttled',
      title: 'Throttled by Microsoft Graph',
      explanation: 'Too many requests from this app in this tenant. Nothing is wrong with permissions; wait and retry.',
      evidence: [
        { label: 'Status', value: '429 Too Many Requests' },
        ...(response.retryAfterSeconds !== undefined ? [{ label: 'Retry-After', value: `${response.retryAfterSeconds} s` }] : []),
      ],
      fix: { kind: 'wait', seconds: response.retryAfterSeconds },
    };
  }

  if (response?.status === 401 && response.challenge?.error === 'insufficient_claims' && response.challenge.claims) {
    return {
      cause: 'claims-challenge',
      title: 'Conditional Access asks for a fresh sign-in',
      explanation:
        'The token is otherwise valid, but the tenant revoked the session or a policy changed (Continuous Access Evaluation). Sign in again with the claims Graph asked for.',
      evidence: [
        { label: 'WWW-Authenticate error', value: 'insufficient_claims' },
        { label: 'Claims requested', value: response.challenge.claims },
        ...(token?.xms_cc ? [{ label: 'xms_cc', value: token.xms_cc.join(' ') }] : []),
      ],
      fix: { kind: 'reauthenticate', claims: response.challenge.claims, scopes: api?.leastDelegated ? [api.leastDelegated] : [] },
    };
  }

  if (!token) {
    return {
      cause: 'no-token',
      title: 'No access token was sent',
      explanation: 'The request had no Authorization header, so Graph cannot tell who is calling. Sign in and request a token for the scopes this API needs.',
      evidence: [{ label: 'Authorization header', value: 'missing' }],
      fix: api?.leastDelegated ? consentFix(input, [api.leastDelegated]) : null,
      leastPrivileged: api?.leastDelegated,
    };
  }

  const tokenVerdict = checkTokenValidity(input, token);
  if (tokenVerdict) return tokenVerdict;

  if (!api) {
    const failed = response !== undefined && response.status >= 400;
    return {
      cause: failed ? 'unknown-api' : 'not-authorization',
      title: failed ? 'This API is not in the permission map' : 'Not an authorization problem',
      explanation: failed
        ? 'The console has no permission data for this path (it may be a beta-only or misspelled API). Check the path against the Graph v1.0 reference.'
        : 'The token is valid for Microsoft Graph.',
      evidence: [{ label: 'Request', value: `${input.method.toUpperCase()} ${input.url}` }],
      fix: null,
    };
  }

  return isAppOnlyToken(token) ? checkApplication(input, token) : checkDelegated(input, token);
}

function checkTokenValidity(input: DiagnosisInput, token: AccessTokenClaims): Verdict | undefined {
  const scopes = input.api?.leastDelegated ? [input.api.leastDelegated] : [];
  if (token.exp !== undefined && token.exp <= input.now) {
    return {
      cause: 'expired',
      title: 'The access token has expired',
      explanation: 'Access tokens live 60–90 minutes by default. Get a new one silently with the refresh token; if that fails, sign in again.',
      evidence: [{ label: 'exp', value: `${new Date(token.exp * 1000).toISOString()} (${input.now - token.exp} s ago)` }],
      fix: { kind: 'refresh-token', scopes },
    };
  }
  if (token.nbf !== undefined && token.nbf > input.now + 300) {
    return {
      cause: 'not-yet-valid',
      title: 'The access token is not valid yet',
      explanation: 'Its "not before" time is in the future: this device’s clock is probably wrong. Fix the clock, then get a new token.',
      evidence: [{ label: 'nbf', value: new Date(token.nbf * 1000).toISOString() }],
      fix: { kind: 'refresh-token', scopes },
    };
  }
  if (
    !lower(input.graphAudiences).includes(
      String(token.aud ?? '')
        .toLowerCase()
        .replace(/\/$/, ''),
    )
  ) {
    return {
      cause: 'wrong-audience',
      title: 'The token is for another API',
      explanation:
        'Its audience is not Microsoft Graph, so Graph rejects it even if its scopes look right. Request the token with Graph scopes (e.g. "User.Read" or "https://graph.microsoft.com/.default"), not another resource’s.',
      evidence: [
        { label: 'aud', value: String(token.aud ?? '(none)') },
        { label: 'Graph accepts', value: input.graphAudiences.join(', ') },
        ...(token.scp ? [{ label: 'scp', value: token.scp }] : []),
      ],
      fix: { kind: 'use-graph-token', scopes },
      leastPrivileged: input.api?.leastDelegated,
    };
  }
  return undefined;
}

function checkApplication(input: DiagnosisInput, token: AccessTokenClaims): Verdict {
  const api = input.api!;
  const roles = token.roles ?? [];
  if (api.application.length === 0) {
    return {
      cause: 'app-token-on-delegated-only-api',
      title: 'This API needs a signed-in user',
      explanation: `${api.method} ${api.path} supports delegated permissions only, but this is an app-only token (no user). Call it with a user's token, or use the /users/{id} form where an application permission exists.`,
      evidence: [
        { label: 'idtyp', value: token.idtyp ?? 'app (roles, no scp)' },
        { label: 'roles', value: roles.join(' ') || '(none)' },
        { label: 'Delegated permissions that allow it', value: api.delegated.join(', ') },
      ],
      fix: null,
      leastPrivileged: api.leastDelegated,
    };
  }
  const held = roles.filter((r) => lower(api.application).includes(r.toLowerCase()));
  if (held.length > 0) return allowedOrOther(input, [{ label: 'roles', value: held.join(' ') }]);
  return {
    cause: 'application-permission-missing',
    title: 'The app lacks the application permission',
    explanation: `App-only calls need one of these application permissions, granted by an admin: ${api.application.join(', ')}.`,
    evidence: [
      { label: 'roles', value: roles.join(' ') || '(none)' },
      { label: 'Least privileged', value: api.leastApplication ?? '' },
    ],
    fix: { kind: 'admin-grant-app-role', roles: api.leastApplication ? [api.leastApplication] : [] },
    leastPrivileged: api.leastApplication,
  };
}
