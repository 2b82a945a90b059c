// joinProvenance against the events the emulated tenant writes (emulator/tenant/audit-events.ts), read back
// through the console's own audit reader: the consent page (a user's consent, an admin's consent for the
// organization), Graph writes (a grant created, widened, revoked and restored; an app permission added),
// and the seed's consent history, part of it beyond the licence's 30 days.
import type { AuditActivityInitiator } from '@microsoft/microsoft-graph-types';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../emulator/index';
import { IDS, startEmulator, userToken, graph as call } from '../../emulator/graph/test-support';
import { graphAppRole } from '../../emulator/tenant/catalog';
import { NEW_APP } from '../../emulator/tenant/seed';
import { TestBrowser } from '../../emulator/testing/browser';
import { authorizeUrl, signIn } from '../../emulator/testing/identity-client';
import type { AssignmentSnapshot, GrantSnapshot } from '../graph/entities';
import { createGraphClient } from '../graph/graph-client';
import { directoryAuditsUrl, readDirectoryAudits } from '../graph/read-directory-audits';
import { ReportsPacer } from '../graph/reports-pacer';
import { joinProvenance } from './provenance';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ reportsLimit: false });
});
afterAll(() => emulator.close());
beforeEach(() => emulator.store.reset());

const DAY = 24 * 60 * 60 * 1000;
const SCOPES = ['AuditLog.Read.All', 'Directory.Read.All'];

/** The provenance of everything the tenant holds, from 30 days of ApplicationManagement events. */
async function provenanceNow() {
  const token = await userToken(emulator, { userId: IDS.users.reports, scopes: SCOPES });
  const client = createGraphClient({ graphBaseUrl: emulator.graphUrl, getToken: async () => token });
  const since = new Date(Date.now() - 30 * DAY).toISOString();
  const { audits } = await readDirectoryAudits(client, directoryAuditsUrl(`activityDateTime ge ${since} and category eq 'ApplicationManagement'`), {
    scopes: SCOPES,
    maxPages: 10,
    pacer: new ReportsPacer(),
  });
  const grants = [...emulator.store.grants.values()] as GrantSnapshot[];
  const assignments = [...emulator.store.appRoleAssignments.values()] as AssignmentSnapshot[];
  return { ...joinProvenance({ audits, grants, assignments }), audits, grants, assignments };
}

const userActor = (id: string) => expect.objectContaining({ kind: 'user', id });
const eventById = (id: string) => emulator.store.audit.find((e) => e.id === id);
const initiator = (id: string) => eventById(id)?.initiatedBy as AuditActivityInitiator | undefined;

describe('joinProvenance on the emulated tenant’s audit events', () => {
  it("a user's consent on the consent page: the user, the consent event (the grant write folded into it), the time", async () => {
    const start = Date.now();
    const browser = new TestBrowser();
    const url = authorizeUrl(emulator, { clientId: NEW_APP.appId, redirectUri: NEW_APP.redirectUri, responseMode: 'query', challenge: '' });
    await browser.click(await signIn(browser, url, 'megan@contoso.example'), 'Accept');
    const { byGrantId, grants } = await provenanceNow();
    const grant = grants.find((g) => g.clientId === NEW_APP.servicePrincipalId)!;
    const origin = byGrantId.get(grant.id)!.origin!;
    expect(origin.actor).toEqual(userActor(IDS.users.megan));
    expect(origin.consent).toEqual({ onBehalfOfAll: false });
    expect(eventById(origin.event.id)?.activityDisplayName).toBe('Consent to application');
    expect(origin.related.map((r) => r.activity)).toEqual(['Add delegated permission grant']);
    expect(origin.added.sort()).toEqual(grant.scope.split(' ').sort());
    expect(Date.parse(origin.at)).toBeGreaterThanOrEqual(start - 1000);
  });

  it("an admin's consent for the organization: the admin, OnBehalfOfAll", async () => {
    const browser = new TestBrowser();
    const page = await signIn(browser, authorizeUrl(emulator, { scope: 'Directory.Read.All openid profile' }), 'admin@contoso.example');
    await browser.click(page, 'Accept', { check: { consent_org: true } });
    const { byGrantId, grants } = await provenanceNow();
    const grant = grants.find((g) => g.clientId === IDS.sps.console && g.consentType === 'AllPrincipals')!;
    const provenance = byGrantId.get(grant.id)!;
    const step = provenance.origin ?? provenance.changes.at(-1)!;
    expect(step.actor).toEqual(userActor(IDS.users.admin));
    expect(step.consent).toEqual({ onBehalfOfAll: true });
    expect(eventById(step.event.id)?.activityDisplayName).toBe('Consent to application');
  });

  it('Graph writes: created and widened by the admin; revoked and restored (a new id) → the restore is the origin', async () => {
    const token = await userToken(emulator, { userId: IDS.users.admin, scopes: ['DelegatedPermissionGrant.ReadWrite.All'] });
    const body = {
      clientId: IDS.sps.tailspinAutomation,
      consentType: 'Principal',
      principalId: IDS.users.isaiah,
      resourceId: IDS.sps.graph,
      scope: 'User.Read',
    };
    const first = await call(emulator, '/oauth2PermissionGrants', { method: 'POST', token, body });
    expect(first.status, first.text).toBe(201);
    await call(emulator, `/oauth2PermissionGrants/${String(first.body.id)}`, { method: 'PATCH', token, body: { scope: 'User.Read Files.Read' } });
    let { byGrantId } = await provenanceNow();
    const widened = byGrantId.get(String(first.body.id))!;
    expect(widened.origin?.actor).toEqual(userActor(IDS.users.admin));
    expect(widened.origin?.added).toEqual(['User.Read']);
    expect(widened.changes.map((c) => c.added)).toEqual([['Files.Read']]);

    await call(emulator, `/oauth2PermissionGrants/${String(first.body.id)}`, { method: 'DELETE', token });
    const restored = await call(emulator, '/oauth2PermissionGrants', { method: 'POST', token, body: { ...body, scope: 'User.Read Files.Read' } });
    ({ byGrantId } = await provenanceNow());
    const again = byGrantId.get(String(restored.body.id))!;
    expect(again.origin?.actor).toEqual(userActor(IDS.users.admin));
    expect(eventById(again.origin!.event.id)?.activityDisplayName).toBe('Add delegated permission grant');
    expect(again.changes).toEqual([]);
    expect(again.removal).toBeUndefined();
    // The event's initiator is the one the line names.
    expect(initiator(again.origin!.event.id)?.user?.id).toBe(IDS.users.admin);
  });

  it('an app permission added through Graph: the admin, the assignment event', async () => {
    const token = await userToken(emulator, { userId: IDS.users.admin, scopes: ['AppRoleAssignment.ReadWrite.All', 'Application.Read.All'] });
    const created = await call(emulator, `/servicePrincipals/${IDS.sps.graph}/appRoleAssignedTo`, {
      method: 'POST',
      token,
      body: { principalId: IDS.sps.quickPdf, resourceId: IDS.sps.graph, appRoleId: graphAppRole('User.Read.All').id },
    });
    expect(created.status, created.text).toBe(201);
    const { byAssignmentId } = await provenanceNow();
    const origin = byAssignmentId.get(String(created.body.id))!.origin!;
    expect(origin.actor).toEqual(userActor(IDS.users.admin));
    expect(eventById(origin.event.id)?.activityDisplayName).toBe('Add app role assignment to service principal');
  });

  it("the seed's history: grants consented within the log have their user; older ones, admin grants and seeded app permissions have no origin", async () => {
    const { byGrantId, byAssignmentId, grants, assignments } = await provenanceNow();
    const seeded = (id: string) => emulator.store.audit.find((e) => e.id === `Directory_seed_${id}`);
    for (const grant of grants) {
      const event = seeded(grant.id);
      const inWindow = event !== undefined && Date.parse(event.activityDateTime) >= Date.now() - 30 * DAY;
      const origin = byGrantId.get(grant.id)?.origin;
      if (inWindow) {
        expect(origin?.event.id, grant.id).toBe(event.id);
        expect(origin?.actor, grant.id).toEqual(userActor(grant.principalId!));
      } else expect(origin, grant.id).toBeUndefined();
    }
    expect(grants.filter((g) => byGrantId.get(g.id)?.origin).length).toBeGreaterThan(0);
    expect(grants.filter((g) => g.consentType === 'Principal' && !byGrantId.get(g.id)?.origin).length).toBeGreaterThan(0);
    for (const a of assignments) expect(byAssignmentId.get(a.id)?.origin).toBeUndefined();
  });
});
