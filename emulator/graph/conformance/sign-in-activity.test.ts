// GET /beta/reports/servicePrincipalSignInActivities — microsoft-graph-docs-contrib
// api-reference/beta/api/reportroot-list-serviceprincipalsigninactivities.md and
// resources/serviceprincipalsigninactivity.md (id = base64 of appId, lastSignInActivity and the four split
// activities with lastSignInDateTime and lastSignInRequestId; $filter appId eq; $top); permissions from
// emulator/rules/graph-api-rules.json's beta table; premium licence required, answered as Graph answers the
// premium sign-in reports without one (SupportArticles-docs b2c-or-tenant-premium-license-sign-in-activities.md).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../index.ts';
import { UNUSED_HIGH_RISK } from '../../tenant/seed.ts';
import { tokenRequest } from '../../testing/identity-client.ts';
import { DEMO, graph, IDS, startEmulator, userToken, type GraphBody } from '../test-support.ts';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ reportsLimit: false });
});
afterAll(() => emulator.close());
beforeEach(() => emulator.store.reset());

const PATH = '/reports/servicePrincipalSignInActivities';
const DAY_MS = 24 * 60 * 60 * 1000;
const reports = () => userToken(emulator, { userId: IDS.users.reports, scopes: ['AuditLog.Read.All'] });
const report = async (query = '', token?: string) => graph(emulator, `${PATH}${query}`, { version: 'beta', token: token ?? (await reports()) });
const appIdOf = (id: string) => emulator.store.servicePrincipals.get(id)!.appId;
const last = (item: GraphBody) => Date.parse(String((item.lastSignInActivity as GraphBody).lastSignInDateTime));

describe('the documented resource', () => {
  it('one item per service principal that signed in; id is the base64 of the appId; the four activities', async () => {
    const res = await report();
    expect(res.status, res.text).toBe(200);
    expect(res.body['@odata.context']).toMatch(/\/beta\/\$metadata#reports\/servicePrincipalSignInActivities$/);
    const daemon = res.body.value!.find((i) => i.appId === DEMO.daemon.clientId)!;
    expect(daemon.id).toBe(Buffer.from(DEMO.daemon.clientId).toString('base64'));
    expect(daemon).toMatchObject({
      delegatedClientSignInActivity: null,
      delegatedResourceSignInActivity: null,
      applicationAuthenticationResourceSignInActivity: null,
    });
    const appOnly = daemon.applicationAuthenticationClientSignInActivity as GraphBody;
    expect(appOnly.lastSignInRequestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(daemon.lastSignInActivity).toEqual(appOnly);
  });

  it("$filter=appId eq '…' and $top", async () => {
    const res = await report(`?$filter=${encodeURIComponent(`appId eq '${appIdOf(IDS.sps.quickPdf)}'`)}`);
    expect(res.body.value).toHaveLength(1);
    expect((await report('?$top=2')).body.value).toHaveLength(2);
  });

  it('the seeded unused high-risk apps have not signed in for over 90 days; the console signed in today', async () => {
    const items = (await report('?$top=999')).body.value!;
    for (const id of UNUSED_HIGH_RISK) expect(Date.now() - last(items.find((i) => i.appId === appIdOf(id))!)).toBeGreaterThan(90 * DAY_MS);
    expect(Date.now() - last(items.find((i) => i.appId === DEMO.consoleClientId)!)).toBeLessThan(DAY_MS);
  });

  it('a token the identity endpoints issue is a sign-in: the client credentials grant moves the app-only activity', async () => {
    const before = emulator.store.servicePrincipals.get(IDS.sps.daemon)!.signIns!.applicationClient!;
    const issued = await tokenRequest(
      emulator,
      {
        grant_type: 'client_credentials',
        client_id: DEMO.daemon.clientId,
        client_secret: DEMO.daemon.clientSecret,
        scope: 'https://graph.microsoft.com/.default',
      },
      { origin: null },
    );
    expect(issued.status, JSON.stringify(issued.body)).toBe(200);
    const [item] = (await report(`?$filter=${encodeURIComponent(`appId eq '${DEMO.daemon.clientId}'`)}`)).body.value!;
    expect(last(item!)).toBeGreaterThan(Date.parse(before));
  });
});

describe('who may read it, and when it is unavailable', () => {
  it('AuditLog.Read.All and a reports role: a plain user is refused, as is a token without the permission', async () => {
    expect((await report('', await userToken(emulator, { userId: IDS.users.megan, scopes: ['AuditLog.Read.All'] }))).status).toBe(403);
    expect((await report('', await userToken(emulator, { userId: IDS.users.reports, scopes: ['User.Read'] }))).status).toBe(403);
  });

  it('a Free tenant: 403 Authentication_RequestFromNonPremiumTenantOrB2CTenant', async () => {
    emulator.store.settings.licence = 'Free';
    const res = await report();
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject({
      code: 'Authentication_RequestFromNonPremiumTenantOrB2CTenant',
      message: "Neither tenant is B2C or tenant doesn't have premium license",
    });
  });

  it('the licence is a start-up option too (CLI --licence): a Free tenant from the start', async () => {
    const free = await startEmulator({ licence: 'Free', reportsLimit: false });
    try {
      const token = await userToken(free, { userId: IDS.users.reports, scopes: ['AuditLog.Read.All'] });
      expect((await graph(free, PATH, { version: 'beta', token })).status).toBe(403);
      free.store.reset();
      expect(free.store.settings.licence).toBe('Free');
    } finally {
      await free.close();
    }
  });

  it('the report switched off (test control): answered as a route Graph does not have', async () => {
    const off = await fetch(`${emulator.identityUrl}/_emulator/settings`, { method: 'POST', body: JSON.stringify({ signInActivityReport: false }) });
    expect(((await off.json()) as GraphBody).signInActivityReport).toBe(false);
    const res = await report();
    expect(res.status).toBe(400);
    expect(res.body.error!.code).toBe('BadRequest');
  });

  it('other /beta paths answer as unmodelled routes do under v1.0; the v1.0 path has no such report', async () => {
    const token = await reports();
    const other = await graph(emulator, '/users', { version: 'beta', token });
    const unmodelled = await graph(emulator, '/notModelled', { token });
    expect(other.status).toBe(400);
    expect(other.body.error!.code).toBe(unmodelled.body.error!.code);
    expect((await graph(emulator, PATH, { token })).status).toBe(400);
  });
});
