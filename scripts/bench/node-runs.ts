// Benchmark parts run from Node against the emulator: its work per page, the naive loader on a sample,
// and bulk revoke.
import type { Emulator } from '../../emulator/index';
import { IDS } from '../../emulator/index';
import { userToken } from '../../emulator/graph/test-support';
import type { ActivityEntry } from '../../src/changes/types';
import type { ActivityLog } from '../../src/changes/activity-log';
import { applyChangesInBatches, type BatchedProgress } from '../../src/changes/apply-in-batches';
import type { Change } from '../../src/changes/changes';
import { GRANT_SELECT } from '../../src/graph/entities';
import { createGraphClient, type GraphClient } from '../../src/graph/graph-client';
import { SERVICE_PRINCIPAL_SELECT } from '../../src/graph/inventory/load-inventory';
import { loadInventoryNaively } from '../../src/graph/inventory/load-inventory-naive';
import { WritePacer } from '../../src/graph/write-pacer';

const READ_SCOPES = ['Application.Read.All', 'Directory.Read.All'];
const WRITE_SCOPES = ['DelegatedPermissionGrant.ReadWrite.All'];

export async function adminGraph(emulator: Emulator): Promise<GraphClient> {
  const token = await userToken(emulator, { userId: IDS.users.admin, scopes: [...READ_SCOPES, ...WRITE_SCOPES] });
  return createGraphClient({ graphBaseUrl: emulator.graphUrl, getToken: async () => token });
}

export interface PageWork {
  /** Mean ms per page beyond the added round-trip time: the emulator building and serializing it, and Node parsing it. */
  grantPageMs: number;
  servicePrincipalPageMs: number;
}

/** Follows the first `pages` pages of a chain with plain fetch; the mean time per page minus the added latency. */
async function chainWork(emulator: Emulator, token: string, first: string, pages: number, latencyMs: number): Promise<number> {
  const times: number[] = [];
  let url: string | undefined = `${emulator.graphUrl}/v1.0${first}`;
  while (url && times.length < pages) {
    const t0 = performance.now();
    const page = (await (await fetch(url, { headers: { Authorization: `Bearer ${token}` } })).json()) as { '@odata.nextLink'?: string };
    times.push(performance.now() - t0 - latencyMs);
    url = page['@odata.nextLink'];
  }
  return times.reduce((a, b) => a + b, 0) / Math.max(1, times.length);
}

/** What one page of 999 costs the emulator (with the console's $select), measured from Node. */
export async function pageWork(emulator: Emulator, latencyMs: number): Promise<PageWork> {
  const token = await userToken(emulator, { userId: IDS.users.admin, scopes: READ_SCOPES });
  return {
    grantPageMs: await chainWork(emulator, token, `/oauth2PermissionGrants?$top=999&$select=${GRANT_SELECT}`, 8, latencyMs),
    servicePrincipalPageMs: await chainWork(emulator, token, `/servicePrincipals?$top=999&$select=${SERVICE_PRINCIPAL_SELECT}`, 8, latencyMs),
  };
}

/** Records when each request went out. */
function timed(graph: GraphClient) {
  const starts: number[] = [];
  const client: GraphClient = {
    baseUrl: graph.baseUrl,
    request: (path, init) => {
      starts.push(performance.now());
      return graph.request(path, init);
    },
  };
  return { client, starts };
}

export interface NaiveEstimate {
  sampleApps: number;
  sampleRequests: number;
  sampleSeconds: number;
  /** Listing the service principals at 100 per page, as scripts and the portal do. */
  listingRequests: number;
  listingSeconds: number;
  perAppSeconds: number;
  estimatedRequests: number;
  estimatedSeconds: number;
}

/**
 * The one-request-per-app strategy is far too slow to run on the whole tenant at 100 ms per request:
 * it runs on `sample` apps and the rest is extrapolated from the measured time per app.
 */
export async function naiveSample(emulator: Emulator, sample: number): Promise<NaiveEstimate> {
  const { client, starts } = timed(await adminGraph(emulator));
  const t0 = performance.now();
  const result = await loadInventoryNaively(client, { limit: sample });
  const end = performance.now();
  const listingRequests = result.requests - 2 * sample; // each sampled app: one grants page, one app-permissions page
  const listingEnd = starts[listingRequests] ?? end;
  const perAppSeconds = (end - listingEnd) / 1000 / sample;
  const apps = emulator.store.servicePrincipals.size;
  return {
    sampleApps: sample,
    sampleRequests: result.requests,
    sampleSeconds: (end - t0) / 1000,
    listingRequests,
    listingSeconds: (listingEnd - t0) / 1000,
    perAppSeconds,
    estimatedRequests: listingRequests + 2 * apps,
    estimatedSeconds: (listingEnd - t0) / 1000 + perAppSeconds * apps,
  };
}

function memoryLog(): ActivityLog {
  const entries = new Map<string, ActivityEntry>();
  return {
    add: async (entry) => void entries.set(entry.id, entry),
    update: async (id, change) => {
      const current = entries.get(id);
      if (!current) return undefined;
      const next = { ...current, ...change, id };
      entries.set(id, next);
      return next;
    },
    get: async (id) => entries.get(id),
    list: async () => [...entries.values()].reverse(),
    clear: async () => entries.clear(),
  };
}

export interface RevokeRun {
  label: string;
  grants: number;
  seconds: number;
  requests: number;
  throttled: number;
  succeeded: number;
  failed: number;
}

const actor = { upn: 'admin@contoso.example', oid: IDS.users.admin, tenantId: 'bench' };

/** Revokes `count` grants (not yet revoked) through the batched change path with the given pacer. */
export async function bulkRevoke(emulator: Emulator, graph: GraphClient, label: string, count: number, pacer: WritePacer): Promise<RevokeRun> {
  const grants = [...emulator.store.grants.values()].filter((g) => g.consentType === 'Principal').slice(0, count);
  const changes: Change[] = grants.map((g) => ({ kind: 'revoke-grant', grant: { ...g }, names: { clientName: g.clientId } }));
  let last: BatchedProgress | undefined;
  const t0 = performance.now();
  const results = await applyChangesInBatches(graph, memoryLog(), actor, changes, { pacer, onProgress: (p) => (last = p) });
  return {
    label,
    grants: changes.length,
    seconds: (performance.now() - t0) / 1000,
    requests: last?.requests ?? 0,
    throttled: last?.throttled ?? 0,
    succeeded: results.filter((r) => r.outcome !== 'failed').length,
    failed: results.filter((r) => r.outcome === 'failed').length,
  };
}
