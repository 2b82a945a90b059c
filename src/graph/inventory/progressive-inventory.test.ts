import { QueryClient } from '@tanstack/react-query';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appToken } from '../../../emulator/graph/test-support';
import { createEmulator, type Emulator } from '../../../emulator/index';
import { createGraphClient, type GraphClient } from '../graph-client';
import { graphKeys } from '../keys';
import type { InventoryProgress } from './load-inventory';
import { cancelInventoryLoad, progressiveInventoryQueryOptions, throttledProgress } from './progressive-inventory';

const report = (n: number, done = false): InventoryProgress => ({
  servicePrincipals: Array.from({ length: n }, (_, i) => ({ id: `sp${i}`, appId: `a${i}`, displayName: `App ${i}` })),
  grants: [],
  assignments: [],
  requests: n,
  done,
});

describe('throttledProgress', () => {
  it('publishes the first report, then at most one per interval, and always the last one, as copies', () => {
    let now = 0;
    const published: InventoryProgress[] = [];
    const onProgress = throttledProgress((p) => published.push(p), { intervalMs: 200, now: () => now });
    const first = report(1);
    onProgress(first);
    now = 100;
    onProgress(report(2));
    now = 250;
    onProgress(report(3));
    now = 260;
    onProgress(report(4, true));
    expect(published.map((p) => p.requests)).toEqual([1, 3, 4]);
    expect(published[0]!.servicePrincipals).not.toBe(first.servicePrincipals);
    expect(published[0]!.servicePrincipals).toEqual(first.servicePrincipals);
  });
});

describe('inventory progress on the query cache', () => {
  it('stores each report as it is, without comparing it item by item with the one before (structural sharing)', () => {
    const queryClient = new QueryClient();
    progressiveInventoryQueryOptions({} as GraphClient, queryClient);
    const first = report(3);
    const same = report(3);
    queryClient.setQueryData(graphKeys.inventoryProgress(), first);
    queryClient.setQueryData(graphKeys.inventoryProgress(), same);
    // With structural sharing the equal second report would be replaced by the first one's objects, after a deep walk.
    expect(queryClient.getQueryData(graphKeys.inventoryProgress())).toBe(same);
  });
});

describe('progressiveInventoryQueryOptions', () => {
  let emulator: Emulator;
  let graph: GraphClient;

  beforeAll(async () => {
    emulator = await createEmulator({ port: 0, latencyMs: 5, generate: { servicePrincipals: 3000, grants: 4000, appRoleAssignments: 300, seed: 5 } });
    const token = await appToken(emulator, ['Application.Read.All', 'Directory.Read.All']);
    graph = createGraphClient({ graphBaseUrl: emulator.graphUrl, getToken: async () => token });
  });

  afterAll(async () => {
    await emulator?.close();
  });

  /** Every value the progress key takes, in order. */
  function watchProgress(queryClient: QueryClient, onValue?: (p: InventoryProgress) => void) {
    const seen: (InventoryProgress | null)[] = [];
    queryClient.getQueryCache().subscribe((event) => {
      if (event.type !== 'updated' || event.action.type !== 'success') return;
      if (event.query.queryHash !== JSON.stringify(graphKeys.inventoryProgress())) return;
      const value = event.query.state.data as InventoryProgress | null;
      seen.push(value);
      if (value) onValue?.(value);
    });
    return seen;
  }

  it('shows partial data on the progress key while pages arrive, and the complete inventory on its own key', async () => {
    const queryClient = new QueryClient();
    const seen = watchProgress(queryClient);
    const inventory = await queryClient.fetchQuery(progressiveInventoryQueryOptions(graph, queryClient));

    expect(seen[0]).toBeNull();
    const partial = seen.filter((p): p is InventoryProgress => p !== null && !p.done);
    expect(partial.length).toBeGreaterThan(0);
    expect(partial[0]!.servicePrincipals.length).toBeLessThan(inventory.servicePrincipals.length);
    expect(seen.at(-1)).toMatchObject({ done: true });
    expect(inventory.servicePrincipals).toHaveLength(emulator.store.servicePrincipals.size);
    expect(inventory.grants).toHaveLength(emulator.store.grants.size);
    expect(queryClient.getQueryData(graphKeys.inventory())).toBe(inventory);
    // A revisit within the stale time is served from the cache, without a request.
    const before = seen.length;
    expect(await queryClient.fetchQuery(progressiveInventoryQueryOptions(graph, queryClient))).toBe(inventory);
    expect(seen.length).toBe(before);
  });

  it('stops when cancelled: no inventory is cached, the partial data stays for the screen', async () => {
    const queryClient = new QueryClient();
    // Cancelled as soon as the first page is on screen.
    const seen = watchProgress(queryClient, () => void cancelInventoryLoad(queryClient));
    await expect(queryClient.fetchQuery(progressiveInventoryQueryOptions(graph, queryClient))).rejects.toThrow();
    expect(queryClient.getQueryData(graphKeys.inventory())).toBeUndefined();
    const partial = queryClient.getQueryData<InventoryProgress>(graphKeys.inventoryProgress());
    expect(partial?.done).toBe(false);
    expect(partial!.servicePrincipals.length + partial!.grants.length).toBeGreaterThan(0);
    expect(partial!.servicePrincipals.length).toBeLessThan(emulator.store.servicePrincipals.size);
    expect(seen.some((p) => p?.done)).toBe(false);
  });
});
