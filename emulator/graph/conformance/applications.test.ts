// Application objects, credentials and owners, as microsoft-graph-docs-contrib documents them:
// - api-reference/v1.0/api/application-list.md, application-get.md (by id and by appId alternate key,
//   $select), resources/application.md: only the apps registered in this tenant have application objects;
// - resources/passwordcredential.md ("secretText … only returned on creation": null on reads; hint is the
//   first three characters) and resources/keycredential.md (key is null unless $select asks for it);
// - api-reference/v1.0/api/application-list-owners.md, serviceprincipal-list-owners.md (directoryObject
//   collection: users and service principals);
// - permissions and roles from emulator/rules/graph-api-rules.json.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../index.ts';
import { HYGIENE_IDS, OWNERLESS } from '../../tenant/seed.ts';
import { appToken, DEMO, graph, IDS, startEmulator, userToken, type GraphBody } from '../test-support.ts';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());

const A = HYGIENE_IDS.applications;
const reader = () => userToken(emulator, { userId: IDS.users.reader, scopes: ['Application.Read.All'] });

describe('application-list.md, application-get.md', () => {
  it('lists only the apps registered in this tenant, each with its appId', async () => {
    const res = await graph(emulator, '/applications', { token: await reader() });
    expect(res.status, res.text).toBe(200);
    expect(res.body['@odata.context']).toMatch(/\/v1\.0\/\$metadata#applications$/);
    expect(res.body.value!.map((a) => [a.id, a.appId])).toEqual([
      [A.console, DEMO.consoleClientId],
      [A.daemon, DEMO.daemon.clientId],
    ]);
  });

  it('passwordCredentials never carry the secret (secretText null); keyCredentials no key; dates and hints are there', async () => {
    const res = await graph(emulator, `/applications/${A.daemon}`, { token: await reader() });
    expect(res.status).toBe(200);
    const secrets = res.body.passwordCredentials as GraphBody[];
    expect(secrets).toHaveLength(2);
    expect(secrets[0]).toMatchObject({ keyId: HYGIENE_IDS.credentials.daemonSecretCurrent, displayName: 'Nightly sync', hint: 'dem', secretText: null });
    expect(Date.parse(String(secrets[0]!.endDateTime))).toBeGreaterThan(Date.now());
    expect(Date.parse(String(secrets[1]!.endDateTime))).toBeLessThan(Date.now());
    expect(res.text).not.toContain(DEMO.daemon.clientSecret);
    expect(res.body.keyCredentials).toMatchObject([
      { keyId: HYGIENE_IDS.credentials.daemonCertificateExpired, type: 'AsymmetricX509Cert', usage: 'Verify', key: null },
    ]);
  });

  it("by the appId alternate key: /applications(appId='…'); $select returns only what was asked (and id)", async () => {
    const res = await graph(emulator, `/applications(appId='${DEMO.consoleClientId}')?$select=displayName,keyCredentials`, { token: await reader() });
    expect(res.status, res.text).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(['@odata.context', 'displayName', 'id', 'keyCredentials'].sort());
    expect(res.body.id).toBe(A.console);
  });

  it('a service principal of an app registered elsewhere has no application object here: 404', async () => {
    const adatum = emulator.store.servicePrincipals.get(IDS.sps.adatumSign)!;
    const res = await graph(emulator, `/applications(appId='${adatum.appId}')`, { token: await reader() });
    expect(res.status).toBe(404);
    expect(res.body.error!.code).toBe('Request_ResourceNotFound');
  });

  it('permissions: Application.Read.All or more; GET by id needs one of the listed roles (a plain user: 403)', async () => {
    expect((await graph(emulator, '/applications', { token: await userToken(emulator, { userId: IDS.users.reader, scopes: ['User.Read'] }) })).status).toBe(
      403,
    );
    const megan = await userToken(emulator, { userId: IDS.users.megan, scopes: ['Application.Read.All'] });
    expect((await graph(emulator, `/applications/${A.console}`, { token: megan })).status).toBe(403);
    expect((await graph(emulator, '/applications', { token: await appToken(emulator, ['Application.Read.All']) })).status).toBe(200);
  });
});

describe("a service principal's own credentials (resources/serviceprincipal.md)", () => {
  it('keyCredentials of a SAML signing certificate; the other service principals have none', async () => {
    const token = await reader();
    const litware = await graph(emulator, `/servicePrincipals/${IDS.sps.litwareNotes}?$select=keyCredentials,passwordCredentials`, { token });
    expect(litware.body.keyCredentials).toMatchObject([{ keyId: HYGIENE_IDS.credentials.litwareSamlCertificate, usage: 'Sign', key: null }]);
    expect(litware.body.passwordCredentials).toEqual([]);
    const graphSp = await graph(emulator, `/servicePrincipals/${IDS.sps.graph}`, { token });
    expect(graphSp.body.keyCredentials).toEqual([]);
  });
});

describe('application-list-owners.md, serviceprincipal-list-owners.md', () => {
  it('owners are directory objects typed user (or servicePrincipal)', async () => {
    const token = await reader();
    const app = await graph(emulator, `/applications/${A.console}/owners`, { token });
    expect(app.status, app.text).toBe(200);
    expect(app.body.value).toMatchObject([
      { '@odata.type': '#microsoft.graph.user', id: IDS.users.admin, userPrincipalName: 'admin@contoso.example' },
      { '@odata.type': '#microsoft.graph.user', id: IDS.users.cloudApp },
    ]);
    const sp = await graph(emulator, `/servicePrincipals(appId='${emulator.store.servicePrincipals.get(IDS.sps.mailHelper)!.appId}')/owners`, { token });
    expect(sp.body.value).toMatchObject([{ '@odata.type': '#microsoft.graph.user', id: IDS.users.megan }]);
  });

  it('the ownerless apps answer an empty collection', async () => {
    const token = await reader();
    for (const id of OWNERLESS) expect((await graph(emulator, `/servicePrincipals/${id}/owners`, { token })).body.value).toEqual([]);
    expect((await graph(emulator, `/applications/${A.daemon}/owners`, { token })).body.value).toEqual([]);
  });
});
