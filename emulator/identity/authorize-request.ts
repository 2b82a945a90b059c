// Reading and validating GET /authorize in the order the real service does: tenant, client, redirect URI
// (errors so far are shown as a page — never redirect to an address the app did not register), then the
// rest (errors go back to the app's redirect URI with `state`).
import type { TenantStore } from '../tenant/store.ts';
import type { ServicePrincipal } from '../tenant/types.ts';
import { type ClaimsRequest, parseClaims } from './claims.ts';
import { AadError, aad } from './errors.ts';
import { parseScopes, type RequestedScopes } from './scopes.ts';
import { resolveTenant, type TenantRef } from './tenant-path.ts';

export type ResponseMode = 'query' | 'fragment' | 'form_post';
export type Prompt = 'login' | 'none' | 'consent' | 'select_account' | 'admin_consent' | 'create';

const PROMPTS: Prompt[] = ['login', 'none', 'consent', 'select_account', 'admin_consent', 'create'];
const MODES: ResponseMode[] = ['query', 'fragment', 'form_post'];

/** Where an error or a code goes back to. */
export interface ReturnAddress {
  redirectUri: string;
  responseMode: ResponseMode;
  state?: string;
}

export interface AuthorizeRequest extends ReturnAddress {
  kind: 'authorize';
  tenant: TenantRef;
  clientAppId: string;
  spa: boolean;
  nonce?: string;
  scopes: RequestedScopes;
  prompt?: Prompt;
  loginHint?: string;
  domainHint?: string;
  codeChallenge?: string;
  claims: ClaimsRequest;
}

export type AuthorizeParse = { ok: true; request: AuthorizeRequest } | { ok: false; page: AadError } | { ok: false; redirect: AadError; to: ReturnAddress };

/** The client and its registered redirect URI, or the page error the real service shows. */
export function registeredClient(
  store: TenantStore,
  clientId: string | null,
  redirectUri: string | null,
): { client: ServicePrincipal; redirectUri: string; spa: boolean } | AadError {
  if (!clientId) return aad.missingParameter('client_id');
  const client = store.clientApp(clientId);
  if (!client) return aad.clientNotFound(clientId, store.settings.displayName);
  if (!redirectUri) return aad.noReplyAddress();
  const spa = client.registration?.spaRedirectUris.includes(redirectUri) ?? false;
  const web = client.registration?.webRedirectUris.includes(redirectUri) ?? false;
  if (!spa && !web) return aad.redirectMismatch(redirectUri, client.appId);
  return { client, redirectUri, spa };
}

export function parseAuthorizeRequest(store: TenantStore, tenantSegment: string, q: URLSearchParams): AuthorizeParse {
  let tenant: TenantRef;
  try {
    tenant = resolveTenant(store, tenantSegment);
  } catch (e) {
    if (e instanceof AadError) return { ok: false, page: e };
    throw e;
  }
  const registered = registeredClient(store, q.get('client_id'), q.get('redirect_uri'));
  if (registered instanceof AadError) return { ok: false, page: registered };

  const modeParam = q.get('response_mode');
  const to: ReturnAddress = {
    redirectUri: registered.redirectUri,
    responseMode: MODES.includes(modeParam as ResponseMode) ? (modeParam as ResponseMode) : 'fragment',
    state: q.get('state') ?? undefined,
  };
  try {
    return { ok: true, request: validateRest(store, q, tenant, registered, to) };
  } catch (e) {
    if (e instanceof AadError) return { ok: false, redirect: e, to };
    throw e;
  }
}

function validateRest(
  store: TenantStore,
  q: URLSearchParams,
  tenant: TenantRef,
  registered: { client: ServicePrincipal; spa: boolean },
  to: ReturnAddress,
): AuthorizeRequest {
  const mode = q.get('response_mode');
  if (mode !== null && !MODES.includes(mode as ResponseMode)) throw aad.invalidResponseMode(mode);
  const responseType = q.get('response_type');
  if (!responseType) throw aad.missingParameter('response_type');
  if (responseType !== 'code') throw aad.unsupportedResponseType(responseType);
  const scope = q.get('scope');
  if (!scope) throw aad.missingParameter('scope');
  const scopes = parseScopes(store, scope, registered.client);
  const prompt = q.get('prompt') ?? undefined;
  if (prompt !== undefined && !PROMPTS.includes(prompt as Prompt)) throw aad.invalidPrompt(prompt);
  const codeChallenge = q.get('code_challenge') ?? undefined;
  const method = q.get('code_challenge_method') ?? (codeChallenge ? 'plain' : undefined);
  if (registered.spa && !codeChallenge) throw aad.pkceRequired();
  if (codeChallenge && method !== 'S256') throw aad.pkceMethod();
  return {
    kind: 'authorize',
    ...to,
    tenant,
    clientAppId: registered.client.appId,
    spa: registered.spa,
    nonce: q.get('nonce') ?? undefined,
    scopes,
    prompt: prompt as Prompt | undefined,
    loginHint: q.get('login_hint') ?? undefined,
    domainHint: q.get('domain_hint') ?? undefined,
    codeChallenge,
    claims: parseClaims(q.get('claims')),
  };
}
