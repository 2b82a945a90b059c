// POST /{tenant}/oauth2/v2.0/token: a form body in, JSON always out (errors in the real AADSTS shape).
import type { RequestContext } from '../http/router.ts';
import { sendJson } from '../http/respond.ts';
import { parseForm } from '../http/body.ts';
import { clientCredentialsGrant } from './client-credentials.ts';
import { aad } from './errors.ts';
import { authorizationCodeGrant, refreshTokenGrant } from './user-grants.ts';
import type { Identity } from './session.ts';
import { resolveTenant } from './tenant-path.ts';
import type { TokenResponse } from './issue.ts';
import type { TokenRequest } from './token-request.ts';

const GRANTS: Record<string, (id: Identity, req: TokenRequest) => Promise<TokenResponse>> = {
  authorization_code: authorizationCodeGrant,
  refresh_token: refreshTokenGrant,
  client_credentials: clientCredentialsGrant,
};

export async function handleToken(id: Identity, ctx: RequestContext): Promise<void> {
  const tenant = resolveTenant(id.context.store, ctx.params.tenant ?? '');
  const contentType = String(ctx.req.headers['content-type'] ?? '').toLowerCase();
  // Anything but a form body reads as an empty form, as on the real endpoint: "must contain grant_type".
  const form = contentType.startsWith('application/x-www-form-urlencoded') ? parseForm(await ctx.body()) : new URLSearchParams();
  const request: TokenRequest = {
    tenant,
    form,
    crossOrigin: typeof ctx.req.headers.origin === 'string',
    require(name) {
      const value = form.get(name);
      if (!value) throw aad.missingParameter(name);
      return value;
    },
  };
  const grantType = request.require('grant_type');
  const grant = GRANTS[grantType];
  if (!grant) throw aad.unsupportedGrantType(grantType);
  const response = await grant(id, request);
  sendJson(ctx.res, 200, response, { 'x-ms-request-id': ctx.requestId, Pragma: 'no-cache' });
}
