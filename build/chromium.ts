/**
 * The one Chromium launch for e2e runs and the bench: the system Chromium when the machine has one
 * (else Playwright's own), and the flags every run uses — no sandbox (containers), software compositing,
 * no QUIC, and none of the background traffic (sync, component updates) that would add requests.
 */
import { existsSync } from 'node:fs';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Playwright launch options: `executablePath` only when the system Chromium exists. */
export const chromiumLaunchOptions: { executablePath?: string; args: string[] } = existsSync(SYSTEM_CHROMIUM)
  ? { executablePath: SYSTEM_CHROMIUM, args: CHROMIUM_FLAGS }
  : { args: CHROMIUM_FLAGS };
