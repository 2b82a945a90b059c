import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/** Every e2e run drives the console (built in demo mode) against its own tenant emulator. */
export const EMULATOR_PORT = 4190;
export const GRAPH_PORT = 4191;
export const CONSOLE_PORT = 4180;

const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  testDir: 'e2e',
  // Tests share one emulator and reset it before each test.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${CONSOLE_PORT}`,
    trace: 'retain-on-failure',
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 800 },
    launchOptions: existsSync(SYSTEM_CHROMIUM)
      ? { executablePath: SYSTEM_CHROMIUM, args: chromiumFlags }
      : { args: chromiumFlags },
  },
  webServer: [
    {
      command: `node node_modules/tsx/dist/cli.mjs emulator/cli.ts --port ${EMULATOR_PORT} --graph-port ${GRAPH_PORT} --test-control`,
      url: `http://localhost:${EMULATOR_PORT}/_emulator/demo`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // A production build served statically: deterministic, no dependency optimisation mid-test.
      command: `node node_modules/vite/bin/vite.js build --mode demo --outDir dist/e2e --emptyOutDir --logLevel warn && node node_modules/vite/bin/vite.js preview --outDir dist/e2e --port ${CONSOLE_PORT} --strictPort`,
      url: `http://localhost:${CONSOLE_PORT}`,
      env: { VITE_MODE: 'demo', VITE_EMULATOR_URL: `http://localhost:${EMULATOR_PORT}` },
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
  ],
});
