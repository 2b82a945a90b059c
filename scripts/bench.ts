// npm run bench [-- --large]: the console's Applications screen against generated tenants in headless
// Chromium — plain and batched paging side by side at 30, 100 and 250 ms per round trip (preflights
// included), against the fewest requests and the latency floor — plus, from Node, the emulator's work
// per page, the naive loader (sampled) and bulk revoke. Prints Markdown tables and says which shapes ran.
//   --large: also the largest tenants admins run (50,000 apps, 1,000,000 grants), at 100 ms.
//   --shape TEXT: only the shapes whose name contains TEXT (e.g. --shape 1M, --shape 10k); the naive
//   loader, bulk revoke and the scroll run with the 10k/100k tenant.
//   --review: only the review reads (issue 18) on the 10k/100k tenant, from Node: no build, no browser.
//   BENCH_PORT_BASE (default 4820): console on it, emulator on +10 / +11.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { assertUsablePort } from '../emulator/blocked-ports';
import { createEmulator } from '../emulator/index';
import { WritePacer } from '../src/graph/write-pacer';
import { BenchBrowser, type ScrollFigures } from './bench/browser';
import { whenUp, startEmulatorProcess } from './bench/emulator-process';
import { inventoryMinimum } from './bench/floors';
import { adminGraph, bulkRevoke, naiveSample, pageWork, type NaiveEstimate } from './bench/node-runs';
import { budgetsTable, loadsTable, pageTable, table, workTable, type ShapeResult } from './bench/report';
import { reviewReads, reviewTable, type ReviewReadFigures } from './bench/review-reads';
import { inventoryShapeOf, REFERENCE_RTT_MS, SHAPES, type Paging, type TenantShape } from './bench/shapes';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BASE = assertUsablePort(Number(process.env.BENCH_PORT_BASE ?? 4820), 'bench console');
const CONSOLE_URL = `http://localhost:${BASE}`;
const PORTS = { identity: assertUsablePort(BASE + 10, 'bench emulator (identity)'), graph: assertUsablePort(BASE + 11, 'bench emulator (Graph)') };
const IDENTITY_URL = `http://localhost:${PORTS.identity}`;
const REDIRECT_URIS = [`${CONSOLE_URL}/`, `${CONSOLE_URL}/admin-consent/result`];
const OUT_DIR = join(ROOT, 'dist', 'bench');
const VITE = join(ROOT, 'node_modules/vite/bin/vite.js');
const PAGINGS: Paging[] = ['plain', 'batched'];

const { values: flags } = parseArgs({
  options: { large: { type: 'boolean', default: false }, shape: { type: 'string' }, review: { type: 'boolean', default: false } },
});
const log = (message: string) => console.error(`[bench] ${message}`);
const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

const consoleEnv = () => ({ ...process.env, VITE_MODE: 'demo', VITE_EMULATOR_URL: IDENTITY_URL });

function build(): void {
  log('building the console (demo mode)…');
  // BENCH_NO_MINIFY=1: readable function names in a profile (BENCH_PROFILE_AT, scripts/bench/browser.ts); the figures are then not the shipped build's.
  const minify = process.env.BENCH_NO_MINIFY ? ['--minify', 'false'] : [];
  const result = spawnSync(process.execPath, [VITE, 'build', '--mode', 'demo', '--outDir', OUT_DIR, '--emptyOutDir', '--logLevel', 'warn', ...minify], {
    cwd: ROOT,
    env: consoleEnv(),
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0) throw new Error('vite build failed');
}

/** Gzipped size of what index.html loads up front: its module script and modulepreloads. */
function initialJsGzipKB(): { kB: number; files: number } {
  const html = readFileSync(join(OUT_DIR, 'index.html'), 'utf8');
  const urls = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="([^"]+\.js)"/g)].map((m) => m[1]!);
  const bytes = urls.reduce((sum, url) => sum + gzipSync(readFileSync(join(OUT_DIR, url))).length, 0);
  return { kB: bytes / 1000, files: urls.length };
}

/** `vite preview` adds the Content-Security-Policy header from the same settings the build had. */
async function serve(): Promise<ChildProcess> {
  const child = spawn(process.execPath, [VITE, 'preview', '--outDir', OUT_DIR, '--port', String(BASE), '--strictPort'], {
    cwd: ROOT,
    env: consoleEnv(),
    stdio: 'ignore',
  });
  await whenUp(child, CONSOLE_URL, 60, 'vite preview');
  return child;
}

/** Bulk revoke through the batched change path against a throttled emulator, paced and with the budget spent. */
async function bulkRuns() {
  const throttled = await createEmulator({
    port: 0,
    latencyMs: REFERENCE_RTT_MS,
    throttling: true,
    generate: { servicePrincipals: 500, grants: 5000, seed: 2 },
  });
  try {
    const graph = await adminGraph(throttled);
    const paced = await bulkRevoke(throttled, graph, 'revoke 1,000 grants (paced: default pacer)', 1000, new WritePacer());
    // The same app spent most of its write budget elsewhere (another admin, another tab): 2,000 writes
    // sent unpaced, then 1,000 more through a fresh pacer that cannot know — Graph answers 429s.
    await bulkRevoke(throttled, graph, 'spend 2,000 of the write budget', 2000, new WritePacer({ burst: 3000 }));
    const afterSpent = await bulkRevoke(throttled, graph, 'revoke 1,000 grants with the budget spent', 1000, new WritePacer());
    return [paced, afterSpent];
  } finally {
    await throttled.close();
  }
}

function comparisonTable(naive: NaiveEstimate, apps: number, bulk: Awaited<ReturnType<typeof bulkRuns>>): string {
  return table(
    ['measure', 'result'],
    [
      [
        'NAIVE (sampled, extrapolated): requests',
        `~${naive.estimatedRequests} (measured ${naive.sampleRequests} for ${naive.sampleApps} apps: ${naive.listingRequests} listing pages at 100 + 2 per app)`,
      ],
      [
        'NAIVE (sampled, extrapolated): full load',
        `~${(naive.estimatedSeconds / 60).toFixed(1)} min (listing ${naive.listingSeconds.toFixed(1)} s + ${naive.perAppSeconds.toFixed(3)} s per app × ${apps})`,
      ],
      ...bulk.map((r) => [
        `Bulk: ${r.label}`,
        `${r.seconds.toFixed(1)} s, ${r.requests} $batch calls, ${r.throttled} items answered 429 (re-sent), ${r.succeeded} done, ${r.failed} failed`,
      ]),
    ],
  );
}

/**
 * The minimums and the emulator's work per page (and, with the reference tenant, the naive loader) from
 * an in-process emulator with the same options and seed as the emulator process — so the same tenant.
 * It is closed and out of reach before the browser runs, so its memory is free for them.
 */
async function measureFromNode(shape: TenantShape, withNaive: boolean) {
  log(`${shape.name}: generating the tenant in this process (for the minimums and the work per page)…`);
  const local = await createEmulator({ port: 0, latencyMs: REFERENCE_RTT_MS, generate: shape.tenant, redirectUris: REDIRECT_URIS });
  try {
    const minimum = inventoryMinimum(inventoryShapeOf(local));
    const work = await pageWork(local, REFERENCE_RTT_MS);
    if (!withNaive) return { minimum, work };
    log('naive strategy on a sample…');
    const naive = { estimate: await naiveSample(local, 20), apps: local.store.servicePrincipals.size };
    log('the inventory, then the provenance and hygiene reads (issue 18)…');
    return { minimum, work, naive, review: await reviewReads(local) };
  } finally {
    await local.close();
  }
}

const machine = () =>
  `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, load average at the end ${loadAverage()}; Node ${process.version}`;

/** `--review`: the inventory and the review reads after it, on the reference tenant, from Node only. */
async function reviewOnly(reference: TenantShape) {
  log(`load average ${loadAverage()}; ${reference.name}: generating the tenant in this process…`);
  const local = await createEmulator({ port: 0, latencyMs: REFERENCE_RTT_MS, generate: reference.tenant, redirectUris: REDIRECT_URIS });
  try {
    log('the inventory, then the provenance and hygiene reads…');
    const review = await reviewReads(local);
    console.log(`\nConsent Console benchmark (review reads only) — ${new Date().toISOString()}\n${machine()}`);
    console.log(`\nThe review reads after the inventory (${reference.name}, from Node at ${REFERENCE_RTT_MS} ms)\n`);
    console.log(reviewTable(review));
  } finally {
    await local.close();
  }
}

async function main() {
  const started = performance.now();
  if (flags.review) return reviewOnly(SHAPES[0]!);
  const shapes = SHAPES.filter((shape) => (flags.shape ? shape.name.includes(flags.shape) : flags.large || !shape.large));
  if (!shapes.length) throw new Error(`no tenant shape matches "${flags.shape}"`);
  const reference = SHAPES[0]!;
  log(`load average ${loadAverage()}; shapes: ${shapes.map((s) => s.name).join('; ')}`);
  build();
  const initialJs = initialJsGzipKB();
  const preview = await serve();
  const browser = await BenchBrowser.launch();
  const results: ShapeResult[] = [];
  let scroll: ScrollFigures | undefined;
  let naive: { estimate: NaiveEstimate; apps: number } | undefined;
  let review: ReviewReadFigures | undefined;
  try {
    for (const shape of shapes) {
      const fromNode = await measureFromNode(shape, shape === reference);
      const result: ShapeResult = { shape, minimum: fromNode.minimum, work: fromNode.work, runs: [] };
      naive ??= fromNode.naive;
      review ??= fromNode.review;
      for (const rttMs of shape.rttsMs) {
        log(`${shape.name} at ${rttMs} ms: starting the emulator process…`);
        const remote = await startEmulatorProcess(ROOT, PORTS, shape, rttMs, REDIRECT_URIS);
        try {
          const session = await browser.session(CONSOLE_URL, remote.graphUrl, remote.preflights);
          const loads = [];
          for (const paging of shape.large ? (['batched'] as const) : PAGINGS)
            loads.push(await session.load(paging, { probeInput: rttMs === REFERENCE_RTT_MS, timeoutMs: shape.loadTimeoutMs }));
          if (shape === reference && rttMs === REFERENCE_RTT_MS) scroll = await session.scroll();
          await session.close();
          result.runs.push({ rttMs, loads });
        } finally {
          await remote.stop();
        }
      }
      results.push(result);
      log(`${shape.name} done; load average ${loadAverage()}`);
    }
    log(naive ? 'bulk revoke against a throttled emulator…' : 'no naive loader nor bulk revoke: they run with the 10k/100k tenant');
    const bulk = naive ? await bulkRuns() : [];

    const first = results[0]!;
    console.log(`\nConsent Console benchmark — ${new Date().toISOString()}`);
    const skipped = SHAPES.filter((shape) => !shapes.includes(shape)).map((shape) => shape.name);
    console.log(`Shapes run: ${shapes.map((s) => s.name).join('; ')}${skipped.length ? ` (not run: ${skipped.join('; ')})` : ''}`);
    console.log(
      `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, load average at the end ${loadAverage()}; Node ${process.version}; Chromium ${browser.version} headless`,
    );
    console.log(
      `Minimums (${first.shape.name}): plain ${first.minimum.plainRequests} = ${first.minimum.spPages} SP + ${first.minimum.grantPages} grant pages + ⌈${first.minimum.resources} resources / 20⌉ $batch + ${first.minimum.moreAssignmentPages} more assignment pages; batched ${first.minimum.batchedRequests} (rounds, ⌈unfinished chains / 20⌉ each)\n`,
    );
    console.log(`Loads (fresh page, from navigation; requests: inventory only; preflights: Graph OPTIONS the emulator answered)\n`);
    console.log(loadsTable(results));
    console.log(`\nThe page while it loads (key presses in the search box every second at ${REFERENCE_RTT_MS} ms)\n`);
    console.log(pageTable(results));
    console.log(`\nThe emulator's work per page beyond the added round trip, measured from Node\n`);
    console.log(workTable(results));
    console.log('\nBudgets\n');
    console.log(budgetsTable({ results, referenceRttMs: REFERENCE_RTT_MS, scroll, initialJs }));
    if (review) {
      console.log(
        `\nThe review reads after the inventory (${reference.name}, from Node at ${REFERENCE_RTT_MS} ms; provenance and hygiene started together once the inventory is in)\n`,
      );
      console.log(reviewTable(review));
    }
    if (naive) console.log(`\nFor comparison\n\n${comparisonTable(naive.estimate, naive.apps, bulk)}`);
    console.log(`\nBench time: ${((performance.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await browser.close();
    preview.kill();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
