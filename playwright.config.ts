import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './build/chromium';
import { assertUsablePort } from './emulator/blocked-ports';

/**
 * Every e2e run drives the console (built in demo mode) against its own tenant emulator. E2E_PORT_BASE
 * moves both (console at the base, emulator at base + 1 and + 2) so several runs can share a machine;
 * the emulator registers the console's redirect URIs for whatever port it gets. A plan that lands on a
 * port browsers and fetch refuse (4190 was one) stops here with the reason.
 */
const PORT_BASE = Number(process.env.E2E_PORT_BASE ?? 4180);
export const CONSOLE_PORT = assertUsablePort(PORT_BASE, 'E2E console');
export const EMULATOR_PORT = assertUsablePort(PORT_BASE + 1, 'E2E emulator (identity)');
export const GRAPH_PORT = assertUsablePort(PORT_BASE + 2, 'E2E emulator (Graph)');
const CONSOLE_URL = `http://localhost:${CONSOLE_PORT}`;
// Servers are rebuilt for every run unless asked otherwise: a reused server may hold yesterday's build.
const reuseExistingServer = process.env.E2E_REUSE === '1';

export default defineConfig({
  testDir: 'e2e',
  // One results folder per port base, so concurrent runs never delete each other's artifacts.
  outputDir: `test-results/e2e-${PORT_BASE}`,
  // Tests share one emulator and reset it before each test.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: CONSOLE_URL,
    trace: 'retain-on-failure',
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 800 },
    launchOptions: chromiumLaunchOptions,
  },
  webServer: [
    {
      command: `node node_modules/tsx/dist/cli.mjs emulator/cli.ts --port ${EMULATOR_PORT} --graph-port ${GRAPH_PORT} --test-control --redirect-uri ${CONSOLE_URL}/ --redirect-uri ${CONSOLE_URL}/admin-consent/result`,
      url: `http://localhost:${EMULATOR_PORT}/_emulator/demo`,
      reuseExistingServer,
      timeout: 60_000,
    },
    {
      // A production build served statically: deterministic, no dependency optimisation mid-test.
      command: `node node_modules/vite/bin/vite.js build --mode demo --outDir dist/e2e-${CONSOLE_PORT} --emptyOutDir --logLevel warn && node node_modules/vite/bin/vite.js preview --outDir dist/e2e-${CONSOLE_PORT} --port ${CONSOLE_PORT} --strictPort`,
      url: CONSOLE_URL,
      env: { VITE_MODE: 'demo', VITE_EMULATOR_URL: `http://localhost:${EMULATOR_PORT}` },
      reuseExistingServer,
      timeout: 180_000,
    },
  ],
});
