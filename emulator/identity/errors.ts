// AADSTS errors in the identity platform's own shapes: the JSON body of the token and discovery endpoints,
// the query/fragment parameters of an error redirect, and the text of the "trouble signing you in" page.
import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../http/router.ts';
import { sendJson } from '../http/respond.ts';

/** An OAuth error the identity endpoints answer with (never a crash, never a stack trace). */
export class AadError extends Error {
  constructor(
    readonly code: number,
    readonly error: string,
    readonly text: string,
    readonly extra: { suberror?: string; claims?: string; status?: number; subcode?: string } = {},
  ) {
    super(`AADSTS${code}: ${text}`);
  }
}

/** The real service's messages, by AADSTS code. */
export const aad = {
  tenantNotFound: (t: string) =>
    new AadError(
      90002,
      'invalid_tenant',
      `Tenant '${t}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant.`,
    ),
  tenantMalformed: (t: string) =>
    new AadError(900023, 'invalid_request', `Specified tenant identifier '${t}' is neither a valid DNS name, nor a valid external domain.`),
  missingParameter: (name: string) => new AadError(900144, 'invalid_request', `The request body must contain the following parameter: '${name}'.`),
  clientNotFound: (clientId: string, tenantName: string) =>
    new AadError(
      700016,
      'unauthorized_client',
      `Application with identifier '${clientId}' was not found in the directory '${tenantName}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`,
    ),
  redirectMismatch: (uri: string, clientId: string) =>
    new AadError(
      50011,
      'invalid_request',
      `The redirect URI '${uri}' specified in the request does not match the redirect URIs configured for the application '${clientId}'. Make sure the redirect URI sent in the request matches one added to your application in the Azure portal. Navigate to https://aka.ms/redirectUriMismatchError to learn more about how to fix this.`,
    ),
  noReplyAddress: () => new AadError(900971, 'invalid_request', 'No reply address provided.'),
  pkceRequired: () => new AadError(9002325, 'invalid_request', 'Proof Key for Code Exchange is required for cross-origin authorization code redemption.'),
  pkceMethod: () => new AadError(5000951, 'invalid_request', "The code_challenge_method is not supported; use 'S256'."),
  spaCrossOriginOnly: () =>
    new AadError(9002327, 'invalid_request', "Tokens issued for the 'Single-Page Application' client-type may only be redeemed via cross-origin requests."),
  unsupportedResponseType: (type: string) => new AadError(700054, 'unsupported_response_type', `response_type '${type}' is not enabled for the application.`),
  invalidResponseMode: (mode: string) =>
    new AadError(9002320, 'invalid_request', `The response_mode '${mode}' is not supported. Use query, fragment or form_post.`),
  invalidPrompt: (prompt: string) => new AadError(90023, 'invalid_request', `Unsupported 'prompt' value '${prompt}'.`),
  invalidClaims: () => new AadError(90100, 'invalid_request', 'claims parameter is empty or not valid.'),
  invalidScope: (scope: string) =>
    new AadError(
      70011,
      'invalid_scope',
      `The provided request must include a 'scope' input parameter. The provided value for the input parameter 'scope' is not valid. The scope ${scope} is not valid.`,
    ),
  multipleResources: (scope: string) =>
    new AadError(
      28000,
      'invalid_scope',
      `Provided value for the input parameter scope is not valid because it contains more than one resource. Scope ${scope} is not valid.`,
    ),
  resourceNotFound: (resource: string, tenantId: string) =>
    new AadError(
      500011,
      'invalid_resource',
      `The resource principal named ${resource} was not found in the tenant named ${tenantId}. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You might have sent your authentication request to the wrong tenant.`,
    ),
  clientCredentialsScope: (scope: string) =>
    new AadError(
      1002012,
      'invalid_scope',
      `The provided value for scope ${scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`,
    ),
  consentRequired: (appId: string, name: string, suberror = 'consent_required') =>
    new AadError(
      65001,
      'invalid_grant',
      `The user or administrator has not consented to use the application with ID '${appId}' named '${name}'. Send an interactive authorization request for this user and resource.`,
      { suberror },
    ),
  consentRedirect: (appId: string, name: string) =>
    new AadError(
      65001,
      'consent_required',
      `The user or administrator has not consented to use the application with ID '${appId}' named '${name}'. Send an interactive authorization request for this user and resource.`,
    ),
  needsAdmin: () => new AadError(90094, 'access_denied', 'The grant requires admin permission.'),
  notAnAdmin: () =>
    new AadError(
      90093,
      'consent_required',
      "Calling principal cannot consent due to lack of permissions. This application requires permissions that only an administrator can grant. Sign out and sign in as an administrator or contact one of your organization's administrators.",
    ),
  declined: () => new AadError(65004, 'access_denied', 'User declined to consent to access the app.', { subcode: 'cancel' }),
  loginRequired: () => new AadError(50058, 'login_required', 'A silent sign-in request was sent but no user is signed in.'),
  interactionRequired: () => new AadError(50133, 'interaction_required', 'Session is invalid due to expiration or recent password change.'),
  sessionsRevoked: (issued: string, validFrom: string) =>
    new AadError(
      50173,
      'invalid_grant',
      `The provided grant has expired due to it being revoked, a fresh auth token is needed. The user might have changed or reset their password. The grant was issued on '${issued}' and the TokensValidFrom date (before which tokens are not valid) for this user is '${validFrom}'.`,
    ),
  malformedGrant: () => new AadError(9002313, 'invalid_grant', 'Invalid request. Request is malformed or invalid.'),
  grantMismatch: () => new AadError(70000, 'invalid_grant', 'Provided grant is invalid or malformed.'),
  grantExpired: () =>
    new AadError(
      70008,
      'invalid_grant',
      'The provided authorization code or refresh token has expired due to inactivity. Send a new interactive authorization request for this user and resource.',
    ),
  codeRedeemed: () =>
    new AadError(
      54005,
      'invalid_grant',
      'OAuth2 Authorization code was already redeemed, please retry with a new valid code or use an existing refresh token.',
    ),
  verifierMismatch: () => new AadError(501481, 'invalid_grant', 'The Code_Verifier does not match the code_challenge supplied in the authorization request.'),
  spaRefreshExpired: () =>
    new AadError(
      700084,
      'invalid_grant',
      'The refresh token was issued to a single page app (SPA), and therefore has a fixed, limited lifetime of 1.00:00:00, which cannot be extended. It is now expired and a new sign in request must be sent by the SPA to the sign in page.',
    ),
  userDisabled: () => new AadError(50057, 'invalid_grant', 'The user account is disabled.'),
  secretMissing: () =>
    new AadError(7000218, 'invalid_client', "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.", { status: 401 }),
  secretInvalid: (appId: string) =>
    new AadError(
      7000215,
      'invalid_client',
      `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${appId}'.`,
      { status: 401 },
    ),
  unsupportedGrantType: (type: string) => new AadError(70003, 'unsupported_grant_type', `The app requested an unsupported grant type '${type}'.`),
  postOnly: (method: string) => new AadError(900561, 'invalid_request', `The endpoint only accepts POST, OPTIONS requests. Received a ${method} request.`),
  bodyInvalid: (text: string) => new AadError(900144, 'invalid_request', text),
  transactionExpired: () =>
    new AadError(
      9002313,
      'invalid_request',
      'Invalid request. Request is malformed or invalid. The sign-in request has expired; start again from the application.',
    ),
  server: () => new AadError(50000, 'server_error', 'There was an error issuing a token or an issue with our sign-in service.', { status: 500 }),
};

/** "2026-03-10 08:30:00Z", the timestamp format of the real error bodies. */
export function aadTimestamp(date = new Date()): string {
  return `${date.toISOString().slice(0, 19).replace('T', ' ')}Z`;
}

export interface ErrorIds {
  traceId: string;
  correlationId: string;
  timestamp: string;
}

export function errorIds(ctx: RequestContext): ErrorIds {
  const header = ctx.req.headers['client-request-id'];
  const correlationId = typeof header === 'string' && header ? header : randomUUID();
  return { traceId: ctx.requestId, correlationId, timestamp: aadTimestamp() };
}

export function errorDescription(e: AadError, ids: ErrorIds): string {
  return `${e.message}\r\nTrace ID: ${ids.traceId}\r\nCorrelation ID: ${ids.correlationId}\r\nTimestamp: ${ids.timestamp}`;
}

export function errorUri(code: number): string {
  return `https://login.microsoftonline.com/error?code=${code}`;
}

/** The JSON error body of the token and discovery endpoints. */
export function errorBody(e: AadError, ids: ErrorIds): Record<string, unknown> {
  return {
    error: e.error,
    error_description: errorDescription(e, ids),
    error_codes: [e.code],
    timestamp: ids.timestamp,
    trace_id: ids.traceId,
    correlation_id: ids.correlationId,
    error_uri: errorUri(e.code),
    ...(e.extra.suberror ? { suberror: e.extra.suberror } : {}),
    ...(e.extra.claims ? { claims: e.extra.claims } : {}),
  };
}

export function sendAadError(ctx: RequestContext, e: AadError): void {
  const ids = errorIds(ctx);
  sendJson(ctx.res, e.extra.status ?? 400, errorBody(e, ids), { 'x-ms-request-id': ids.traceId, 'client-request-id': ids.correlationId });
}

/** Parameters of an error redirect back to the client (state echoed, or MSAL ignores the response). */
export function errorParams(e: AadError, ids: ErrorIds, state: string | undefined): Record<string, string> {
  const params: Record<string, string> = { error: e.error };
  if (e.extra.subcode) params.error_subcode = e.extra.subcode;
  if (e.extra.suberror) params.suberror = e.extra.suberror;
  params.error_description = errorDescription(e, ids);
  params.error_uri = errorUri(e.code);
  if (state !== undefined) params.state = state;
  return params;
}
