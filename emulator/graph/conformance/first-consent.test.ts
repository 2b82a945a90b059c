// The first consent to a multi-tenant app registered in another tenant creates its service principal here:
// - entra-docs docs/identity-platform/app-objects-and-service-principals.md: an app's service principal is
//   created in each tenant where it is used, e.g. when a user or admin of that tenant consents to it;
// - entra-docs docs/identity-platform/application-consent-experience.md: the consent page a user sees first;
// - entra-docs docs/identity/monitoring-health/reference-audit-activities.md: "Add service principal"
//   (ApplicationManagement) besides "Consent to application" and "Add delegated permission grant".
// Before consent the app has no service principal: Graph does not list it.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../index.ts';
import { NEW_APP } from '../../tenant/seed.ts';
import { TestBrowser, redirectParams, textOf } from '../../testing/browser.ts';
import { authorizeUrl, signIn } from '../../testing/identity-client.ts';
import { graph, IDS, startEmulator, userToken, type GraphBody } from '../test-support.ts';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());
beforeEach(() => emulator.store.reset());

const request = (scope = 'User.Read openid profile offline_access') =>
  authorizeUrl(emulator, { clientId: NEW_APP.appId, redirectUri: NEW_APP.redirectUri, scope, responseMode: 'query', challenge: '' });

async function listed(): Promise<GraphBody[]> {
  const token = await userToken(emulator, { userId: IDS.users.reader, scopes: ['Application.Read.All'] });
  const res = await graph(emulator, `/servicePrincipals?$filter=appId eq '${NEW_APP.appId}'`, { token });
  expect(res.status, res.text).toBe(200);
  return res.body.value!;
}

describe('first consent to an app not yet in the tenant (app-objects-and-service-principals.md)', () => {
  it('before consent: no service principal; /authorize shows its consent page to a plain user', async () => {
    expect(await listed()).toEqual([]);
    const page = await signIn(new TestBrowser(), request(), 'megan@contoso.example');
    expect(page.status).toBe(200);
    const text = textOf(page.html);
    expect(text).toContain(NEW_APP.displayName);
    expect(text).toContain('Sign you in and read your profile');
    expect(await listed()).toEqual([]);
  });

  it('declining creates nothing', async () => {
    const browser = new TestBrowser();
    const page = await signIn(browser, request(), 'megan@contoso.example');
    const back = await browser.click(page, 'Cancel');
    expect(redirectParams(back.location!).get('error')).toBe('access_denied');
    expect(await listed()).toEqual([]);
  });

  it('Accept creates the service principal, the user grant and the audit events, as the user, now', async () => {
    const before = Date.now();
    const auditBefore = emulator.store.audit.length;
    const browser = new TestBrowser();
    const page = await signIn(browser, request(), 'megan@contoso.example');
    const done = await browser.click(page, 'Accept');
    expect(redirectParams(done.location!).get('code')).toBeTruthy();

    const [sp] = await listed();
    expect(sp).toMatchObject({
      id: NEW_APP.servicePrincipalId,
      appId: NEW_APP.appId,
      displayName: NEW_APP.displayName,
      appOwnerOrganizationId: NEW_APP.ownerTenantId,
    });
    expect(Date.parse(String(sp!.createdDateTime))).toBeGreaterThanOrEqual(before - 1000);

    const grant = [...emulator.store.grants.values()].find((g) => g.clientId === NEW_APP.servicePrincipalId);
    expect(grant).toMatchObject({ consentType: 'Principal', principalId: IDS.users.megan, resourceId: IDS.sps.graph });
    expect(grant!.scope.split(' ')).toEqual(expect.arrayContaining(['User.Read', 'offline_access']));

    const events = emulator.store.audit.slice(auditBefore);
    expect(events.map((e) => e.activityDisplayName)).toEqual(['Add service principal', 'Add delegated permission grant', 'Consent to application']);
    for (const e of events) {
      expect(e.initiatedBy.user?.id).toBe(IDS.users.megan);
      expect(e.category).toBe('ApplicationManagement');
      expect(Date.parse(e.activityDateTime)).toBeGreaterThanOrEqual(before - 1000);
    }
    const added = events[0]!.targetResources[0]!;
    expect(added).toMatchObject({ id: NEW_APP.servicePrincipalId, type: 'ServicePrincipal', displayName: NEW_APP.displayName });
    expect(added.modifiedProperties.find((p) => p.displayName === 'AppPrincipalId')?.newValue).toBe(JSON.stringify([NEW_APP.appId]));
  });

  it('a second consent by another user finds the service principal and adds only a grant', async () => {
    const first = new TestBrowser();
    await first.click(await signIn(first, request(), 'megan@contoso.example'), 'Accept');
    const auditBefore = emulator.store.audit.length;
    const second = new TestBrowser();
    await second.click(await signIn(second, request(), 'johanna@contoso.example'), 'Accept');
    const events = emulator.store.audit.slice(auditBefore).map((e) => e.activityDisplayName);
    expect(events).toEqual(['Add delegated permission grant', 'Consent to application']);
    expect(await listed()).toHaveLength(1);
  });

  it('reset returns the tenant to before the consent', async () => {
    const browser = new TestBrowser();
    await browser.click(await signIn(browser, request(), 'megan@contoso.example'), 'Accept');
    expect(await listed()).toHaveLength(1);
    emulator.store.reset();
    expect(await listed()).toEqual([]);
  });
});

describe("Relecloud Surveys' redirect URIs follow the console's extra ones (an e2e port)", () => {
  it('/relecloud/signin on the origin of every --redirect-uri is registered; another path is not', async () => {
    const own = await startEmulator({ redirectUris: ['http://localhost:4600/'] });
    try {
      const url = (redirectUri: string) => authorizeUrl(own, { clientId: NEW_APP.appId, redirectUri, responseMode: 'query', challenge: '' });
      const page = await signIn(new TestBrowser(), url('http://localhost:4600/relecloud/signin'), 'megan@contoso.example');
      expect(page.status).toBe(200);
      expect(textOf(page.html)).toContain(NEW_APP.displayName);
      const wrong = await new TestBrowser().get(url('http://localhost:4600/elsewhere'));
      expect(wrong.html).toContain('AADSTS50011');
    } finally {
      await own.close();
    }
  });
});
