// The hygiene reads against the emulated Graph: the requests the console sends are the ones Graph accepts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../emulator/index';
import { IDS, startEmulator, userToken } from '../../emulator/graph/test-support';
import { HYGIENE_IDS, OWNERLESS, UNUSED_HIGH_RISK } from '../../emulator/tenant/seed-hygiene';
import { createGraphClient, type GraphClient } from './graph-client';
import { readApplicationCredentials, readOwnerlessServicePrincipals, readSignInActivity } from './read-hygiene';
import { ReportsPacer } from './reports-pacer';

let emulator: Emulator;
let graph: GraphClient;

beforeAll(async () => {
  emulator = await startEmulator();
  const token = await userToken(emulator, { userId: IDS.users.reader, scopes: ['Application.Read.All', 'AuditLog.Read.All'] });
  graph = createGraphClient({ graphBaseUrl: emulator.graphUrl, getToken: async () => token });
});

afterAll(async () => {
  await emulator?.close();
});

describe('hygiene reads against the emulated Graph', () => {
  it('the ownerless advanced query is accepted and lists exactly the seeded ownerless apps among the owned ones', async () => {
    const ownerless = await readOwnerlessServicePrincipals(graph, { scopes: ['Application.Read.All'] });
    expect([...ownerless]).toEqual(expect.arrayContaining([...OWNERLESS]));
    const owned = [...emulator.store.servicePrincipals.values()].filter((sp) => (sp.ownerIds ?? []).length > 0).map((sp) => sp.id);
    expect(owned.some((id) => ownerless.has(id))).toBe(false);
  });

  it('reads the application objects with their credentials', async () => {
    const apps = await readApplicationCredentials(graph, { scopes: ['Application.Read.All'] });
    const daemon = apps.find((a) => a.id === HYGIENE_IDS.applications.daemon);
    expect(daemon?.passwordCredentials?.map((c) => c.keyId).sort()).toEqual(
      [HYGIENE_IDS.credentials.daemonSecretCurrent, HYGIENE_IDS.credentials.daemonSecretExpired].sort(),
    );
  });

  it('reads the beta sign-in report', async () => {
    const byApp = await readSignInActivity(graph, { scopes: ['AuditLog.Read.All'], pacer: new ReportsPacer() });
    for (const id of UNUSED_HIGH_RISK) {
      const sp = emulator.store.servicePrincipals.get(id)!;
      expect(byApp.get(sp.appId.toLowerCase())).toBeTruthy();
    }
  });
});
