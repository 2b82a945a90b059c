/**
 * The bench's part in headless Chromium (the launch of build/chromium.ts): per emulator run, sign in and
 * consent once, then measured fresh loads of the Applications screen with plain or batched paging —
 * requests, preflights, first rows, full load, heap, how the page kept up — and a scroll of its table.
 */
import { chromium, errors, type Browser, type BrowserContext, type CDPSession, type Page, type Request, type Response } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumLaunchOptions } from '../../build/chromium';
import { FIRST_PAGE, PAGING_KEY, SCROLL, STATUS_TEXT, WATCH, type PageMarks } from './page-scripts';
import type { Paging } from './shapes';

export interface LoadFigures {
  paging: Paging;
  inventoryRequests: number;
  otherGraphRequests: number;
  /** CORS preflights the emulator answered during the load. */
  preflights: number;
  firstRowsMs: number;
  /** NaN when the load did not finish within `timeoutMs`. */
  fullLoadMs: number;
  timeoutMs: number;
  /** From the first inventory request to the last inventory answer's end. */
  networkMs: number;
  /** The first page of applications, from navigation: requested, in. */
  firstPage: { startMs: number; endMs: number };
  /**
   * Inventory requests, mean ms: to the answer's headers (the round trip, a preflight, the emulator's
   * work), reading the body, and from an answer's headers to the next inventory request (the page's turn).
   */
  perRequest: { answerMs: number; bodyMs: number; nextAfterAnswerMs: number };
  rowsShown: string;
  heapMB: number;
  longestTaskMs: number;
  longTasks: number;
  longestFrameGapMs: number;
  /** Key presses in the search box during the load: key → next frame, ms. */
  keyToFrameMs: number[];
}

export interface ScrollFigures {
  frames: number;
  p95Ms: number;
  maxMs: number;
}

const INVENTORY_PATH = /^\/?(servicePrincipals\?|servicePrincipals\/[^/?]+\/appRoleAssignedTo\?|oauth2PermissionGrants\?)/;
const INVENTORY_URL = /\/v1\.0\/(servicePrincipals\?|servicePrincipals\/[^/?]+\/appRoleAssignedTo\?|oauth2PermissionGrants\?)/;

/** A page of the inventory, or a $batch whose items are pages of it (not, say, a batch of user names). */
function isInventory(request: Request): boolean {
  if (INVENTORY_URL.test(request.url())) return true;
  if (!request.url().endsWith('/v1.0/$batch')) return false;
  const items = (JSON.parse(request.postData() ?? '{}') as { requests?: { url: string }[] }).requests ?? [];
  return items.length > 0 && items.every((item) => INVENTORY_PATH.test(item.url.replace(/^https?:\/\/[^/]+\/v1\.0/, '')));
}

/** Mean time from each answer's headers to the first inventory request sent after it (the last answer has none). */
function nextAfterAnswer(requests: { sent: number; answered: number }[]): number {
  const sent = requests.map((r) => r.sent).sort((a, b) => a - b);
  const gaps = requests.flatMap((r) => {
    const next = sent.find((at) => at >= r.answered);
    return next === undefined ? [] : [next - r.answered];
  });
  return mean(gaps);
}

const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);
export const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)] ?? 0;

const CONSENT_TIMEOUT_MS = 900_000;

export class BenchBrowser {
  private constructor(private readonly browser: Browser) {}

  static async launch(): Promise<BenchBrowser> {
    return new BenchBrowser(await chromium.launch({ headless: true, ...chromiumLaunchOptions }));
  }

  get version(): string {
    return this.browser.version();
  }

  /** A signed-in, consented session against one emulator run. */
  async session(consoleUrl: string, graphUrl: string, preflights: () => number): Promise<BenchSession> {
    // The console's Content-Security-Policy forbids eval, which Playwright's polling uses; it costs nothing measured.
    const context = await this.browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
    await context.addInitScript(WATCH);
    const page = await context.newPage();
    await signInAndConsent(page, consoleUrl);
    return new BenchSession(context, page, consoleUrl, graphUrl, preflights);
  }

  close(): Promise<void> {
    return this.browser.close();
  }
}

async function signInAndConsent(page: Page, consoleUrl: string): Promise<void> {
  await page.goto(`${consoleUrl}/`);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: /\badmin@contoso\.example/i }).click();
  const accept = page.getByRole('button', { name: 'Accept' });
  const home = page.getByRole('heading', { name: 'Home', level: 1 });
  await accept.or(home).waitFor();
  if (await accept.isVisible()) await accept.click();
  await home.waitFor();
  // The Applications screen asks for its scopes (admin consent for the organization); once rows show,
  // the consent is in — the measured loads follow on fresh pages.
  await page.goto(`${consoleUrl}/apps`);
  await page.getByRole('region', { name: 'Grant access' }).getByRole('button', { name: 'Grant access' }).click();
  await page.getByRole('button', { name: 'Accept' }).click();
  await page.getByRole('table', { name: 'Applications' }).locator('[role="row"][aria-rowindex="2"]').waitFor({ timeout: CONSENT_TIMEOUT_MS });
}

export class BenchSession {
  constructor(
    private readonly context: BrowserContext,
    private readonly page: Page,
    private readonly consoleUrl: string,
    private readonly graphUrl: string,
    private readonly preflights: () => number,
  ) {}

  /**
   * A measured load: a fresh page of Applications (nothing cached but the tokens) with the given paging.
   * With `probeInput`, a key is typed in the search box and deleted every second while it loads. A load
   * not done after `timeoutMs` is reported as it stands (full load NaN, the list's status text then).
   */
  async load(paging: Paging, { probeInput = false, timeoutMs = 900_000 } = {}): Promise<LoadFigures> {
    const { page } = this;
    await page.addInitScript(([key, value]) => (value ? localStorage.setItem(key, value) : localStorage.removeItem(key)), [
      PAGING_KEY,
      paging === 'plain' ? 'plain' : '',
    ] as const);
    const timings = new Map<Request, { sent: number; answered?: number; finished?: number }>();
    const other: Request[] = [];
    const onRequest = (request: Request) => {
      if (!request.url().startsWith(this.graphUrl) || request.method() === 'OPTIONS') return;
      if (isInventory(request)) timings.set(request, { sent: performance.now() });
      else other.push(request);
    };
    const onAnswer = (request: Request) => {
      const t = timings.get(request);
      if (t) t.answered ??= performance.now();
    };
    const onFinished = (request: Request) => {
      const t = timings.get(request);
      if (t) t.finished = performance.now();
    };
    const onResponse = (response: Response) => onAnswer(response.request());
    page.on('request', onRequest);
    page.on('response', onResponse);
    page.on('requestfinished', onFinished);
    const preflightsBefore = this.preflights();
    const profile = lateRoundProfile(this.context, page, () => timings.size);
    const progress = setInterval(() => console.error(`[bench] ${paging}: ${timings.size} inventory requests so far`), 30_000);
    let finished = true;
    try {
      await page.goto(`${this.consoleUrl}/apps`);
      const loaded = page.waitForFunction(() => (window as unknown as { __bench: PageMarks }).__bench.loaded, undefined, { timeout: timeoutMs, polling: 250 });
      if (probeInput) await typeWhileLoading(page, loaded);
      await loaded.catch((error: unknown) => {
        // A load that outlasts the bench's patience is a figure too: what it reached, and how the page kept up.
        if (!(error instanceof errors.TimeoutError)) throw error;
        finished = false;
      });
    } finally {
      clearInterval(progress);
      await profile.stop();
      page.off('request', onRequest);
      page.off('response', onResponse);
      page.off('requestfinished', onFinished);
    }
    const marks = (await page.evaluate(`({ ...window.__bench, text: window.__bench.text ?? ${STATUS_TEXT} })`)) as PageMarks;
    const others = other.map((r) => `${r.method()} ${new URL(r.url()).pathname.replace(/^\/v1\.0/, '')}`).join(', ');
    console.error(
      `[bench] ${paging}: first rows ${marks.firstRows.toFixed(0)} ms, loaded ${finished ? `${marks.loaded.toFixed(0)} ms` : 'not yet'} (${marks.text}); other Graph requests: ${others}`,
    );
    const firstPage = (await page.evaluate(FIRST_PAGE)) as LoadFigures['firstPage'];
    const done = [...timings.values()].filter((t): t is Required<typeof t> => t.answered !== undefined && t.finished !== undefined);
    const cdp = await this.context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    await cdp.detach();
    return {
      paging,
      inventoryRequests: timings.size,
      otherGraphRequests: other.length,
      preflights: this.preflights() - preflightsBefore,
      firstRowsMs: marks.firstRows,
      fullLoadMs: finished ? marks.loaded : Number.NaN,
      timeoutMs,
      networkMs: done.length ? Math.max(...done.map((t) => t.finished)) - Math.min(...done.map((t) => t.sent)) : 0,
      firstPage,
      perRequest: {
        answerMs: mean(done.map((t) => t.answered - t.sent)),
        bodyMs: mean(done.map((t) => t.finished - t.answered)),
        nextAfterAnswerMs: nextAfterAnswer(done),
      },
      rowsShown: marks.text,
      heapMB: heap.usedSize / 1024 / 1024,
      longestTaskMs: marks.longestTaskMs,
      longTasks: marks.longTasks,
      longestFrameGapMs: marks.longestFrameGapMs,
      keyToFrameMs: marks.keyToFrameMs,
    };
  }

  /** 300 animation frames, each scrolling the virtualized Applications table by 640 px, down then up. */
  async scroll(): Promise<ScrollFigures> {
    await this.page.getByRole('table', { name: 'Applications' }).focus();
    const frames = (await this.page.evaluate(SCROLL)) as number[];
    return { frames: frames.length, p95Ms: p95(frames), maxMs: Math.max(...frames) };
  }

  close(): Promise<void> {
    return this.context.close();
  }
}

/**
 * `BENCH_PROFILE_AT=N` (and `BENCH_PROFILE_MS`, default 20,000): a CPU profile of the page from its Nth
 * inventory request on, for that long — written to dist/bench/late-round.cpuprofile (open it in Chromium's
 * DevTools), with the functions of most self time printed. For finding what a late round spends.
 */
function lateRoundProfile(context: BrowserContext, page: Page, requests: () => number) {
  const at = Number(process.env.BENCH_PROFILE_AT ?? 0);
  if (!at) return { stop: async () => undefined };
  const durationMs = Number(process.env.BENCH_PROFILE_MS ?? 20_000);
  let stopping: Promise<void> | undefined;
  let session: CDPSession | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      clearInterval(poll);
      if (!session) return;
      const { profile } = await session.send('Profiler.stop');
      await session.detach();
      writeFileSync(join(process.cwd(), 'dist', 'bench', 'late-round.cpuprofile'), JSON.stringify(profile));
      console.error(`[bench] profile from request ${at} for ${durationMs} ms, most self time:\n${selfTimeSummary(profile)}`);
    })());
  const poll = setInterval(() => {
    if (session || requests() < at) return;
    void (async () => {
      session = await context.newCDPSession(page);
      await session.send('Profiler.enable');
      await session.send('Profiler.setSamplingInterval', { interval: 1000 });
      await session.send('Profiler.start');
      setTimeout(() => void stop(), durationMs);
    })();
  }, 250);
  return { stop };
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples?: number[];
  timeDeltas?: number[];
}

/** The 20 functions with most self time, and their share of the profile. */
function selfTimeSummary(profile: unknown): string {
  const { nodes, samples = [], timeDeltas = [] } = profile as CpuProfile;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  samples.forEach((id, i) => {
    const frame = byId.get(id)?.callFrame;
    const name = frame ? `${frame.functionName || '(anonymous)'} ${frame.url.replace(/^.*\//, '')}:${frame.lineNumber + 1}` : '?';
    self.set(name, (self.get(name) ?? 0) + (timeDeltas[i] ?? 0) / 1000);
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 20)
    .map(([name, ms]) => `  ${ms.toFixed(0).padStart(7)} ms ${((100 * ms) / total).toFixed(1).padStart(5)} %  ${name}`)
    .join('\n');
}

/** Once the search box shows, types a key and deletes it every second until `loaded` settles. */
async function typeWhileLoading(page: Page, loaded: Promise<unknown>): Promise<void> {
  let finished = false;
  void loaded.then(
    () => (finished = true),
    () => (finished = true),
  );
  const box = page.getByRole('textbox', { name: 'Search by name, publisher or application ID' });
  await Promise.race([box.focus(), loaded]);
  while (!finished) {
    await new Promise((r) => setTimeout(r, 1000));
    if (finished) break;
    await page.keyboard.press('x');
    await new Promise((r) => setTimeout(r, 200));
    await page.keyboard.press('Backspace');
  }
}
