// npm run bench: the console against a large generated tenant with 100 ms per Graph request, measured in
// headless Chromium, plus the naive loader (sampled) and bulk revoke from Node. Prints a table.
//   BENCH_PORT_BASE (default 4820): console on it, emulator on +10 / +11.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { assertUsablePort } from '../emulator/blocked-ports';
import { createEmulator, type Emulator } from '../emulator/index';
import { WritePacer } from '../src/graph/write-pacer';
import { measureInBrowser } from './bench/browser';
import { adminGraph, bulkRevoke, naiveSample } from './bench/node-runs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BASE = assertUsablePort(Number(process.env.BENCH_PORT_BASE ?? 4820), 'bench console');
const CONSOLE_URL = `http://localhost:${BASE}`;
const TENANT = { servicePrincipals: 10_000, grants: 100_000, appRoleAssignments: 10_000, seed: 1 };
const LATENCY_MS = 100;
const REDIRECT_URIS = [`${CONSOLE_URL}/`, `${CONSOLE_URL}/admin-consent/result`];
const OUT_DIR = join(ROOT, 'dist', 'bench');
const VITE = join(ROOT, 'node_modules/vite/bin/vite.js');

const log = (message: string) => console.error(`[bench] ${message}`);
const pages = (items: number) => Math.ceil(items / 999);

/** Fewest requests and the longest sequential chain for loading this tenant's inventory at 999 per page. */
function minimum(emulator: Emulator) {
  const store = emulator.store;
  const resources = [...store.servicePrincipals.values()].filter((sp) => sp.appRoles.some((r) => r.allowedMemberTypes.includes('Application')));
  const perResource = resources.map((sp) => [...store.appRoleAssignments.values()].filter((a) => a.resourceId === sp.id).length);
  const spPages = pages(store.servicePrincipals.size);
  const grantPages = pages(store.grants.size);
  const batches = Math.ceil(resources.length / 20);
  const morePages = perResource.reduce((sum, n) => sum + Math.max(0, pages(n) - 1), 0);
  const assignmentChain = 1 + Math.max(0, ...perResource.map((n) => pages(n) - 1));
  return {
    requests: spPages + grantPages + batches + morePages,
    chain: Math.max(grantPages, spPages + assignmentChain),
    spPages,
    grantPages,
    batches,
    morePages,
  };
}

function build(identityUrl: string): void {
  log('building the console (demo mode)…');
  const result = spawnSync(process.execPath, [VITE, 'build', '--mode', 'demo', '--outDir', OUT_DIR, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: ROOT,
    env: consoleEnv(identityUrl),
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0) throw new Error('vite build failed');
}

/** Gzipped size of what index.html loads up front: its module script, modulepreloads and stylesheets. */
function initialJsGzipKB(): { kB: number; files: number } {
  const html = readFileSync(join(OUT_DIR, 'index.html'), 'utf8');
  const urls = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="([^"]+\.js)"/g)].map((m) => m[1]!);
  const bytes = urls.reduce((sum, url) => sum + gzipSync(readFileSync(join(OUT_DIR, url))).length, 0);
  return { kB: bytes / 1000, files: urls.length };
}

const consoleEnv = (identityUrl: string) => ({ ...process.env, VITE_MODE: 'demo', VITE_EMULATOR_URL: identityUrl });

/** `vite preview` adds the Content-Security-Policy header from the same settings the build had. */
async function serve(identityUrl: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [VITE, 'preview', '--outDir', OUT_DIR, '--port', String(BASE), '--strictPort'], {
    cwd: ROOT,
    env: consoleEnv(identityUrl),
    stdio: 'ignore',
  });
  await whenUp(child, CONSOLE_URL, 60, 'vite preview');
  return child;
}

/** Resolves once `url` answers OK; kills `child` and throws after `seconds`. */
async function whenUp(child: ChildProcess, url: string, seconds: number, what: string): Promise<void> {
  for (let waited = 0; waited < seconds * 1000; waited += 500) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill();
  throw new Error(`${what} did not start within ${seconds} s`);
}

/** The emulator's CLI with the bench tenant and latency, on the bench's ports; resolves once it answers. */
async function startEmulatorProcess(): Promise<{ process: ChildProcess; identityUrl: string; graphUrl: string }> {
  const port = assertUsablePort(BASE + 10, 'bench emulator (identity)');
  const graphPort = assertUsablePort(BASE + 11, 'bench emulator (Graph)');
  const args = [
    join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
    join(ROOT, 'emulator/cli.ts'),
    ...['--port', String(port), '--graph-port', String(graphPort), '--latency', String(LATENCY_MS)],
    ...['--service-principals', String(TENANT.servicePrincipals), '--grants', String(TENANT.grants)],
    ...['--app-role-assignments', String(TENANT.appRoleAssignments), '--seed', String(TENANT.seed)],
    ...REDIRECT_URIS.flatMap((uri) => ['--redirect-uri', uri]),
  ];
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const identityUrl = `http://localhost:${port}`;
  await whenUp(child, `${identityUrl}/_emulator/demo`, 120, 'the emulator process'); // generating the tenant takes a few seconds
  return { process: child, identityUrl, graphUrl: `http://localhost:${graphPort}` };
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');

async function main() {
  const started = performance.now();
  log(`generating the tenant (${TENANT.servicePrincipals} service principals, ${TENANT.grants} grants, ${TENANT.appRoleAssignments} app role assignments)…`);
  // The tenant the console meets runs in its own process, as Graph runs on other machines: its work never
  // waits behind the bench's own (Playwright's events, the figures). The same seed gives this process an
  // identical tenant for the minimum and the Node-side runs.
  const remote = await startEmulatorProcess();
  const emulator = await createEmulator({ port: 0, latencyMs: LATENCY_MS, generate: TENANT, redirectUris: REDIRECT_URIS });
  let preview: ChildProcess | undefined;
  try {
    const min = minimum(emulator);
    build(remote.identityUrl);
    const js = initialJsGzipKB();
    preview = await serve(remote.identityUrl);
    log('driving the console in headless Chromium…');
    const b = await measureInBrowser(CONSOLE_URL, remote.graphUrl);
    log('naive strategy on a sample…');
    const naive = await naiveSample(emulator, 20);

    log('bulk revoke against a throttled emulator…');
    const throttled = await createEmulator({ port: 0, latencyMs: LATENCY_MS, throttling: true, generate: { servicePrincipals: 500, grants: 5000, seed: 2 } });
    const graph = await adminGraph(throttled);
    const paced = await bulkRevoke(throttled, graph, 'revoke 1,000 grants (paced: default pacer)', 1000, new WritePacer());
    // The same app spent most of its write budget elsewhere (another admin, another tab): 2,000 writes
    // sent unpaced, then 1,000 more through a fresh pacer that cannot know — Graph answers 429s.
    await bulkRevoke(throttled, graph, 'spend 2,000 of the write budget', 2000, new WritePacer({ burst: 3000 }));
    const afterSpent = await bulkRevoke(throttled, graph, 'revoke 1,000 grants with the budget spent', 1000, new WritePacer());
    await throttled.close();

    const floorMs = min.chain * LATENCY_MS;
    const rows: [string, string, string, string][] = [
      [
        'Inventory requests (fast loader)',
        `${b.inventoryRequests} (minimum ${min.requests}: ${min.spPages} SP + ${min.grantPages} grant pages + ${min.batches} $batch + ${min.morePages} more assignment pages)`,
        '≤ 1.1 × minimum',
        verdict(b.inventoryRequests <= 1.1 * min.requests),
      ],
      ['Other Graph requests on the screen', `${b.otherGraphRequests} (signed-in user, user names)`, '', ''],
      [
        'Time to first rows (from navigation)',
        `${s(b.firstRowsMs)} (first page of applications requested at ${s(b.firstPage.startMs)}, in at ${s(b.firstPage.endMs)})`,
        '≤ 1 s',
        verdict(b.firstRowsMs <= 1000),
      ],
      [
        'Full load (from navigation)',
        `${s(b.fullLoadMs)} = ${(b.fullLoadMs / floorMs).toFixed(2)} × floor (${min.chain} sequential requests × ${LATENCY_MS} ms = ${s(floorMs)}); network part ${s(b.networkMs)}`,
        '≤ 1.3 × floor',
        verdict(b.fullLoadMs <= 1.3 * floorMs),
      ],
      [
        'Grant chain, mean per page',
        `${b.grantPage.pages} pages: ${b.grantPage.answerMs.toFixed(0)} ms to the answer (${LATENCY_MS} ms added latency, the preflight, the emulator), ${b.grantPage.bodyMs.toFixed(0)} ms reading the body; the next page requested ${b.grantPage.nextAfterAnswerMs.toFixed(0)} ms after the answer began`,
        '',
        '',
      ],
      ['Rows', b.rowsShown, '', ''],
      ['JS heap after load (after GC)', `${b.heapMB.toFixed(1)} MB`, '≤ 250 MB', verdict(b.heapMB <= 250)],
      [
        'Scroll frame time p95 (virtualized table)',
        `${b.scrollP95Ms.toFixed(1)} ms (max ${b.scrollMaxMs.toFixed(1)} ms, ${b.scrollFrames} frames)`,
        '≤ 16.7 ms',
        verdict(b.scrollP95Ms <= 16.7),
      ],
      ['Initial JS (gzip)', `${js.kB.toFixed(1)} kB in ${js.files} files`, '≤ 250 kB', verdict(js.kB <= 250)],
      [
        'NAIVE (sampled, extrapolated): requests',
        `~${naive.estimatedRequests} (measured ${naive.sampleRequests} for ${naive.sampleApps} apps: ${naive.listingRequests} listing pages at 100 + 2 per app)`,
        'for comparison',
        '',
      ],
      [
        'NAIVE (sampled, extrapolated): full load',
        `~${(naive.estimatedSeconds / 60).toFixed(1)} min (listing ${naive.listingSeconds.toFixed(1)} s + ${naive.perAppSeconds.toFixed(3)} s per app × ${emulator.store.servicePrincipals.size})`,
        'for comparison',
        '',
      ],
      ...[paced, afterSpent].map((r): [string, string, string, string] => [
        `Bulk: ${r.label}`,
        `${r.seconds.toFixed(1)} s, ${r.requests} $batch calls, ${r.throttled} items answered 429 (re-sent), ${r.succeeded} done, ${r.failed} failed`,
        '',
        '',
      ]),
    ];
    const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i]!.length), ['measure', 'result', 'budget', 'verdict'][i]!.length));
    const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
    console.log(`\nConsent Console benchmark — ${new Date().toISOString()}`);
    console.log(
      `Tenant: ${emulator.store.servicePrincipals.size} service principals, ${emulator.store.grants.size} grants, ${emulator.store.appRoleAssignments.size} app role assignments; ${LATENCY_MS} ms added per Graph request`,
    );
    console.log(
      `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}; Node ${process.version}; Chromium ${b.chromium} headless\n`,
    );
    console.log(line(['measure', 'result', 'budget', 'verdict']));
    console.log(line(widths.map((w) => '-'.repeat(w))));
    for (const row of rows) console.log(line(row));
    console.log(`\nBench time: ${((performance.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    preview?.kill();
    remote.process.kill();
    await emulator.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
