// The fast loader must return exactly the inventory the simple one does, against a real (emulated) Graph.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../../emulator/index';
import { daemonGraphToken } from '../../../emulator/testing/identity-client';
import { createGraphClient, type GraphClient } from '../graph-client';
import { loadInventory, type InventoryProgress } from './load-inventory';
import { loadInventoryNaively } from './load-inventory-naive';

let emulator: Emulator;
let graph: GraphClient;

beforeAll(async () => {
  emulator = await createEmulator({ port: 0, generate: { servicePrincipals: 1500, grants: 6000, appRoleAssignments: 800, seed: 7 } });
  const token = await daemonGraphToken(emulator);
  graph = createGraphClient({ graphBaseUrl: emulator.graphUrl, getToken: async () => token });
});

afterAll(async () => {
  await emulator?.close();
});

const ids = (items: { id: string }[]) => items.map((i) => i.id).sort();

describe('loadInventory', () => {
  it('returns exactly what the one-request-per-app strategy returns, in far fewer requests', async () => {
    const progress: InventoryProgress[] = [];
    const fast = await loadInventory(graph, { onProgress: (p) => progress.push(p) });
    const simple = await loadInventoryNaively(graph);

    expect(ids(fast.servicePrincipals)).toEqual(ids(simple.servicePrincipals));
    expect(ids(fast.grants)).toEqual(ids(simple.grants));
    expect(ids(fast.assignments)).toEqual(ids(simple.assignments));
    expect(fast.servicePrincipals).toHaveLength(emulator.store.servicePrincipals.size);
    expect(fast.grants).toHaveLength(emulator.store.grants.size);
    const appPermissions = [...emulator.store.appRoleAssignments.values()].filter((a) => a.principalType === 'ServicePrincipal');
    expect(fast.assignments).toHaveLength(appPermissions.length);

    const last = progress.at(-1)!;
    expect(last.done).toBe(true);
    expect(progress.length).toBeGreaterThan(3);
    expect(last.requests).toBeLessThan(simple.requests / 100);
    // The simple strategy sends ~3,000 requests one after another: allow for a busy machine.
  }, 180_000);
});
