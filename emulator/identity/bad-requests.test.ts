// Malformed and hostile requests get the real error shapes — never a crash, never a stack trace.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../index.ts';
import { DEMO } from '../tenant/seed.ts';
import { TestBrowser, redirectParams } from '../testing/browser.ts';
import { authorizeUrl, tokenRequest } from '../testing/identity-client.ts';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await createEmulator({ port: 0 });
});
afterAll(() => emulator.close());

const tokenUrl = () => `${emulator.identityUrl}/${DEMO.tenantId}/oauth2/v2.0/token`;
const STACK = /\bat .+\.(ts|js):\d+|node:internal|Error: /;

function expectAadShape(body: Record<string, unknown>, code: number, error: string) {
  expect(body).toMatchObject({ error, error_codes: [code], error_uri: `https://login.microsoftonline.com/error?code=${code}` });
  expect(String(body.error_description)).toMatch(
    new RegExp(
      `^AADSTS${code}: .+\\r\\nTrace ID: [0-9a-f-]{36}\\r\\nCorrelation ID: [0-9a-f-]{36}\\r\\nTimestamp: \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\dZ$`,
      's',
    ),
  );
  for (const key of ['timestamp', 'trace_id', 'correlation_id']) expect(body[key], key).toBeTruthy();
  expect(JSON.stringify(body)).not.toMatch(STACK);
}

describe('token endpoint', () => {
  it.each([
    ['a JSON body', 'application/json', '{"grant_type":"authorization_code"}', 900144, 'invalid_request'],
    ['malformed JSON', 'application/json', '{"grant_type":', 900144, 'invalid_request'],
    ['a malformed form', 'application/x-www-form-urlencoded', '%%%&&==grant_type', 900144, 'invalid_request'],
    ['no content type', '', 'grant_type=client_credentials', 900144, 'invalid_request'],
    ['an unknown grant type', 'application/x-www-form-urlencoded', 'grant_type=password', 70003, 'unsupported_grant_type'],
    [
      'a code grant without a code',
      'application/x-www-form-urlencoded',
      `grant_type=authorization_code&client_id=${DEMO.consoleClientId}`,
      900144,
      'invalid_request',
    ],
    [
      'a garbage code',
      'application/x-www-form-urlencoded',
      `grant_type=authorization_code&client_id=${DEMO.consoleClientId}&code=x&redirect_uri=http://localhost:5173/`,
      9002313,
      'invalid_grant',
    ],
    [
      'a garbage refresh token',
      'application/x-www-form-urlencoded',
      `grant_type=refresh_token&client_id=${DEMO.consoleClientId}&refresh_token=x`,
      9002313,
      'invalid_grant',
    ],
  ])('%s → 400 in the real error shape', async (_, contentType, body, code, error) => {
    const headers: Record<string, string> = contentType ? { 'content-type': contentType } : {};
    const res = await fetch(tokenUrl(), { method: 'POST', headers, body });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/json');
    expectAadShape((await res.json()) as Record<string, unknown>, code, error);
  });

  it('GET → 405 AADSTS900561, and the correlation id echoes client-request-id', async () => {
    const res = await fetch(tokenUrl(), { headers: { 'client-request-id': '0f0f0f0f-1111-4222-8333-444444444444' } });
    expect(res.status).toBe(405);
    const body = (await res.json()) as Record<string, unknown>;
    expectAadShape(body, 900561, 'invalid_request');
    expect(body.correlation_id).toBe('0f0f0f0f-1111-4222-8333-444444444444');
  });

  it('unknown tenant → AADSTS90002; malformed tenant → AADSTS900023', async () => {
    const unknown = await tokenRequest(emulator, { grant_type: 'client_credentials' }, { tenant: '11111111-2222-4333-8444-555555555555' });
    expectAadShape(unknown.body, 90002, 'invalid_tenant');
    const malformed = await tokenRequest(emulator, { grant_type: 'client_credentials' }, { tenant: 'not_a_tenant' });
    expectAadShape(malformed.body, 900023, 'invalid_request');
  });

  it('client credentials: wrong secret → 401 invalid_client; a scope that is not /.default → AADSTS1002012', async () => {
    const form = { grant_type: 'client_credentials', client_id: DEMO.daemon.clientId, scope: 'https://graph.microsoft.com/.default' };
    const wrong = await tokenRequest(emulator, { ...form, client_secret: 'nope' }, { origin: null });
    expect(wrong.status).toBe(401);
    expectAadShape(wrong.body, 7000215, 'invalid_client');
    const missing = await tokenRequest(emulator, form, { origin: null });
    expectAadShape(missing.body, 7000218, 'invalid_client');
    const scope = await tokenRequest(emulator, { ...form, client_secret: DEMO.daemon.clientSecret, scope: 'User.Read' }, { origin: null });
    expectAadShape(scope.body, 1002012, 'invalid_scope');
  });

  it('a body over the size limit → 413 in the error shape', async () => {
    const res = await fetch(tokenUrl(), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `grant_type=${'x'.repeat(5 * 1024 * 1024)}`,
    });
    expect(res.status).toBe(413);
    expectAadShape((await res.json()) as Record<string, unknown>, 900144, 'invalid_request');
  });
});

describe('authorize and pages', () => {
  it('missing client_id → AADSTS900144 page; unknown tenant → AADSTS90002 page', async () => {
    const noClient = await new TestBrowser().get(`${emulator.identityUrl}/${DEMO.tenantId}/oauth2/v2.0/authorize?response_type=code`);
    expect(noClient.status).toBe(400);
    expect(noClient.html).toContain('AADSTS900144');
    const tenant = await new TestBrowser().get(authorizeUrl(emulator, {}, 'fabrikam.example'));
    expect(tenant.html).toContain('AADSTS90002');
    for (const page of [noClient, tenant]) expect(page.html).not.toMatch(STACK);
  });

  it('bad prompt, response_type, response_mode or claims go back to the app with the state', async () => {
    const cases: [Record<string, string>, string][] = [
      [{ prompt: 'bogus' }, 'AADSTS90023'],
      [{ response_type: 'token' }, 'AADSTS700054'],
      [{ claims: '{not json' }, 'AADSTS90100'],
    ];
    for (const [extra, code] of cases) {
      const page = await new TestBrowser().get(authorizeUrl(emulator, { extra, state: 'st' }));
      const params = redirectParams(page.location!);
      expect(params.get('error_description')).toMatch(new RegExp(`^${code}: `));
      expect(params.get('state')).toBe('st');
    }
  });

  it('a stale or forged transaction id on the page forms → error page', async () => {
    for (const step of ['login', 'consent']) {
      const res = await fetch(`${emulator.identityUrl}/${DEMO.tenantId}/${step}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'tx=forged&upn=admin@contoso.example',
      });
      expect(res.status).toBe(400);
      const html = await res.text();
      expect(html).toContain('AADSTS9002313');
      expect(html).not.toMatch(STACK);
    }
  });

  it('HTML-looking input is escaped on the pages', async () => {
    const page = await new TestBrowser().get(authorizeUrl(emulator, { redirectUri: '"><script>alert(1)</script>' }));
    expect(page.html).not.toContain('<script>alert(1)');
    expect(page.html).toContain('&#60;script&#62;');
  });

  it('an unknown path → 404 page', async () => {
    const res = await fetch(`${emulator.identityUrl}/nothing/here`);
    expect(res.status).toBe(404);
  });
});
