// The consent page vs "Need admin approval" decided by the permission grant policies assigned to the default
// user role (entra-docs configure-user-consent.md, manage-app-consent-policies.md, permissiongrantconditionset.md,
// configure-permission-classifications.md), and the admin consent workflow's "Request approval"
// (configure-admin-consent-workflow.md), driving the emulator's pages like a browser.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../index.ts';
import { graphScope } from '../tenant/catalog.ts';
import { IDS } from '../tenant/seed.ts';
import { TestBrowser, parseForms, redirectParams, textOf, type Page } from '../testing/browser.ts';
import { authorizeUrl, signIn } from '../testing/identity-client.ts';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await createEmulator({ port: 0 });
});
afterAll(() => emulator.close());
beforeEach(() => emulator.store.reset());

const LITWARE = { clientId: '11a7a4e0-0003-4b6c-8d7e-9f0a1b2c3d03', redirectUri: 'https://notes.litware.example/' };
const QUICK_PDF = { clientId: '9d1c0000-0006-4b6c-8d7e-9f0a1b2c3d06', redirectUri: 'https://quickpdf.example/oauth' };
const CONSOLE_APP_ID = '5e3ce6c0-2b1f-4285-8d4b-75ee78787346';

const assign = (...policyIds: string[]) => {
  emulator.store.governance.authorizationPolicy.defaultUserRolePermissions.permissionGrantPoliciesAssigned = policyIds.map(
    (id) => `ManagePermissionGrantsForSelf.${id}`,
  );
};
const classifyLow = (resourceId: string, permissionId: string, permissionName: string) =>
  emulator.store.governance.classifications.push({
    id: `Test${permissionName}`,
    servicePrincipalId: resourceId,
    permissionId,
    permissionName,
    classification: 'low',
  });

async function ask(upn: string, scope: string, app: { clientId?: string; redirectUri?: string } = {}): Promise<Page> {
  return signIn(new TestBrowser(), authorizeUrl(emulator, { scope, ...app }), upn);
}
const outcome = (page: Page) =>
  textOf(page.html).includes('Need admin approval') ? 'needsAdmin' : textOf(page.html).includes('Permissions requested') ? 'consent' : 'other';

describe('the user-consent setting: permission grant policies assigned to the default user role', () => {
  it('microsoft-user-default-legacy (the demo): any permission the API lets users consent to → consent page', async () => {
    expect(outcome(await ask('megan@contoso.example', 'Mail.Read openid profile'))).toBe('consent');
  });

  it('none assigned ("Do not allow user consent") → Need admin approval even for User.Read', async () => {
    assign();
    expect(outcome(await ask('megan@contoso.example', 'User.Read openid profile'))).toBe('needsAdmin');
  });

  it('microsoft-user-default-low: low-classified permissions for an app registered in this tenant → consent page; unclassified → Need admin approval; classifying it low changes that', async () => {
    assign('microsoft-user-default-low');
    expect(outcome(await ask('megan@contoso.example', 'User.Read openid profile'))).toBe('consent');
    expect(outcome(await ask('megan@contoso.example', 'Mail.Read openid profile'))).toBe('needsAdmin');
    classifyLow(IDS.sps.graph, graphScope('Mail.Read').id, 'Mail.Read');
    expect(outcome(await ask('megan@contoso.example', 'Mail.Read openid profile'))).toBe('consent');
  });

  it("microsoft-user-default-low: a verified publisher's app may get low permissions, an unverified third party may not", async () => {
    assign('microsoft-user-default-low');
    classifyLow(IDS.sps.graph, graphScope('Files.Read').id, 'Files.Read');
    classifyLow(IDS.sps.graph, graphScope('Mail.Read').id, 'Mail.Read');
    expect(outcome(await ask('johanna@contoso.example', 'Files.Read openid', LITWARE))).toBe('consent');
    expect(outcome(await ask('johanna@contoso.example', 'Mail.Read openid', QUICK_PDF))).toBe('needsAdmin');
  });

  it('an exclude condition set of the policy wins over its include (contoso-verified-low excludes Exchange Online)', async () => {
    assign('contoso-verified-low');
    const exchange = emulator.store.servicePrincipals.get(IDS.sps.exchange)!;
    const ews = exchange.oauth2PermissionScopes[0]!;
    classifyLow(exchange.id, ews.id, ews.value);
    classifyLow(IDS.sps.graph, graphScope('Files.Read').id, 'Files.Read');
    expect(outcome(await ask('johanna@contoso.example', 'Files.Read openid', LITWARE))).toBe('consent');
    expect(outcome(await ask('johanna@contoso.example', 'https://outlook.office365.com/EWS.AccessAsUser.All openid', LITWARE))).toBe('needsAdmin');
  });

  it('client application conditions: a custom policy for one client app lets users consent to that app only', async () => {
    emulator.store.governance.permissionGrantPolicies.push({
      id: 'only-litware',
      displayName: 'Only Litware',
      description: '',
      deletedDateTime: null,
      includes: [
        {
          ...emulator.store.governance.permissionGrantPolicies[0]!.includes[0]!,
          permissionClassification: 'all',
          clientApplicationIds: [LITWARE.clientId],
          clientApplicationsFromVerifiedPublisherOnly: false,
        },
      ],
      excludes: [],
    });
    assign('only-litware');
    expect(outcome(await ask('johanna@contoso.example', 'Files.Read openid', LITWARE))).toBe('consent');
    expect(outcome(await ask('johanna@contoso.example', 'Files.Read openid', QUICK_PDF))).toBe('needsAdmin');
  });

  it('a permission the API marks admin-only is never user-consentable, whatever the policy includes', async () => {
    assign('microsoft-company-admin');
    expect(outcome(await ask('megan@contoso.example', 'Directory.Read.All openid profile'))).toBe('needsAdmin');
  });
});

describe('the admin consent workflow on the Need admin approval page', () => {
  const consoleRequest = () => emulator.store.governance.appConsentRequests.find((r) => r.appId === CONSOLE_APP_ID);

  it('workflow on: "Request approval" with a labelled justification creates the userConsentRequest (InProgress, the asked scopes) and shows "Request sent"', async () => {
    const browser = new TestBrowser();
    const page = await signIn(browser, authorizeUrl(emulator, { scope: 'Directory.Read.All openid profile' }), 'megan@contoso.example');
    expect(page.html).toMatch(/<label for="reason">Justification for requesting this app<\/label>/);
    expect(page.html).toMatch(/<textarea id="reason" name="reason"/);
    const sent = await browser.click(page, 'Request approval', { fill: { reason: 'I run the directory report.' } });
    expect(textOf(sent.html)).toContain('Request sent');
    const request = consoleRequest()!;
    expect(request).toMatchObject({ appDisplayName: 'Consent Console', consentType: 'Dynamic' });
    expect(request.pendingScopes.map((s) => s.displayName)).toEqual(['Directory.Read.All', 'openid', 'profile']);
    expect(request.userConsentRequests).toEqual([
      expect.objectContaining({
        status: 'InProgress',
        reason: 'I run the directory report.',
        createdBy: { user: expect.objectContaining({ id: IDS.users.megan }) },
      }),
    ]);
    // Leaving "Request sent" still returns without consent: access_denied, AADSTS65004.
    const back = await browser.click(sent, 'Return to the application without granting consent');
    expect(redirectParams(back.location!).get('error_description')).toMatch(/^AADSTS65004: /);
  });

  it('an empty justification is refused with a message; nothing is created', async () => {
    const browser = new TestBrowser();
    const page = await signIn(browser, authorizeUrl(emulator, { scope: 'Directory.Read.All openid' }), 'megan@contoso.example');
    const again = await browser.click(page, 'Request approval', { fill: { reason: '   ' } });
    expect(textOf(again.html)).toContain('Enter a justification');
    expect(consoleRequest()).toBeUndefined();
  });

  it('a second request by the same user for the same app is refused while the first is InProgress; another user adds theirs', async () => {
    // Two tabs show the form; the second one sent after the first is refused (the page again, nothing added).
    const first = new TestBrowser();
    const page = await signIn(first, authorizeUrl(emulator, { scope: 'Directory.Read.All openid' }), 'megan@contoso.example');
    const otherTab = new TestBrowser();
    const stale = await signIn(otherTab, authorizeUrl(emulator, { scope: 'Directory.Read.All openid' }), 'megan@contoso.example');
    await first.click(page, 'Request approval', { fill: { reason: 'first' } });
    const refused = await otherTab.click(stale, 'Request approval', { fill: { reason: 'again' } });
    expect(textOf(refused.html)).toContain('Need admin approval');
    expect(consoleRequest()!.userConsentRequests.map((u) => u.reason)).toEqual(['first']);
    const second = await signIn(new TestBrowser(), authorizeUrl(emulator, { scope: 'Directory.Read.All openid' }), 'megan@contoso.example');
    expect(textOf(second.html)).toContain('You requested approval for this app on');
    expect(parseForms(second.html, emulator.identityUrl)[0]!.buttons.map((b) => b.label)).not.toContain('Request approval');
    const johanna = new TestBrowser();
    const hers = await signIn(johanna, authorizeUrl(emulator, { scope: 'Group.Read.All openid' }), 'johanna@contoso.example');
    await johanna.click(hers, 'Request approval', { fill: { reason: 'second' } });
    expect(consoleRequest()!.userConsentRequests.map((u) => u.reason)).toEqual(['first', 'second']);
    expect(consoleRequest()!.pendingScopes.map((s) => s.displayName)).toEqual(['Directory.Read.All', 'openid', 'Group.Read.All']);
  });

  it('workflow off: no "Request approval" on the page', async () => {
    emulator.store.governance.adminConsentRequestPolicy.isEnabled = false;
    const page = await ask('megan@contoso.example', 'Directory.Read.All openid');
    expect(outcome(page)).toBe('needsAdmin');
    expect(page.html).not.toContain('Request approval');
    expect(page.html).not.toContain('textarea');
  });

  it('after an admin grants the requester through Graph, the user gets no page and the request stays InProgress (Graph cannot complete it)', async () => {
    const browser = new TestBrowser();
    const page = await signIn(browser, authorizeUrl(emulator, { scope: 'Directory.Read.All openid' }), 'megan@contoso.example');
    await browser.click(page, 'Request approval', { fill: { reason: 'please' } });
    emulator.store.createGrant(
      { clientId: IDS.sps.console, consentType: 'Principal', principalId: IDS.users.megan, resourceId: IDS.sps.graph, scope: 'Directory.Read.All' },
      {},
    );
    const now = await signIn(new TestBrowser(), authorizeUrl(emulator, { scope: 'Directory.Read.All openid' }), 'megan@contoso.example');
    expect(now.status).toBe(302);
    expect(redirectParams(now.location!).get('code')).toBeTruthy();
    expect(consoleRequest()!.userConsentRequests[0]!.status).toBe('InProgress');
  });
});

describe('entra-docs application-sign-in-unexpected-user-consent-error.md: leaving "Need admin approval" without consent', () => {
  it('returns access_denied with AADSTS65004 and the state', async () => {
    const browser = new TestBrowser();
    const page = await signIn(browser, authorizeUrl(emulator, { scope: 'Directory.Read.All openid', state: 'kept' }), 'megan@contoso.example');
    const back = await browser.click(page, 'Return to the application without granting consent');
    expect(back.status).toBe(302);
    const params = redirectParams(back.location!);
    expect(params.get('error')).toBe('access_denied');
    expect(params.get('error_description')).toMatch(/^AADSTS65004: /);
    expect(params.get('state')).toBe('kept');
  });
});
