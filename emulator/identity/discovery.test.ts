// Discovery documents and logout.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../index.ts';
import { DEMO } from '../tenant/seed.ts';
import { TestBrowser } from '../testing/browser.ts';
import { signInAndRedeem } from '../testing/identity-client.ts';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await createEmulator({ port: 0 });
});
afterAll(() => emulator.close());

const getJson = async (path: string) => {
  const res = await fetch(`${emulator.identityUrl}${path}`);
  return { status: res.status, cors: res.headers.get('access-control-allow-origin'), body: (await res.json()) as Record<string, unknown> };
};

describe('discovery', () => {
  it('openid-configuration names the real issuer and the emulator endpoints, with CORS', async () => {
    const { status, cors, body } = await getJson(`/${DEMO.tenantId}/v2.0/.well-known/openid-configuration`);
    expect(status).toBe(200);
    expect(cors).toBe('*');
    expect(body).toMatchObject({
      issuer: `https://login.microsoftonline.com/${DEMO.tenantId}/v2.0`,
      authorization_endpoint: `${emulator.identityUrl}/${DEMO.tenantId}/oauth2/v2.0/authorize`,
      token_endpoint: `${emulator.identityUrl}/${DEMO.tenantId}/oauth2/v2.0/token`,
      end_session_endpoint: `${emulator.identityUrl}/${DEMO.tenantId}/oauth2/v2.0/logout`,
      jwks_uri: `${emulator.identityUrl}/${DEMO.tenantId}/discovery/v2.0/keys`,
      scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
    });
    const byDomain = await getJson(`/${DEMO.domain}/v2.0/.well-known/openid-configuration`);
    expect(byDomain.body.issuer).toBe(body.issuer);
    const common = await getJson('/organizations/v2.0/.well-known/openid-configuration');
    expect(common.body.issuer).toBe('https://login.microsoftonline.com/{tenantid}/v2.0');
  });

  it('keys are the RS256 JWKS; instance discovery points at the tenant discovery document', async () => {
    const { body: jwks } = await getJson(`/${DEMO.tenantId}/discovery/v2.0/keys`);
    expect((jwks.keys as { kty: string; alg: string; kid: string }[])[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
    const authorize = `https://login.microsoftonline.com/${DEMO.tenantId}/oauth2/v2.0/authorize`;
    const { body } = await getJson(`/common/discovery/instance?api-version=1.1&authorization_endpoint=${encodeURIComponent(authorize)}`);
    expect(body.tenant_discovery_endpoint).toBe(`${emulator.identityUrl}/${DEMO.tenantId}/v2.0/.well-known/openid-configuration`);
    expect((body.metadata as { aliases: string[] }[])[0]?.aliases).toContain('login.microsoftonline.com');
  });

  it('an unknown tenant → AADSTS90002 in the real error shape', async () => {
    const { status, body } = await getJson('/11111111-2222-4333-8444-555555555555/v2.0/.well-known/openid-configuration');
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: 'invalid_tenant', error_codes: [90002] });
    expect(body.error_uri).toBe('https://login.microsoftonline.com/error?code=90002');
  });
});

describe('logout', () => {
  it('ends the session and returns to a registered post_logout_redirect_uri only', async () => {
    const browser = new TestBrowser();
    await signInAndRedeem(emulator, 'megan@contoso.example', undefined, browser);
    expect(browser.cookies.size).toBe(1);
    const base = `${emulator.identityUrl}/${DEMO.tenantId}/oauth2/v2.0/logout?client_id=${DEMO.consoleClientId}`;
    const out = await browser.get(`${base}&post_logout_redirect_uri=${encodeURIComponent('http://localhost:5173/')}&state=bye`);
    expect(out.status).toBe(302);
    expect(out.location).toBe('http://localhost:5173/?state=bye');
    expect(browser.cookies.size).toBe(0);
    const evil = await browser.get(`${base}&post_logout_redirect_uri=${encodeURIComponent('https://evil.example/')}`);
    expect(evil.status).toBe(200);
    expect(evil.html).toContain('You signed out of your account');
  });
});
