// Test helpers that play an OAuth client of the emulator's identity origin: PKCE, authorize URLs,
// signing in through the pages with TestBrowser, redeeming codes, refreshing — reusable by any suite.
import { createHash, randomBytes } from 'node:crypto';
import { createLocalJWKSet, jwtVerify, type JWTPayload } from 'jose';
import type { Emulator } from '../index.ts';
import { DEMO } from '../tenant/seed.ts';
import { TestBrowser, redirectParams, type Page } from './browser.ts';

export const SPA_REDIRECT = 'http://localhost:5173/';
/** SPA token requests are cross-origin in a browser; the real endpoint insists on an Origin header. */
export const SPA_ORIGIN = 'http://localhost:5173';

export function pkce(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

export interface AuthorizeOptions {
  clientId?: string;
  redirectUri?: string;
  scope?: string;
  state?: string;
  nonce?: string;
  prompt?: string;
  loginHint?: string;
  challenge?: string;
  responseMode?: string;
  claims?: string;
  extra?: Record<string, string>;
}

export function authorizeUrl(emulator: Emulator, options: AuthorizeOptions = {}, tenant: string = DEMO.tenantId): string {
  const q = new URLSearchParams({
    client_id: options.clientId ?? DEMO.consoleClientId,
    redirect_uri: options.redirectUri ?? SPA_REDIRECT,
    response_type: 'code',
    scope: options.scope ?? 'User.Read openid profile offline_access',
    state: options.state ?? 'state-123',
    nonce: options.nonce ?? 'nonce-456',
    response_mode: options.responseMode ?? 'fragment',
  });
  if (options.challenge !== '') {
    q.set('code_challenge', options.challenge ?? pkce().challenge);
    q.set('code_challenge_method', 'S256');
  }
  if (options.prompt) q.set('prompt', options.prompt);
  if (options.loginHint) q.set('login_hint', options.loginHint);
  if (options.claims) q.set('claims', options.claims);
  for (const [k, v] of Object.entries(options.extra ?? {})) q.set(k, v);
  return `${emulator.identityUrl}/${tenant}/oauth2/v2.0/authorize?${q}`;
}

/** GET authorize, pick the account on the sign-in page (if shown), and return the next page. */
export async function signIn(browser: TestBrowser, url: string, upn: string): Promise<Page> {
  const first = await browser.get(url);
  if (first.status === 302) return first;
  return browser.click(first, upn);
}

export interface TokenResult {
  status: number;
  body: Record<string, unknown>;
}

export async function tokenRequest(
  emulator: Emulator,
  form: Record<string, string>,
  options: { origin?: string | null; tenant?: string } = {},
): Promise<TokenResult> {
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
  const origin = options.origin === undefined ? SPA_ORIGIN : options.origin;
  if (origin) headers.origin = origin;
  const res = await fetch(`${emulator.identityUrl}/${options.tenant ?? DEMO.tenantId}/oauth2/v2.0/token`, {
    method: 'POST',
    headers,
    body: new URLSearchParams(form).toString(),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

export function redeemCode(emulator: Emulator, code: string, verifier: string, extra: Record<string, string> = {}): Promise<TokenResult> {
  return tokenRequest(emulator, {
    grant_type: 'authorization_code',
    client_id: DEMO.consoleClientId,
    redirect_uri: SPA_REDIRECT,
    code,
    code_verifier: verifier,
    scope: 'User.Read openid profile offline_access',
    ...extra,
  });
}

export function refresh(emulator: Emulator, refreshToken: string, scope: string, extra: Record<string, string> = {}): Promise<TokenResult> {
  return tokenRequest(emulator, { grant_type: 'refresh_token', client_id: DEMO.consoleClientId, refresh_token: refreshToken, scope, ...extra });
}

/** Signs `upn` in to the console app (accepting consent if asked) and redeems the code. */
export async function signInAndRedeem(
  emulator: Emulator,
  upn: string,
  scope = 'User.Read openid profile offline_access',
  browser = new TestBrowser(),
): Promise<{ tokens: Record<string, unknown>; browser: TestBrowser }> {
  const { verifier, challenge } = pkce();
  let page = await signIn(browser, authorizeUrl(emulator, { scope, challenge }), upn);
  if (page.status !== 302) page = await browser.click(page, 'Accept');
  const code = redirectParams(page.location ?? '').get('code');
  if (!code) throw new Error(`no code in ${page.location ?? page.html.slice(0, 300)}`);
  const result = await redeemCode(emulator, code, verifier, { scope });
  if (result.status !== 200) throw new Error(`redeem failed: ${JSON.stringify(result.body)}`);
  return { tokens: result.body, browser };
}

/** Verifies a token against the emulator's published JWKS, as a resource server would. */
export async function verifyWithJwks(emulator: Emulator, token: string, tenant: string = DEMO.tenantId): Promise<JWTPayload> {
  const jwks = (await (await fetch(`${emulator.identityUrl}/${tenant}/discovery/v2.0/keys`)).json()) as Parameters<typeof createLocalJWKSet>[0];
  const { payload } = await jwtVerify(token, createLocalJWKSet(jwks), { algorithms: ['RS256'] });
  return payload;
}

/**
 * An app-only Microsoft Graph token of the demo daemon (client credentials), for suites that read the
 * emulated tenant as a service rather than through a signed-in user. Tenant and secret come from the
 * emulator's own demo facts, so generated tenants work too.
 */
export async function daemonGraphToken(emulator: Emulator): Promise<string> {
  const demo = (await (await fetch(`${emulator.identityUrl}/_emulator/demo`)).json()) as {
    tenantId: string;
    daemon: { clientId: string; clientSecret: string };
  };
  const form = {
    grant_type: 'client_credentials',
    client_id: demo.daemon.clientId,
    client_secret: demo.daemon.clientSecret,
    scope: 'https://graph.microsoft.com/.default',
  };
  const result = await tokenRequest(emulator, form, { origin: null, tenant: demo.tenantId });
  if (result.status !== 200 || typeof result.body.access_token !== 'string') throw new Error(`client credentials failed: ${JSON.stringify(result.body)}`);
  return result.body.access_token;
}
