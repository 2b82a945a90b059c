// GET /v2.0/adminconsent: tenant-wide grants by an administrator, and the errors for everyone else.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../index.ts';
import { graphAppRole } from '../tenant/catalog.ts';
import { DEMO, IDS } from '../tenant/seed.ts';
import { TestBrowser, redirectParams, textOf } from '../testing/browser.ts';
import { signIn } from '../testing/identity-client.ts';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await createEmulator({ port: 0 });
});
afterAll(() => emulator.close());
beforeEach(() => emulator.store.reset());

const NORTHWIND = { appId: '0e7f1d00-0004-4b6c-8d7e-9f0a1b2c3d04', spId: IDS.sps.northwindHr, redirect: 'https://hr.northwind.example/auth' };

function adminConsentUrl(options: { scope?: string; state?: string; redirectUri?: string; clientId?: string } = {}): string {
  const q = new URLSearchParams({
    client_id: options.clientId ?? NORTHWIND.appId,
    scope: options.scope ?? 'https://graph.microsoft.com/.default',
    redirect_uri: options.redirectUri ?? NORTHWIND.redirect,
    state: options.state ?? 'admin-state',
  });
  return `${emulator.identityUrl}/${DEMO.tenantId}/v2.0/adminconsent?${q}`;
}

describe('admin consent', () => {
  it('Global Administrator: the page lists the configured permissions; Accept creates the AllPrincipals grant and app role assignments', async () => {
    const browser = new TestBrowser();
    const page = await signIn(browser, adminConsentUrl(), 'admin@contoso.example');
    const text = textOf(page.html);
    expect(text).toContain('Northwind HR Portal');
    expect(text).toContain('✔ verified');
    expect(text).toContain("Read all users' basic profiles"); // User.ReadBasic.All, admin wording
    expect(text).toContain('Application');
    const done = await browser.click(page, 'Accept');
    const url = new URL(done.location!);
    expect(url.origin + url.pathname).toBe(NORTHWIND.redirect);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      admin_consent: 'True',
      tenant: DEMO.tenantId,
      scope: 'https://graph.microsoft.com/.default',
      state: 'admin-state',
    });

    const grant = [...emulator.store.grants.values()].find((g) => g.clientId === NORTHWIND.spId && g.consentType === 'AllPrincipals');
    expect(grant?.scope.split(' ')).toEqual(expect.arrayContaining(['User.Read', 'User.ReadBasic.All']));
    expect(emulator.store.assignedAppRoles(NORTHWIND.spId, IDS.sps.graph)).toEqual(['User.Read.All']);
    const roleId = graphAppRole('User.Read.All').id;
    expect([...emulator.store.appRoleAssignments.values()].some((a) => a.principalId === NORTHWIND.spId && a.appRoleId === roleId)).toBe(true);
    expect(emulator.store.audit.at(-1)?.activityDisplayName).toBe('Consent to application');
  });

  it('a plain user → error back to the app with the state, nothing granted', async () => {
    const before = emulator.store.grants.size;
    const page = await signIn(new TestBrowser(), adminConsentUrl({ state: 'xyz' }), 'megan@contoso.example');
    expect(page.status).toBe(302);
    const params = redirectParams(page.location!);
    expect(params.get('error')).toBe('consent_required');
    expect(params.get('error_description')).toMatch(/^AADSTS90093: /);
    expect(params.get('state')).toBe('xyz');
    expect(emulator.store.grants.size).toBe(before);
  });

  it('Cloud Application Administrator may not grant Microsoft Graph app roles, but may grant delegated ones', async () => {
    const roles = await signIn(new TestBrowser(), adminConsentUrl(), 'cloudapp@contoso.example');
    expect(redirectParams(roles.location!).get('error')).toBe('consent_required');
    const browser = new TestBrowser();
    const delegated = await signIn(browser, adminConsentUrl({ scope: 'https://graph.microsoft.com/User.ReadBasic.All' }), 'cloudapp@contoso.example');
    const done = await browser.click(delegated, 'Accept');
    expect(redirectParams(done.location!).get('admin_consent')).toBe('True');
  });

  it('Cancel → access_denied AADSTS65004 with the state', async () => {
    const browser = new TestBrowser();
    const page = await signIn(browser, adminConsentUrl({ state: 'c1' }), 'admin@contoso.example');
    const back = await browser.click(page, 'Cancel');
    const params = redirectParams(back.location!);
    expect(params.get('error')).toBe('access_denied');
    expect(params.get('error_description')).toMatch(/^AADSTS65004: /);
    expect(params.get('state')).toBe('c1');
  });

  it('an unregistered redirect_uri → AADSTS50011 page, no redirect', async () => {
    const page = await new TestBrowser().get(adminConsentUrl({ redirectUri: 'https://evil.example/' }));
    expect(page.status).toBe(400);
    expect(page.location).toBeUndefined();
    expect(page.html).toContain('AADSTS50011');
  });
});
