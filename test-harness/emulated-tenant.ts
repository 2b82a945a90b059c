/**
 * The in-process tenant emulator for the console's Testing Library suites: started before the suite and
 * closed after it, with the console harness signed in as one of its demo users holding exactly the given
 * scopes (and User.Read). It joins the two sides, so it lives outside both: console code (src/) never
 * imports the emulator, and the emulator never imports the console.
 */
import { afterAll, beforeAll } from 'vitest';
import { startEmulator, userToken } from '../emulator/graph/test-support';
import type { Emulator } from '../emulator/index';
import { consoleHarness, type ConsoleHarness } from '../src/test-support/console-harness';

export interface EmulatedTenant {
  /** The running emulator (its store is the tenant the suite asserts on). */
  readonly emulator: Emulator;
  /** The console signed in as this demo user, holding exactly these scopes (and User.Read). */
  signedIn(userId: string, scopes: readonly string[]): Promise<ConsoleHarness>;
}

/** Call at the top of a suite: registers the suite's beforeAll/afterAll. */
export function emulatedTenant(): EmulatedTenant {
  let running: Emulator | undefined;
  beforeAll(async () => {
    running = await startEmulator();
  });
  afterAll(async () => {
    await running?.close();
  });
  const started = (): Emulator => {
    if (!running) throw new Error('The emulator starts in beforeAll: use it inside a test or hook.');
    return running;
  };
  return {
    get emulator() {
      return started();
    },
    async signedIn(userId, scopes) {
      const emulator = started();
      const token = await userToken(emulator, { userId, scopes: ['User.Read', ...scopes] });
      return consoleHarness({ graphUrl: emulator.graphUrl, tenantId: emulator.store.tenantId, user: emulator.store.users.get(userId)!, token });
    },
  };
}
