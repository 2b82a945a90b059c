// Focused runs of the emulator's own browser specs (`npx playwright test -c e2e/emulator`): they start
// their own emulator and page server, so they need none of the root config's web servers.
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from '../../build/chromium';

export default defineConfig({
  testDir: '.',
  workers: 1,
  timeout: 60_000,
  reporter: [['list']],
  use: { launchOptions: chromiumLaunchOptions },
});
