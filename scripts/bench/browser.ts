// Benchmark part run in headless Chromium: sign in, consent, then a measured load of the Applications
// screen (requests, first rows, full load, heap) and a scroll of its virtualized table.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from '@playwright/test';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';
// The same flags as playwright.config.ts.
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface BrowserFigures {
  chromium: string;
  inventoryRequests: number;
  otherGraphRequests: number;
  firstRowsMs: number;
  fullLoadMs: number;
  /** From the first inventory request to the last inventory response. */
  networkMs: number;
  rowsShown: string;
  heapMB: number;
  scrollFrames: number;
  scrollP95Ms: number;
  scrollMaxMs: number;
  /** The first page of applications, from navigation (resource timing): requested, in; rows follow it. */
  firstPage: { startMs: number; endMs: number };
  /** Where a page of the grant chain (the critical path) spends its time, mean ms. */
  grantPage: { pages: number; answerMs: number; bodyMs: number; nextAfterAnswerMs: number };
}

// Runs in the page before its scripts: notes when the first application row is on screen and when the
// list says it holds every application (the status line without "so far").
const WATCH = `(() => {
  const marks = (window.__bench = {});
  const observer = new MutationObserver(() => {
    if (!marks.firstRows && document.querySelector('[role="table"][aria-label="Applications"] [role="row"][aria-rowindex="2"]')) marks.firstRows = performance.now();
    if (marks.firstRows && !marks.loaded) {
      for (const el of document.querySelectorAll('[role="status"]')) {
        if (/^Showing \\d+ of \\d+ applications?$/.test((el.textContent || '').trim())) { marks.loaded = performance.now(); marks.text = el.textContent.trim(); observer.disconnect(); }
      }
    }
  });
  document.addEventListener('DOMContentLoaded', () => observer.observe(document.body, { childList: true, subtree: true, characterData: true }));
})();`;

const INVENTORY_URL = /\/v1\.0\/(servicePrincipals\?|servicePrincipals\/[^/?]+\/appRoleAssignedTo\?|oauth2PermissionGrants\?|\$batch)/;

async function signInAndConsent(page: Page, consoleUrl: string): Promise<void> {
  await page.goto(`${consoleUrl}/`);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: /admin@contoso\.example/i }).click();
  const accept = page.getByRole('button', { name: 'Accept' });
  const home = page.getByRole('heading', { name: 'Home', level: 1 });
  await accept.or(home).waitFor();
  if (await accept.isVisible()) await accept.click();
  await home.waitFor();
  // The Applications screen asks for its scopes (admin consent for the organization), then loads once.
  await page.goto(`${consoleUrl}/apps`);
  await page.getByRole('region', { name: 'Grant access' }).getByRole('button', { name: 'Grant access' }).click();
  await page.getByRole('button', { name: 'Accept' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: /^Showing \d+ of \d+ applications?$/ })
    .waitFor({ timeout: 180_000 });
}

// About a screenful per frame, down and back up: every frame renders new rows. A string, so the
// bundler's helpers never reach the page.
const SCROLL = `new Promise((resolve) => {
  const scroller = document.querySelector('[role="table"][aria-label="Applications"]');
  const frames = [];
  let last = 0;
  let step = 0;
  const tick = (now) => {
    if (last) frames.push(now - last);
    last = now;
    scroller.scrollTop += step < 150 ? 640 : -640;
    if (++step < 300) requestAnimationFrame(tick);
    else resolve(frames);
  };
  requestAnimationFrame(tick);
})`;

async function scrollTable(page: Page): Promise<number[]> {
  await page.getByRole('table', { name: 'Applications' }).focus();
  return (await page.evaluate(SCROLL)) as number[];
}

const GRANTS_URL = /\/v1\.0\/oauth2PermissionGrants\?/;

const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);

function chainBreakdown(pages: { sent: number; answered?: number; finished?: number }[]): BrowserFigures['grantPage'] {
  const done = pages.filter((p): p is Required<typeof p> => p.answered !== undefined && p.finished !== undefined);
  return {
    pages: done.length,
    answerMs: mean(done.map((p) => p.answered - p.sent)),
    bodyMs: mean(done.map((p) => p.finished - p.answered)),
    // From one page's answer (its headers) to the next page's request: reading the link, the token, sending.
    nextAfterAnswerMs: mean(done.slice(1).map((p, i) => p.sent - done[i]!.answered)),
  };
}

const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)] ?? 0;

export async function measureInBrowser(consoleUrl: string, graphUrl: string): Promise<BrowserFigures> {
  const browser: Browser = await chromium.launch({
    headless: true,
    args: FLAGS,
    ...(existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM } : {}),
  });
  try {
    // The console's Content-Security-Policy forbids eval, which Playwright's polling uses; it costs nothing measured.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
    await context.addInitScript(WATCH);
    const page = await context.newPage();
    await signInAndConsent(page, consoleUrl);

    // The measured load: a fresh page (nothing cached but the tokens), straight to Applications.
    const sent: { url: string; at: number }[] = [];
    let lastInventoryResponse = 0;
    page.on('request', (request) => {
      if (request.url().startsWith(graphUrl) && request.method() !== 'OPTIONS') sent.push({ url: request.url(), at: performance.now() });
    });
    page.on('response', (response) => {
      if (INVENTORY_URL.test(response.url())) lastInventoryResponse = performance.now();
    });
    // The grant chain, page by page: request issued (preflight included) → answer's headers → body read.
    const grantPages: { sent: number; answered?: number; finished?: number }[] = [];
    const grantPageOf = new Map<object, (typeof grantPages)[number]>();
    page.on('request', (request) => {
      if (!GRANTS_URL.test(request.url()) || request.method() !== 'GET') return;
      const entry = { sent: performance.now() };
      grantPages.push(entry);
      grantPageOf.set(request, entry);
    });
    page.on('response', (response) => {
      const entry = grantPageOf.get(response.request());
      if (entry) entry.answered = performance.now();
    });
    page.on('requestfinished', (request) => {
      const entry = grantPageOf.get(request);
      if (entry) entry.finished = performance.now();
    });
    await page.goto(`${consoleUrl}/apps`);
    await page.waitForFunction(() => (window as unknown as { __bench: { loaded?: number } }).__bench.loaded, undefined, { timeout: 180_000, polling: 250 });
    const marks = (await page.evaluate('window.__bench')) as { firstRows: number; loaded: number; text: string };
    console.error(`[bench] first rows ${marks.firstRows.toFixed(0)} ms, loaded ${marks.loaded.toFixed(0)} ms (${marks.text})`);
    const firstPage = (await page.evaluate(`(() => {
      const entry = performance.getEntriesByType('resource').find((e) => /\\/v1\\.0\\/servicePrincipals\\?/.test(e.name));
      return entry ? { startMs: entry.startTime, endMs: entry.responseEnd } : { startMs: 0, endMs: 0 };
    })()`)) as BrowserFigures['firstPage'];
    const inventory = sent.filter((r) => INVENTORY_URL.test(r.url));

    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const frames = await scrollTable(page);
    return {
      chromium: browser.version(),
      inventoryRequests: inventory.length,
      otherGraphRequests: sent.length - inventory.length,
      firstRowsMs: marks.firstRows,
      firstPage,
      fullLoadMs: marks.loaded,
      networkMs: inventory.length ? lastInventoryResponse - inventory[0]!.at : 0,
      rowsShown: marks.text,
      heapMB: heap.usedSize / 1024 / 1024,
      scrollFrames: frames.length,
      scrollP95Ms: p95(frames),
      scrollMaxMs: Math.max(...frames),
      grantPage: chainBreakdown(grantPages),
    };
  } finally {
    await browser.close();
  }
}
