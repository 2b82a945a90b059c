// Batched paging must return exactly the inventory plain paging returns, against a real (emulated) Graph:
// several pages per chain, chains that end early, items throttled on their own, and $batch itself failing.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../../emulator/index';
import { daemonGraphToken } from '../../../emulator/testing/identity-client';
import { createGraphClient, type GraphClient } from '../graph-client';
import { loadInventory, type InventoryData, type InventoryProgress } from './load-inventory';

let emulator: Emulator;
let graph: GraphClient;
let plain: InventoryData;

const setFaults = async (config: unknown) => {
  const response = await fetch(`${emulator.identityUrl}/_emulator/faults`, {
    method: config ? 'POST' : 'DELETE',
    headers: { 'Content-Type': 'application/json' },
    body: config ? JSON.stringify(config) : undefined,
  });
  expect(response.status).toBe(200);
};

beforeAll(async () => {
  // 3 pages of service principals, 6 of grants; Microsoft Graph and one generated API hold 1,250 app
  // permissions each (2 pages), the demo tenant's other APIs a few (1 page): chains that end early.
  emulator = await createEmulator({
    port: 0,
    testControl: true,
    generate: { servicePrincipals: 2500, grants: 5000, appRoleAssignments: 2500, resourceApps: 1, seed: 11 },
  });
  const token = await daemonGraphToken(emulator);
  graph = createGraphClient({ graphBaseUrl: emulator.graphUrl, getToken: async () => token });
  plain = await loadInventory(graph, { paging: 'plain' });
}, 120_000);

afterAll(async () => {
  await emulator?.close();
});

beforeEach(() => setFaults(undefined));

const ids = (items: { id: string }[]) => items.map((i) => i.id).sort();

function expectSameInventory(batched: InventoryData) {
  expect(ids(batched.servicePrincipals)).toEqual(ids(plain.servicePrincipals));
  expect(ids(batched.grants)).toEqual(ids(plain.grants));
  expect(ids(batched.assignments)).toEqual(ids(plain.assignments));
}

describe('batched paging of the inventory', () => {
  it('returns exactly the inventory plain paging returns, in fewer requests', async () => {
    expect(plain.servicePrincipals).toHaveLength(emulator.store.servicePrincipals.size);
    expect(plain.grants).toHaveLength(emulator.store.grants.size);
    expect(plain.servicePrincipals.length).toBeGreaterThan(2 * 999);
    expect(plain.grants.length).toBeGreaterThan(5 * 999);
    const perResource = new Map<string, number>();
    for (const a of plain.assignments) perResource.set(a.resourceId!, (perResource.get(a.resourceId!) ?? 0) + 1);
    expect(Math.max(...perResource.values())).toBeGreaterThan(999);
    // Every resource publishing app roles is a chain; those holding none end after one (empty) page.
    const resources = plain.servicePrincipals.filter((sp) => sp.appRoles?.some((r) => r.allowedMemberTypes?.includes('Application')));
    expect(resources.length).toBeGreaterThan(perResource.size);

    const progress: InventoryProgress[] = [];
    const plainProgress: InventoryProgress[] = [];
    await loadInventory(graph, { paging: 'plain', onProgress: (p) => plainProgress.push(p) });
    const batched = await loadInventory(graph, { onProgress: (p) => progress.push(p) });
    expectSameInventory(batched);

    // Rows show page by page, and the batched load needs one request per round.
    expect(progress.length).toBeGreaterThan(6);
    expect(progress.at(-1)!.done).toBe(true);
    expect(progress.at(-1)!.requests).toBeLessThan(plainProgress.at(-1)!.requests);
    // One $batch per round, as many rounds as the longest chain (the grants) has pages.
    expect(progress.at(-1)!.requests).toBe(Math.ceil(plain.grants.length / 999));
  }, 60_000);

  it('returns the same inventory when items are throttled on their own (429 with Retry-After)', async () => {
    await setFaults({
      rules: [
        { path: '/oauth2PermissionGrants', status: 429, retryAfter: 1, every: 3 },
        { path: '/appRoleAssignedTo', status: 429, retryAfter: 1, count: 3 },
        { path: '^/servicePrincipals\\?', status: 429, retryAfter: 1, count: 1 },
      ],
    });
    const batched = await loadInventory(graph);
    expectSameInventory(batched);
    const report = (await (await fetch(`${emulator.identityUrl}/_emulator/faults`)).json()) as { rules: { failed: number }[] };
    expect(report.rules.map((r) => r.failed > 0)).toEqual([true, true, true]);
  }, 60_000);

  it('goes on with plain paging when the $batch endpoint fails the call itself', async () => {
    await setFaults({ rules: [{ path: '/$batch', status: 500, every: 2 }] });
    const progress: InventoryProgress[] = [];
    const batched = await loadInventory(graph, { onProgress: (p) => progress.push(p) });
    expectSameInventory(batched);
  }, 60_000);
});
