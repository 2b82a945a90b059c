// POST /users/{id}/revokeSignInSessions (api-reference/v1.0/api/user-revokesigninsessions.md): answers at
// once; "takes effect after a small delay" (opt-in revokeSessionsDelayMs); "does not affect external (guest) users".
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../index.ts';
import { DEMO, graph, IDS, startEmulator, userToken } from './test-support.ts';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());
beforeEach(() => emulator.store.reset());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const revoke = async (userId: string) =>
  graph(emulator, `/users/${userId}/revokeSignInSessions`, {
    method: 'POST',
    token: await userToken(emulator, { userId: IDS.users.admin, scopes: ['User.RevokeSessions.All'] }),
  });
const validFrom = (userId: string) => emulator.store.users.get(userId)!.signInSessionsValidFromDateTime;

describe('api-reference/v1.0/api/user-revokesigninsessions.md', () => {
  it('with revokeSessionsDelayMs: 200 {value: true} at once, the revocation applies only after the delay', async () => {
    emulator.store.configure({ revokeSessionsDelayMs: 200 });
    const res = await revoke(IDS.users.megan);
    expect(res.status).toBe(200);
    expect(res.body.value).toBe(true);
    expect(validFrom(IDS.users.megan)).toBe(DEMO.seedTime);
    await sleep(260);
    expect(Date.parse(validFrom(IDS.users.megan))).toBeGreaterThan(Date.parse(DEMO.seedTime));
  });

  it('an external (guest) user: the call succeeds and changes nothing', async () => {
    const res = await revoke(IDS.users.kaiGuest);
    expect(res.status).toBe(200);
    expect(res.body.value).toBe(true);
    expect(validFrom(IDS.users.kaiGuest)).toBe(DEMO.seedTime);
  });

  it('without a delay, a member user is revoked at once', async () => {
    await revoke(IDS.users.megan);
    expect(Date.parse(validFrom(IDS.users.megan))).toBeGreaterThan(Date.parse(DEMO.seedTime));
  });
});
