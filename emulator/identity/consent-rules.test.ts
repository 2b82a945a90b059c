// One protocol test per consent rule of EMULATOR.md, driving the emulator's pages like a browser.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../index.ts';
import { IDS } from '../tenant/seed.ts';
import { TestBrowser, redirectParams, textOf } from '../testing/browser.ts';
import { authorizeUrl, pkce, redeemCode, refresh, signIn, signInAndRedeem } from '../testing/identity-client.ts';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await createEmulator({ port: 0 });
});
afterAll(() => emulator.close());
beforeEach(() => emulator.store.reset());

const consoleGrant = (userId: string | null) =>
  [...emulator.store.grants.values()].find((g) => g.clientId === IDS.sps.console && g.resourceId === IDS.sps.graph && g.principalId === userId);

describe('consent rules', () => {
  it('shows the consent page for a missing user-consentable scope and Accept creates the user grant', async () => {
    const browser = new TestBrowser();
    const page = await signIn(browser, authorizeUrl(emulator), 'megan@contoso.example');
    const text = textOf(page.html);
    expect(text).toContain('Consent Console');
    expect(text).toContain('unverified');
    expect(text).toContain('Microsoft Graph');
    expect(text).toContain('Sign you in and read your profile');
    expect(page.html).not.toContain('consent_org');
    const done = await browser.click(page, 'Accept');
    expect(redirectParams(done.location!).get('code')).toBeTruthy();
    expect(consoleGrant(IDS.users.megan)?.scope.split(' ')).toEqual(expect.arrayContaining(['User.Read', 'openid', 'profile', 'offline_access']));
    expect(emulator.store.audit.at(-1)?.activityDisplayName).toBe('Consent to application');
  });

  it('decline → access_denied with AADSTS65004 and the state', async () => {
    const browser = new TestBrowser();
    const page = await signIn(browser, authorizeUrl(emulator, { state: 'keep-me' }), 'megan@contoso.example');
    const back = await browser.click(page, 'Cancel');
    expect(back.status).toBe(302);
    const params = redirectParams(back.location!);
    expect(params.get('error')).toBe('access_denied');
    expect(params.get('error_description')).toMatch(/^AADSTS65004: /);
    expect(params.get('state')).toBe('keep-me');
    expect(consoleGrant(IDS.users.megan)).toBeUndefined();
  });

  it('admin-only scope asked by a plain user → AADSTS90094 "Need admin approval" page, no redirect', async () => {
    const browser = new TestBrowser();
    const page = await signIn(browser, authorizeUrl(emulator, { scope: 'Directory.Read.All openid profile' }), 'megan@contoso.example');
    expect(page.status).toBe(200);
    expect(page.location).toBeUndefined();
    expect(textOf(page.html)).toContain('Need admin approval');
    expect(page.html).toContain('AADSTS90094');
  });

  it('an admin sees the admin-only scope with "Consent on behalf of your organization" required; Accept creates AllPrincipals', async () => {
    const browser = new TestBrowser();
    const page = await signIn(browser, authorizeUrl(emulator, { scope: 'Directory.Read.All openid profile' }), 'admin@contoso.example');
    expect(textOf(page.html)).toContain('Consent on behalf of your organization');
    expect(page.html).toMatch(/name="consent_org"[^>]*checked required/);
    const refused = await browser.click(page, 'Accept', { check: { consent_org: false } });
    expect(refused.status).toBe(200);
    const done = await browser.click(refused, 'Accept', { check: { consent_org: true } });
    expect(redirectParams(done.location!).get('code')).toBeTruthy();
    expect(consoleGrant(null)?.scope).toContain('Directory.Read.All');
  });

  it('prompt=none without consent → consent_required with the state, no page', async () => {
    const browser = new TestBrowser();
    await signInAndRedeem(emulator, 'megan@contoso.example', undefined, browser);
    const silent = await browser.get(authorizeUrl(emulator, { scope: 'Mail.Read openid profile', prompt: 'none', state: 's1' }));
    expect(silent.status).toBe(302);
    const params = redirectParams(silent.location!);
    expect(params.get('error')).toBe('consent_required');
    expect(params.get('error_description')).toMatch(/^AADSTS65001: /);
    expect(params.get('state')).toBe('s1');
  });

  it('prompt=none without a session → login_required; with consent → a code', async () => {
    const anonymous = await new TestBrowser().get(authorizeUrl(emulator, { prompt: 'none' }));
    expect(redirectParams(anonymous.location!).get('error')).toBe('login_required');
    const browser = new TestBrowser();
    await signInAndRedeem(emulator, 'megan@contoso.example', undefined, browser);
    const silent = await browser.get(authorizeUrl(emulator, { prompt: 'none' }));
    expect(redirectParams(silent.location!).get('code')).toBeTruthy();
  });

  it('prompt=consent shows the page even when everything is granted', async () => {
    const browser = new TestBrowser();
    await signInAndRedeem(emulator, 'megan@contoso.example', undefined, browser);
    const page = await browser.get(authorizeUrl(emulator, { prompt: 'consent' }));
    expect(page.status).toBe(200);
    expect(textOf(page.html)).toContain('Sign you in and read your profile');
  });

  it('unregistered redirect_uri → AADSTS50011 error page and no redirect', async () => {
    const page = await new TestBrowser().get(authorizeUrl(emulator, { redirectUri: 'https://evil.example/steal' }));
    expect(page.status).toBe(400);
    expect(page.location).toBeUndefined();
    expect(page.html).toContain('AADSTS50011');
    expect(page.html).not.toContain('href="https://evil.example');
  });

  it('unknown client → AADSTS700016 page', async () => {
    const page = await new TestBrowser().get(authorizeUrl(emulator, { clientId: '00000000-0000-4000-8000-00000000dead' }));
    expect(page.status).toBe(400);
    expect(page.html).toContain('AADSTS700016');
  });

  it('unknown scope → invalid_scope AADSTS70011 back to the app with the state', async () => {
    const page = await new TestBrowser().get(authorizeUrl(emulator, { scope: 'Not.A.Scope openid', state: 's2' }));
    const params = redirectParams(page.location!);
    expect(params.get('error')).toBe('invalid_scope');
    expect(params.get('error_description')).toMatch(/^AADSTS70011: /);
    expect(params.get('state')).toBe('s2');
  });

  it('resource not in the tenant → AADSTS500011; two resources → AADSTS28000', async () => {
    const missing = await new TestBrowser().get(authorizeUrl(emulator, { scope: 'api://nowhere/read openid' }));
    expect(redirectParams(missing.location!).get('error_description')).toMatch(/^AADSTS500011: /);
    const two = await new TestBrowser().get(authorizeUrl(emulator, { scope: 'User.Read https://outlook.office365.com/EWS.AccessAsUser.All' }));
    expect(redirectParams(two.location!).get('error_description')).toMatch(/^AADSTS28000: /);
  });

  it('SPA redirect URI without PKCE → AADSTS9002325 back to the app', async () => {
    const page = await new TestBrowser().get(authorizeUrl(emulator, { challenge: '' }));
    expect(redirectParams(page.location!).get('error_description')).toMatch(/^AADSTS9002325: /);
  });

  it('refresh after the grant is deleted → invalid_grant + consent_required + 65001', async () => {
    const { tokens } = await signInAndRedeem(emulator, 'megan@contoso.example');
    emulator.store.deleteGrant(consoleGrant(IDS.users.megan)!, {});
    const result = await refresh(emulator, tokens.refresh_token as string, 'User.Read openid profile offline_access');
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({ error: 'invalid_grant', suberror: 'consent_required', error_codes: [65001] });
  });

  it('incremental consent: a second scope extends the user grant and the new token carries both', async () => {
    const browser = new TestBrowser();
    await signInAndRedeem(emulator, 'megan@contoso.example', undefined, browser);
    const { verifier, challenge } = pkce();
    const page = await browser.get(authorizeUrl(emulator, { scope: 'Mail.Read openid profile offline_access', challenge }));
    expect(textOf(page.html)).toContain('Read your mail');
    const done = await browser.click(page, 'Accept');
    const result = await redeemCode(emulator, redirectParams(done.location!).get('code')!, verifier, { scope: 'Mail.Read openid profile offline_access' });
    expect(String(result.body.scope).split(' ')).toEqual(expect.arrayContaining(['User.Read', 'Mail.Read']));
  });

  it('no permission grant policy assigned to the default user role ("Do not allow user consent") sends even user-consentable scopes to admin approval', async () => {
    emulator.store.governance.authorizationPolicy.defaultUserRolePermissions.permissionGrantPoliciesAssigned = [];
    const page = await signIn(new TestBrowser(), authorizeUrl(emulator), 'megan@contoso.example');
    expect(textOf(page.html)).toContain('Need admin approval');
  });
});
