// The token endpoint: code redemption with PKCE, refresh rotation and revocation, and the claims of
// every token, verified against the published JWKS with jose.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../index.ts';
import { DEMO, IDS } from '../tenant/seed.ts';
import { ROLE } from '../tenant/roles.ts';
import { TestBrowser, redirectParams } from '../testing/browser.ts';
import { authorizeUrl, pkce, redeemCode, refresh, signIn, signInAndRedeem, tokenRequest, verifyWithJwks } from '../testing/identity-client.ts';

let emulator: Emulator;
let strict: Emulator;
beforeAll(async () => {
  emulator = await createEmulator({ port: 0 });
  strict = await createEmulator({ port: 0, refreshTokenReuseGraceSeconds: 0 });
});
afterAll(async () => {
  await emulator.close();
  await strict.close();
});
beforeEach(() => {
  emulator.store.reset();
  strict.store.reset();
});

async function codeFor(upn: string, scope = 'User.Read openid profile offline_access', extra: { claims?: string } = {}) {
  const browser = new TestBrowser();
  const { verifier, challenge } = pkce();
  let page = await signIn(browser, authorizeUrl(emulator, { scope, challenge, ...extra }), upn);
  if (page.status !== 302) page = await browser.click(page, 'Accept');
  return { code: redirectParams(page.location!).get('code')!, verifier, browser };
}

describe('authorization_code', () => {
  it('wrong PKCE verifier → invalid_grant', async () => {
    const { code } = await codeFor('megan@contoso.example');
    const result = await redeemCode(emulator, code, pkce().verifier);
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({ error: 'invalid_grant', error_codes: [501481] });
  });

  it('a code is single use → invalid_grant AADSTS54005 the second time', async () => {
    const { code, verifier } = await codeFor('megan@contoso.example');
    expect((await redeemCode(emulator, code, verifier)).status).toBe(200);
    const again = await redeemCode(emulator, code, verifier);
    expect(again.body).toMatchObject({ error: 'invalid_grant', error_codes: [54005] });
  });

  it('redirect_uri and client_id must match the authorize request', async () => {
    const { code, verifier } = await codeFor('megan@contoso.example');
    const other = await redeemCode(emulator, code, verifier, { redirect_uri: 'http://localhost:4173/' });
    expect(other.body).toMatchObject({ error: 'invalid_grant' });
  });

  it('SPA codes are redeemed cross-origin only (AADSTS9002327 without Origin)', async () => {
    const { code, verifier } = await codeFor('megan@contoso.example');
    const result = await tokenRequest(
      emulator,
      { grant_type: 'authorization_code', client_id: DEMO.consoleClientId, redirect_uri: 'http://localhost:5173/', code, code_verifier: verifier },
      { origin: null },
    );
    expect(result.body).toMatchObject({ error: 'invalid_request', error_codes: [9002327] });
  });

  it('the access token and id_token verify against the JWKS and carry the listed claims', async () => {
    emulator.store.users.get(IDS.users.cloudApp)!.roleTemplateIds = [ROLE.cloudApplicationAdministrator];
    const { code, verifier } = await codeFor('cloudapp@contoso.example', 'User.Read openid profile email offline_access');
    const { body } = await redeemCode(emulator, code, verifier, { scope: 'User.Read openid profile email offline_access' });
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 3600, ext_expires_in: 3600 });
    expect(String(body.scope).split(' ').sort()).toEqual(['User.Read', 'email', 'openid', 'profile'].sort());
    expect(JSON.parse(Buffer.from(String(body.client_info), 'base64url').toString())).toEqual({ uid: IDS.users.cloudApp, utid: DEMO.tenantId });

    const at = await verifyWithJwks(emulator, String(body.access_token));
    expect(at).toMatchObject({
      aud: DEMO.graphAppId,
      iss: `https://sts.windows.net/${DEMO.tenantId}/`,
      oid: IDS.users.cloudApp,
      tid: DEMO.tenantId,
      upn: 'cloudapp@contoso.example',
      unique_name: 'cloudapp@contoso.example',
      name: 'Alex Wilber',
      appid: DEMO.consoleClientId,
      azp: DEMO.consoleClientId,
      idtyp: 'user',
    });
    expect(String(at.scp).split(' ')).toEqual(expect.arrayContaining(['User.Read', 'openid', 'profile', 'email']));
    expect(at.wids).toContain(ROLE.cloudApplicationAdministrator);
    expect(at.exp! - at.nbf!).toBe(3600);
    expect(at.xms_cc).toBeUndefined();

    const idt = await verifyWithJwks(emulator, String(body.id_token));
    expect(idt).toMatchObject({
      aud: DEMO.consoleClientId,
      iss: `https://login.microsoftonline.com/${DEMO.tenantId}/v2.0`,
      nonce: 'nonce-456',
      oid: IDS.users.cloudApp,
      tid: DEMO.tenantId,
      preferred_username: 'cloudapp@contoso.example',
      name: 'Alex Wilber',
      ver: '2.0',
      email: 'cloudapp@contoso.example',
    });
    for (const claim of ['sub', 'login_hint', 'sid', 'iat', 'nbf', 'exp']) expect(idt[claim], claim).toBeDefined();
    expect(idt.sid).toBe(at.sid);
  });

  it('scopes named by URI give aud https://graph.microsoft.com and still short names in `scope`', async () => {
    const scope = 'https://graph.microsoft.com/User.Read openid offline_access';
    const { code, verifier } = await codeFor('megan@contoso.example', scope);
    const { body } = await redeemCode(emulator, code, verifier, { scope });
    expect(body.scope).toBe('User.Read openid');
    expect((await verifyWithJwks(emulator, String(body.access_token))).aud).toBe('https://graph.microsoft.com');
  });

  it('the cp1 capability in `claims` puts xms_cc in the access token', async () => {
    const claims = JSON.stringify({ access_token: { xms_cc: { values: ['cp1'] } } });
    const { code, verifier } = await codeFor('megan@contoso.example', undefined, { claims });
    const { body } = await redeemCode(emulator, code, verifier);
    expect((await verifyWithJwks(emulator, String(body.access_token))).xms_cc).toEqual(['CP1']);
  });
});

describe('refresh_token', () => {
  it('rotates: a new refresh token each time, the old one rejected once the grace period is over', async () => {
    const { tokens } = await signInAndRedeem(strict, 'megan@contoso.example');
    const first = await refresh(strict, String(tokens.refresh_token), 'User.Read openid profile offline_access');
    expect(first.status).toBe(200);
    expect(first.body.refresh_token).not.toBe(tokens.refresh_token);
    expect(first.body.id_token).toBeTruthy();
    const reuse = await refresh(strict, String(tokens.refresh_token), 'User.Read openid profile offline_access');
    expect(reuse.body).toMatchObject({ error: 'invalid_grant' });
  });

  it('concurrent silent requests with the same refresh token both succeed (default grace period)', async () => {
    const { tokens } = await signInAndRedeem(emulator, 'megan@contoso.example');
    const results = await Promise.all([1, 2].map(() => refresh(emulator, String(tokens.refresh_token), 'User.Read openid profile offline_access')));
    expect(results.map((r) => r.status)).toEqual([200, 200]);
  });

  it('works for another resource (multi-resource refresh token) when that is consented', async () => {
    const { tokens } = await signInAndRedeem(emulator, 'megan@contoso.example');
    emulator.store.addScopesToGrant(
      { clientId: IDS.sps.console, resourceId: IDS.sps.exchange, consentType: 'Principal', principalId: IDS.users.megan },
      ['EWS.AccessAsUser.All'],
      {},
    );
    const result = await refresh(emulator, String(tokens.refresh_token), 'https://outlook.office365.com/EWS.AccessAsUser.All offline_access');
    expect(result.status).toBe(200);
    expect(result.body.scope).toBe('https://outlook.office365.com/EWS.AccessAsUser.All');
    expect((await verifyWithJwks(emulator, String(result.body.access_token))).aud).toBe('https://outlook.office365.com');
  });

  it('scopes beyond the grant → invalid_grant + consent_required + 65001', async () => {
    const { tokens } = await signInAndRedeem(emulator, 'megan@contoso.example');
    const result = await refresh(emulator, String(tokens.refresh_token), 'Mail.Read openid offline_access');
    expect(result.body).toMatchObject({ error: 'invalid_grant', suberror: 'consent_required', error_codes: [65001] });
    expect(String(result.body.error_description)).toMatch(/^AADSTS65001: .*\r\nTrace ID: .+\r\nCorrelation ID: .+\r\nTimestamp: .+Z$/s);
  });

  it('revoked sign-in sessions → invalid_grant AADSTS50173; a fresh sign-in gets a token issued after the revocation', async () => {
    const { tokens, browser } = await signInAndRedeem(emulator, 'megan@contoso.example');
    const megan = emulator.store.users.get(IDS.users.megan)!;
    emulator.store.revokeSignInSessions(megan, {});
    const result = await refresh(emulator, String(tokens.refresh_token), 'User.Read openid offline_access');
    expect(result.body).toMatchObject({ error: 'invalid_grant', error_codes: [50173] });

    // The claims challenge Graph sends after revocation: the browser session is stale too → sign in again.
    const nbf = Math.floor(Date.parse(megan.signInSessionsValidFromDateTime) / 1000);
    const claims = JSON.stringify({ access_token: { nbf: { essential: true, value: String(nbf) }, xms_cc: { values: ['cp1'] } } });
    const { verifier, challenge } = pkce();
    const picker = await browser.get(authorizeUrl(emulator, { claims, challenge, loginHint: 'megan@contoso.example' }));
    expect(picker.status).toBe(200);
    const done = await browser.click(picker, 'megan@contoso.example');
    const fresh = await redeemCode(emulator, redirectParams(done.location!).get('code')!, verifier);
    const at = await verifyWithJwks(emulator, String(fresh.body.access_token));
    expect(at.iat! * 1000).toBeGreaterThanOrEqual(Date.parse(megan.signInSessionsValidFromDateTime));
    expect(at.xms_cc).toEqual(['CP1']);
  });
});
