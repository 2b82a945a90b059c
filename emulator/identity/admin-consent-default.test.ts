// /adminconsent: application permissions only through /.default; /.default SETS the tenant-wide grants to
// the configured permissions (removing others); named delegated scopes only add.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../index.ts';
import { DEMO, IDS } from '../tenant/seed.ts';
import { TestBrowser, redirectParams } from '../testing/browser.ts';
import { signIn } from '../testing/identity-client.ts';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await createEmulator({ port: 0 });
});
afterAll(() => emulator.close());
beforeEach(() => emulator.store.reset());

const APPS = {
  northwind: { appId: '0e7f1d00-0004-4b6c-8d7e-9f0a1b2c3d04', redirect: 'https://hr.northwind.example/auth' },
  litware: { appId: '11a7a4e0-0003-4b6c-8d7e-9f0a1b2c3d03', redirect: 'https://notes.litware.example/' },
  adatum: { appId: 'a1d2a7e5-0001-4b6c-8d7e-9f0a1b2c3d01', redirect: 'https://sign.adatum.example/auth/callback' },
};

function adminConsentUrl(app: { appId: string; redirect: string }, scope: string, state = 's1'): string {
  const q = new URLSearchParams({ client_id: app.appId, scope, redirect_uri: app.redirect, state });
  return `${emulator.identityUrl}/${DEMO.tenantId}/v2.0/adminconsent?${q}`;
}

async function consentAsAdmin(url: string): Promise<URLSearchParams> {
  const browser = new TestBrowser();
  const page = await signIn(browser, url, 'admin@contoso.example');
  const done = await browser.click(page, 'Accept');
  return redirectParams(done.location!);
}

const tenantWide = (clientId: string, resourceId: string = IDS.sps.graph) =>
  [...emulator.store.grants.values()].find((g) => g.clientId === clientId && g.resourceId === resourceId && g.consentType === 'AllPrincipals');

const lastConsentPermissions = () =>
  emulator.store.audit
    .filter((e) => e.activityDisplayName === 'Consent to application')
    .at(-1)
    ?.targetResources[0]?.modifiedProperties.find((p) => p.displayName === 'ConsentAction.Permissions')?.newValue;

describe('Entra v2-admin-consent: application permissions only through /.default', () => {
  it('an application permission (no delegated one of that name) named in scope → invalid_scope AADSTS70011 back to the app with the state; nothing granted', async () => {
    const assignments = emulator.store.appRoleAssignments.size;
    const page = await new TestBrowser().get(adminConsentUrl(APPS.northwind, 'https://graph.microsoft.com/Application.ReadWrite.OwnedBy', 'named-role'));
    expect(page.status).toBe(302);
    const params = redirectParams(page.location!);
    expect(params.get('error')).toBe('invalid_scope');
    expect(params.get('error_description')).toMatch(/^AADSTS70011: /);
    expect(params.get('state')).toBe('named-role');
    expect(emulator.store.appRoleAssignments.size).toBe(assignments);
  });

  it('/.default assigns the configured application permissions', async () => {
    expect((await consentAsAdmin(adminConsentUrl(APPS.northwind, 'https://graph.microsoft.com/.default'))).get('admin_consent')).toBe('True');
    expect(emulator.store.assignedAppRoles(IDS.sps.northwindHr, IDS.sps.graph)).toEqual(['User.Read.All']);
  });
});

describe('Entra grant-admin-consent: tenant-wide admin consent may revoke permissions already granted tenant-wide', () => {
  it('/.default sets the AllPrincipals grants to the configured scopes: others are removed, users\u2019 own grants stay', async () => {
    await consentAsAdmin(adminConsentUrl(APPS.litware, 'https://graph.microsoft.com/.default'));
    expect(tenantWide(IDS.sps.litwareNotes)?.scope).toBe('User.Read OnlineMeetings.Read offline_access');
    // The SharePoint grant is not configured by the registration at all: removed.
    expect(tenantWide(IDS.sps.litwareNotes, IDS.sps.sharepoint)).toBeUndefined();
    expect(emulator.store.grants.get('GrantLitwareNotesMeganGraph0000000000000005')?.scope).toBe('OnlineMeetings.Read offline_access');
  });

  it('the consent event records the old and the new grant; the grant events record the scope change', async () => {
    const before = { ...tenantWide(IDS.sps.litwareNotes)! };
    await consentAsAdmin(adminConsentUrl(APPS.litware, 'https://graph.microsoft.com/.default'));
    const permissions = lastConsentPermissions() ?? '';
    expect(permissions).toContain(
      `[[Id: ${before.id}, ClientId: ${IDS.sps.litwareNotes}, PrincipalId: , ResourceId: ${IDS.sps.graph}, ConsentType: AllPrincipals, Scope: User.Read openid profile, CreatedDateTime: , LastModifiedDateTime: ]] => [[Id: ${before.id}`,
    );
    expect(permissions).toContain('Scope: User.Read OnlineMeetings.Read offline_access, ');
    expect(permissions).toContain(' => []; ');
    const update = emulator.store.audit.find((e) => e.activityDisplayName === 'Update delegated permission grant');
    expect(update?.targetResources[0]?.modifiedProperties.find((p) => p.displayName === 'DelegatedPermissionGrant.Scope')).toMatchObject({
      oldValue: 'User.Read openid profile',
      newValue: 'User.Read OnlineMeetings.Read offline_access',
    });
    expect(emulator.store.audit.some((e) => e.activityDisplayName === 'Remove delegated permission grant')).toBe(true);
  });

  it('named delegated scopes only add to the tenant-wide grant', async () => {
    await consentAsAdmin(adminConsentUrl(APPS.adatum, 'https://graph.microsoft.com/User.ReadBasic.All'));
    expect(tenantWide(IDS.sps.adatumSign)?.scope).toBe('User.Read Files.Read.All openid profile User.ReadBasic.All');
  });
});
