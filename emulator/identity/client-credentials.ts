// grant_type=client_credentials: a confidential client proves its secret and asks for
// `{resource}/.default`; the token's `roles` are the app roles assigned to its service principal.
import { splitScopes } from '../tenant/store.ts';
import { aad } from './errors.ts';
import { issueAppToken, type TokenResponse } from './issue.ts';
import type { Identity } from './session.ts';
import type { TokenRequest } from './token-request.ts';

export async function clientCredentialsGrant(id: Identity, req: TokenRequest): Promise<TokenResponse> {
  const { store } = id.context;
  const clientId = req.require('client_id');
  const client = store.servicePrincipalByAppId(clientId);
  if (!client) throw aad.clientNotFound(clientId, store.settings.displayName);
  const scope = req.require('scope');
  const secret = req.form.get('client_secret');
  if (!secret) throw aad.secretMissing();
  if (!client.registration?.clientSecrets.includes(secret)) throw aad.secretInvalid(client.appId);

  const scopes = splitScopes(scope);
  const only = scopes[0];
  if (scopes.length !== 1 || !only?.endsWith('/.default')) throw aad.clientCredentialsScope(scope);
  const identifier = only.slice(0, -'/.default'.length).replace(/\/+$/, '');
  const resource = store.resourceByIdentifier(identifier);
  if (!resource) throw aad.resourceNotFound(identifier, store.tenantId);
  return issueAppToken(id.context, { tenantId: req.tenant.tenantId, client, resourceId: resource.id, audience: identifier });
}
