// Issue 18's bench step, from Node: on a generated tenant, the inventory alone (batched paging, as the
// screens load it), then the reads the review screens add once it is in — provenance (the licence, then the
// retained window of audit events, as src/provenance/use-provenance.ts asks them) and hygiene (application
// credentials, ownerless apps, the beta sign-in report, as src/hygiene/use-app-hygiene.ts asks them), all
// five started together as the screens start them. Requests are counted at fetch, so retries count.
import type { Emulator } from '../../emulator/index';
import { IDS } from '../../emulator/index';
import { userToken } from '../../emulator/graph/test-support';
import { createGraphClient } from '../../src/graph/graph-client';
import { loadInventory } from '../../src/graph/inventory/load-inventory';
import { directoryAuditsUrl, readDirectoryAudits } from '../../src/graph/read-directory-audits';
import { readApplicationCredentials, readOwnerlessServicePrincipals, readSignInActivity } from '../../src/graph/read-hygiene';
import { readAuditRetention } from '../../src/graph/read-organization';
import { READ_APP_CREDENTIALS, READ_OWNERLESS_APPS, READ_SIGN_IN_ACTIVITY } from '../../src/hygiene/operations';
import { READ_PROVENANCE } from '../../src/provenance/operations';
import { MAX_PROVENANCE_PAGES } from '../../src/provenance/use-provenance';
import { table, verdict } from './report';

const SCOPES = ['Application.Read.All', 'Directory.Read.All', 'AuditLog.Read.All'];
const DAY_MS = 24 * 60 * 60 * 1000;

export interface ReadFigures {
  label: string;
  requests: number;
  seconds: number;
  /** What it read, in words (e.g. "6,012 events"). */
  result: string;
}

export interface ReviewReadFigures {
  inventory: ReadFigures;
  /** Provenance and hygiene together, from the moment the inventory is in. */
  extra: ReadFigures;
  reads: ReadFigures[];
}

/** Counts the requests sent to `origin` through the global fetch, by the read that sent them (set around each call). */
function countingFetch(origin: string) {
  const original = globalThis.fetch;
  const counts = new Map<string, number>();
  let total = 0;
  globalThis.fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (url.startsWith(origin)) {
      total++;
      const path = new URL(url).pathname.replace(/^\/(v1\.0|beta)/, '');
      counts.set(path, (counts.get(path) ?? 0) + 1);
    }
    return original(input, init);
  };
  return {
    total: () => total,
    /** Requests so far whose path (without the version) starts with one of `prefixes`. */
    to: (prefixes: readonly string[]) => [...counts].filter(([path]) => prefixes.some((p) => path.startsWith(p))).reduce((sum, [, n]) => sum + n, 0),
    restore: () => void (globalThis.fetch = original),
  };
}

/** A read's time and result; its requests are filled in once all have ended (they run together). */
async function timed<T>(label: string, paths: readonly string[], read: () => Promise<T>, describe: (value: T) => string) {
  const t0 = performance.now();
  const value = await read();
  return { label, paths, seconds: (performance.now() - t0) / 1000, result: describe(value) };
}

export async function reviewReads(emulator: Emulator): Promise<ReviewReadFigures> {
  const token = await userToken(emulator, { userId: IDS.users.admin, scopes: SCOPES });
  const graph = createGraphClient({ graphBaseUrl: emulator.graphUrl, getToken: async () => token });
  const counter = countingFetch(new URL(emulator.graphUrl).origin);
  try {
    let requests = 0;
    const t0 = performance.now();
    const inventory = await loadInventory(graph, { paging: 'batched', onProgress: (p) => (requests = p.requests) });
    const inventoryFigures: ReadFigures = {
      label: 'inventory alone (batched)',
      requests: counter.total(),
      seconds: (performance.now() - t0) / 1000,
      result: `${inventory.servicePrincipals.length} apps, ${inventory.grants.length} grants, ${inventory.assignments.length} app permissions (${requests} requests by its own count)`,
    };
    // The reports pacer is the shared one, as the hooks use it: the audits and the sign-in report share its 5 requests per 10 s.
    const start = counter.total();
    const before = (paths: readonly string[]) => counter.to(paths);
    const known = ['/organization', '/auditLogs/directoryAudits', '/applications', '/servicePrincipals', '/reports/servicePrincipalSignInActivities'];
    const at = new Map(known.map((path) => [path, before([path])]));
    const t1 = performance.now();
    const provenance = async () => {
      const retention = await readAuditRetention(graph);
      const days = retention?.days ?? 30;
      const since = new Date(Date.now() - days * DAY_MS).toISOString();
      const audits = await readDirectoryAudits(graph, directoryAuditsUrl(`activityDateTime ge ${since} and category eq 'ApplicationManagement'`), {
        scopes: READ_PROVENANCE.scopes,
        maxPages: MAX_PROVENANCE_PAGES,
      });
      return { days, ...audits };
    };
    const ended = await Promise.all([
      timed(
        'provenance: licence + directory audits',
        ['/organization', '/auditLogs/directoryAudits'],
        provenance,
        (p) => `${p.audits.length} events over ${p.days} days${p.truncated ? ' (page cap hit)' : ''}`,
      ),
      timed(
        'hygiene: application credentials',
        ['/applications'],
        () => readApplicationCredentials(graph, { scopes: READ_APP_CREDENTIALS.scopes }),
        (a) => `${a.length} applications`,
      ),
      timed(
        'hygiene: ownerless apps',
        ['/servicePrincipals'],
        () => readOwnerlessServicePrincipals(graph, { scopes: READ_OWNERLESS_APPS.scopes }),
        (o) => `${o.size} ownerless`,
      ),
      timed(
        'hygiene: sign-in activity (beta)',
        ['/reports/servicePrincipalSignInActivities'],
        () => readSignInActivity(graph, { scopes: READ_SIGN_IN_ACTIVITY.scopes }),
        (m) => `${m.size} apps with a sign-in`,
      ),
    ]);
    const perRead: ReadFigures[] = ended.map(({ paths, ...read }) => ({
      ...read,
      requests: paths.reduce((sum, path) => sum + before([path]) - at.get(path)!, 0),
    }));
    const extra: ReadFigures = {
      label: 'provenance + hygiene, together after the inventory',
      requests: counter.total() - start,
      seconds: (performance.now() - t1) / 1000,
      result: `${((counter.total() - start) / Math.max(1, inventoryFigures.requests)).toFixed(2)} × the inventory's requests (${counter.total() - start - perRead.reduce((sum, r) => sum + r.requests, 0)} others)`,
    };
    return { inventory: inventoryFigures, extra, reads: perRead };
  } finally {
    counter.restore();
  }
}

/** Issue 18's budget: the reads after the inventory add at most 0.2 × its requests. */
export const REVIEW_EXTRA_BUDGET = 0.2;

export function reviewTable({ inventory, extra, reads }: ReviewReadFigures): string {
  const ratio = extra.requests / Math.max(1, inventory.requests);
  const line = (r: ReadFigures, share: string) => [r.label, String(r.requests), share, `${r.seconds.toFixed(1)} s`, r.result];
  return table(
    ['read', 'requests', '÷ inventory requests', 'time', 'what it read'],
    [
      line(inventory, '1.00'),
      ...reads.map((r) => line(r, (r.requests / Math.max(1, inventory.requests)).toFixed(2))),
      [
        extra.label,
        String(extra.requests),
        `${ratio.toFixed(2)} (budget ≤ ${REVIEW_EXTRA_BUDGET}: ${verdict(ratio <= REVIEW_EXTRA_BUDGET)})`,
        `${extra.seconds.toFixed(1)} s (${(extra.seconds / inventory.seconds).toFixed(2)} × the inventory's time)`,
        extra.result,
      ],
    ],
  );
}
