// Every write leaves its audit event, in the format Entra writes it (entra-docs
// identity/monitoring-health/reference-audit-activities.md, Core Directory, category ApplicationManagement):
// - the consent page (user and admin): "Consent to application" with ConsentContext.* and
//   ConsentAction.Permissions ("[old grant] => [new grant]; " per grant), and per grant "Add delegated
//   permission grant" / "Update delegated permission grant";
// - admin consent (/adminconsent) of application permissions: "Add app role assignment to service principal";
// - Graph: POST / PATCH / DELETE /oauth2PermissionGrants ("Add / Update / Remove delegated permission grant"),
//   POST / DELETE /servicePrincipals/{id}/appRoleAssignedTo ("Add / Remove app role assignment to / from
//   service principal").
// Each: initiated by the signed-in user, dated now, targeting the client's service principal; read back
// through GET /auditLogs/directoryAudits (api-reference/v1.0/api/directoryaudit-list.md), which also takes
// the filter a review reads with (activityDateTime ge … and category eq 'ApplicationManagement') and
// refuses `or` (the page lists eq, ge, le and startswith only).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../index.ts';
import { graphAppRole } from '../../tenant/catalog.ts';
import { NEW_APP } from '../../tenant/seed.ts';
import { TestBrowser } from '../../testing/browser.ts';
import { authorizeUrl, signIn } from '../../testing/identity-client.ts';
import { DEMO, graph, IDS, startEmulator, userToken, type GraphBody } from '../test-support.ts';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ reportsLimit: false });
});
afterAll(() => emulator.close());
beforeEach(() => emulator.store.reset());

interface Modified {
  displayName: string;
  oldValue: string | null;
  newValue: string | null;
}
type Target = { id: string; type: string; modifiedProperties: Modified[] };

/** The events written since `from`, oldest first, as the audit log API returns them. */
async function eventsSince(from: string): Promise<GraphBody[]> {
  const token = await userToken(emulator, { userId: IDS.users.reports, scopes: ['AuditLog.Read.All', 'Directory.Read.All'] });
  const filter = `activityDateTime ge ${from} and category eq 'ApplicationManagement'`;
  const res = await graph(emulator, `/auditLogs/directoryAudits?$top=999&$filter=${encodeURIComponent(filter)}`, { token });
  expect(res.status, res.text).toBe(200);
  return res.body.value!.reverse();
}

const target = (e: GraphBody) => (e.targetResources as Target[])[0]!;
const prop = (e: GraphBody, name: string) => target(e).modifiedProperties.find((p) => p.displayName === name);
const unquote = (v: string | null | undefined) => (v ?? '').replace(/^"|"$/g, '');

/** ConsentAction.Permissions parsed back into its grants: `[before] => [after]; ` per grant. */
function consentedGrants(e: GraphBody) {
  const record = (side: string) => {
    const m =
      /\[Id: ([^,]*), ClientId: ([^,]*), PrincipalId: ([^,]*), ResourceId: ([^,]*), ConsentType: ([^,]*), Scope: ([^,]*), CreatedDateTime: , LastModifiedDateTime: \]/.exec(
        side,
      );
    return m && { id: m[1], clientId: m[2], principalId: m[3], resourceId: m[4], consentType: m[5], scope: m[6] };
  };
  return unquote(prop(e, 'ConsentAction.Permissions')?.newValue)
    .split('; ')
    .filter(Boolean)
    .map((change) => {
      const [before, after] = change.split(' => ');
      return { before: record(before!), after: record(after!) };
    });
}

const since = () => new Date(Date.now() - 1000).toISOString();
const now = () => Date.now();

function expectInitiatedNow(events: GraphBody[], userId: string, start: number) {
  for (const e of events) {
    expect((e.initiatedBy as { user: { id: string } }).user.id, String(e.activityDisplayName)).toBe(userId);
    expect(Date.parse(String(e.activityDateTime))).toBeGreaterThanOrEqual(start - 1000);
    expect(Date.parse(String(e.activityDateTime))).toBeLessThanOrEqual(Date.now());
  }
}

describe('the consent page (reference-audit-activities.md: Consent to application, delegated permission grants)', () => {
  it("a user's consent to a new app: Add delegated permission grant, then Consent to application naming the grant", async () => {
    const from = since();
    const start = now();
    const browser = new TestBrowser();
    const url = authorizeUrl(emulator, { clientId: NEW_APP.appId, redirectUri: NEW_APP.redirectUri, responseMode: 'query', challenge: '' });
    await browser.click(await signIn(browser, url, 'megan@contoso.example'), 'Accept');
    const events = await eventsSince(from);
    expect(events.map((e) => e.activityDisplayName)).toEqual(['Add service principal', 'Add delegated permission grant', 'Consent to application']);
    expectInitiatedNow(events, IDS.users.megan, start);
    const [, added, consent] = events;
    expect(target(added!)).toMatchObject({ id: NEW_APP.servicePrincipalId, type: 'ServicePrincipal' });
    expect(prop(added!, 'DelegatedPermissionGrant.PrincipalId')?.newValue).toBe(IDS.users.megan);
    expect(prop(added!, 'DelegatedPermissionGrant.ResourceId')?.newValue).toBe(IDS.sps.graph);
    expect(target(consent!).id).toBe(NEW_APP.servicePrincipalId);
    expect(unquote(prop(consent!, 'ConsentContext.IsAdminConsent')?.newValue)).toBe('False');
    expect(unquote(prop(consent!, 'ConsentContext.OnBehalfOfAll')?.newValue)).toBe('False');
    const [change] = consentedGrants(consent!);
    const grant = [...emulator.store.grants.values()].find((g) => g.clientId === NEW_APP.servicePrincipalId)!;
    expect(change).toEqual({
      before: null,
      after: {
        id: grant.id,
        clientId: NEW_APP.servicePrincipalId,
        principalId: IDS.users.megan,
        resourceId: IDS.sps.graph,
        consentType: 'Principal',
        scope: grant.scope,
      },
    });
  });

  it("a user widening their own grant: Update delegated permission grant (old and new scope) and the grant's before and after", async () => {
    // First consent to the console, then ask for one more user-consentable scope.
    const browser = new TestBrowser();
    const first = await signIn(browser, authorizeUrl(emulator), 'johanna@contoso.example');
    if (first.status === 200) await browser.click(first, 'Accept');
    const earlier = new Set(emulator.store.audit.map((e) => e.id));
    const from = since();
    const start = now();
    const page = await browser.get(authorizeUrl(emulator, { scope: 'Calendars.Read openid profile' }));
    await browser.click(page, 'Accept');
    const events = (await eventsSince(from)).filter((e) => !earlier.has(String(e.id)));
    expect(events.map((e) => e.activityDisplayName)).toEqual(['Update delegated permission grant', 'Consent to application']);
    expectInitiatedNow(events, IDS.users.johanna, start);
    const [update, consent] = events;
    expect(target(update!).id).toBe(IDS.sps.console);
    const scope = prop(update!, 'DelegatedPermissionGrant.Scope')!;
    expect(scope.newValue!.split(' ')).toEqual([...scope.oldValue!.split(' '), 'Calendars.Read']);
    const [change] = consentedGrants(consent!);
    expect(change!.before!.scope).toBe(scope.oldValue);
    expect(change!.after!.scope).toBe(scope.newValue);
    expect(change!.after!.id).toBe(change!.before!.id);
  });

  it('an admin consenting for the organization: an AllPrincipals grant, IsAdminConsent and OnBehalfOfAll True', async () => {
    const from = since();
    const start = now();
    const browser = new TestBrowser();
    const page = await signIn(browser, authorizeUrl(emulator, { scope: 'Directory.Read.All openid profile' }), 'admin@contoso.example');
    await browser.click(page, 'Accept', { check: { consent_org: true } });
    const events = await eventsSince(from);
    expect(events.map((e) => e.activityDisplayName).at(-1)).toBe('Consent to application');
    expectInitiatedNow(events, IDS.users.admin, start);
    const consent = events.at(-1)!;
    expect(unquote(prop(consent, 'ConsentContext.IsAdminConsent')?.newValue)).toBe('True');
    expect(unquote(prop(consent, 'ConsentContext.OnBehalfOfAll')?.newValue)).toBe('True');
    const [change] = consentedGrants(consent);
    expect(change!.after).toMatchObject({ clientId: IDS.sps.console, consentType: 'AllPrincipals', principalId: '', resourceId: IDS.sps.graph });
    expect(change!.after!.scope).toContain('Directory.Read.All');
  });

  it('admin consent (/adminconsent) of application permissions: Add app role assignment to service principal, then Consent to application', async () => {
    const from = since();
    const start = now();
    const q = new URLSearchParams({
      client_id: '0e7f1d00-0004-4b6c-8d7e-9f0a1b2c3d04',
      scope: 'https://graph.microsoft.com/.default',
      redirect_uri: 'https://hr.northwind.example/auth',
      state: 's',
    });
    const browser = new TestBrowser();
    await browser.click(await signIn(browser, `${emulator.identityUrl}/${DEMO.tenantId}/v2.0/adminconsent?${q}`, 'admin@contoso.example'), 'Accept');
    const events = await eventsSince(from);
    expectInitiatedNow(events, IDS.users.admin, start);
    const assigned = events.find((e) => e.activityDisplayName === 'Add app role assignment to service principal')!;
    expect(target(assigned)).toMatchObject({ id: IDS.sps.northwindHr, type: 'ServicePrincipal' });
    expect(prop(assigned, 'AppRole.Id')?.newValue).toBe(graphAppRole('User.Read.All').id);
    expect(prop(assigned, 'AppRoleAssignment.ResourceId')?.newValue).toBe(IDS.sps.graph);
    expect(events.at(-1)!.activityDisplayName).toBe('Consent to application');
    expect(target(events.at(-1)!).id).toBe(IDS.sps.northwindHr);
  });
});

describe('Graph writes (reference-audit-activities.md: delegated permission grants, app role assignments)', () => {
  it('POST, PATCH, DELETE /oauth2PermissionGrants: Add / Update / Remove delegated permission grant', async () => {
    const from = since();
    const start = now();
    const token = await userToken(emulator, { userId: IDS.users.admin, scopes: ['DelegatedPermissionGrant.ReadWrite.All'] });
    const body = {
      clientId: IDS.sps.tailspinAutomation,
      consentType: 'Principal',
      principalId: IDS.users.isaiah,
      resourceId: IDS.sps.graph,
      scope: 'User.Read',
    };
    const created = await graph(emulator, '/oauth2PermissionGrants', { method: 'POST', token, body });
    expect(created.status, created.text).toBe(201);
    const id = String(created.body.id);
    await graph(emulator, `/oauth2PermissionGrants/${id}`, { method: 'PATCH', token, body: { scope: 'User.Read Files.Read' } });
    await graph(emulator, `/oauth2PermissionGrants/${id}`, { method: 'DELETE', token });
    const events = await eventsSince(from);
    expect(events.map((e) => e.activityDisplayName)).toEqual([
      'Add delegated permission grant',
      'Update delegated permission grant',
      'Remove delegated permission grant',
    ]);
    expectInitiatedNow(events, IDS.users.admin, start);
    expect(events.map((e) => e.operationType)).toEqual(['Add', 'Update', 'Delete']);
    for (const e of events) {
      expect(target(e)).toMatchObject({ id: IDS.sps.tailspinAutomation, type: 'ServicePrincipal' });
      expect(prop(e, 'DelegatedPermissionGrant.PrincipalId')?.newValue).toBe(IDS.users.isaiah);
      expect(prop(e, 'DelegatedPermissionGrant.ResourceId')?.newValue).toBe(IDS.sps.graph);
      expect(prop(e, 'DelegatedPermissionGrant.ConsentType')?.newValue).toBe('Principal');
    }
    expect(events.map((e) => [prop(e, 'DelegatedPermissionGrant.Scope')?.oldValue, prop(e, 'DelegatedPermissionGrant.Scope')?.newValue])).toEqual([
      [null, 'User.Read'],
      ['User.Read', 'User.Read Files.Read'],
      ['User.Read Files.Read', null],
    ]);
  });

  it('POST, DELETE appRoleAssignedTo: Add / Remove app role assignment to / from service principal', async () => {
    const from = since();
    const start = now();
    const token = await userToken(emulator, { userId: IDS.users.admin, scopes: ['AppRoleAssignment.ReadWrite.All', 'Application.Read.All'] });
    const appRoleId = graphAppRole('User.Read.All').id;
    const created = await graph(emulator, `/servicePrincipals/${IDS.sps.graph}/appRoleAssignedTo`, {
      method: 'POST',
      token,
      body: { principalId: IDS.sps.quickPdf, resourceId: IDS.sps.graph, appRoleId },
    });
    expect(created.status, created.text).toBe(201);
    await graph(emulator, `/servicePrincipals/${IDS.sps.graph}/appRoleAssignedTo/${String(created.body.id)}`, { method: 'DELETE', token });
    const events = await eventsSince(from);
    expect(events.map((e) => e.activityDisplayName)).toEqual([
      'Add app role assignment to service principal',
      'Remove app role assignment from service principal',
    ]);
    expectInitiatedNow(events, IDS.users.admin, start);
    for (const e of events) {
      expect(target(e)).toMatchObject({ id: IDS.sps.quickPdf, type: 'ServicePrincipal' });
      expect(prop(e, 'AppRole.Id')?.newValue).toBe(appRoleId);
      expect(prop(e, 'AppRoleAssignment.ResourceId')?.newValue).toBe(IDS.sps.graph);
    }
  });
});

describe('directoryaudit-list.md: the filter a review reads with', () => {
  it('activityDateTime ge … and category eq …: newest first; `or` is refused (400 Request_UnsupportedQuery)', async () => {
    const token = await userToken(emulator, { userId: IDS.users.reports, scopes: ['AuditLog.Read.All', 'Directory.Read.All'] });
    const from = new Date(Date.now() - 30 * 86_400_000).toISOString();
    const filter = `activityDateTime ge ${from} and category eq 'ApplicationManagement'`;
    const res = await graph(emulator, `/auditLogs/directoryAudits?$top=999&$filter=${encodeURIComponent(filter)}`, { token });
    expect(res.status, res.text).toBe(200);
    const times = res.body.value!.map((e) => Date.parse(String(e.activityDateTime)));
    expect(times.length).toBeGreaterThan(0);
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const or = `activityDisplayName eq 'Consent to application' or activityDisplayName eq 'Add delegated permission grant'`;
    const refused = await graph(emulator, `/auditLogs/directoryAudits?$filter=${encodeURIComponent(or)}`, { token });
    expect(refused.status).toBe(400);
    expect(refused.body.error!.code).toBe('Request_UnsupportedQuery');
  });
});
