// Fault injection through the test-only control endpoint, added latency, and the 401/400/404 shapes of
// authentication, /me for apps and the unlicensed mailbox.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../index.ts';
import { appToken, graph, IDS, startEmulator, userToken } from './test-support.ts';

let emulator: Emulator;
let token: string;
beforeAll(async () => {
  emulator = await startEmulator();
  token = await appToken(emulator, ['Application.Read.All', 'Directory.Read.All', 'User.Read.All']);
});
afterAll(() => emulator.close());
beforeEach(async () => {
  await fetch(`${emulator.identityUrl}/_emulator/faults`, { method: 'DELETE' });
});

const setFaults = async (config: unknown) => {
  const res = await fetch(`${emulator.identityUrl}/_emulator/faults`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(config),
  });
  expect(res.status).toBe(200);
};

describe('fault injection', () => {
  it('fails the first N matching requests, then lets them pass', async () => {
    await setFaults({ rules: [{ path: '/servicePrincipals', status: 503, retryAfter: 2, count: 2 }] });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await graph(emulator, '/servicePrincipals?$top=1', { token })).status);
    expect(statuses).toEqual([503, 503, 200]);
    expect((await graph(emulator, '/users?$top=1', { token })).status).toBe(200);
  });

  it('fails every Nth request, by method and regex', async () => {
    await setFaults({ rules: [{ method: 'GET', path: '^/users\\b', status: 429, every: 2 }] });
    const first = await graph(emulator, '/users?$top=1', { token });
    const second = await graph(emulator, '/users?$top=1', { token });
    expect([first.status, second.status]).toEqual([200, 429]);
    expect(second.headers.get('retry-after')).toBe('1');
    expect(second.body.error!.code).toBe('TooManyRequests');
  });

  it('drops the connection', async () => {
    await setFaults({ rules: [{ path: '/me', drop: true, count: 1 }] });
    await expect(fetch(`${emulator.graphUrl}/v1.0/me`)).rejects.toThrow();
  });

  it('adds latency on a route', async () => {
    await setFaults({ rules: [{ path: '/users', latencyMs: 150 }] });
    const started = Date.now();
    expect((await graph(emulator, '/users?$top=1', { token })).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('applies a seeded error rate', async () => {
    await setFaults({ errorRate: 1, seed: 3 });
    expect((await graph(emulator, '/users?$top=1', { token })).status).toBe(503);
    await fetch(`${emulator.identityUrl}/_emulator/faults`, { method: 'DELETE' });
    expect((await graph(emulator, '/users?$top=1', { token })).status).toBe(200);
  });

  it('a reset (POST /_emulator/reset or the store) also clears injected faults', async () => {
    await setFaults({ rules: [{ path: '/users', status: 503 }] });
    expect((await graph(emulator, '/users?$top=1', { token })).status).toBe(503);
    const reset = await fetch(`${emulator.identityUrl}/_emulator/reset`, { method: 'POST' });
    expect(reset.status).toBe(200);
    expect((await graph(emulator, '/users?$top=1', { token })).status).toBe(200);

    await setFaults({ rules: [{ path: '/users', status: 503 }] });
    emulator.store.reset();
    expect((await graph(emulator, '/users?$top=1', { token })).status).toBe(200);
  });

  it('rejects an invalid configuration', async () => {
    const res = await fetch(`${emulator.identityUrl}/_emulator/faults`, { method: 'POST', body: JSON.stringify({ rules: [{ status: 500 }] }) });
    expect(res.status).toBe(400);
  });
});

describe('error shapes', () => {
  it('401 for a missing, malformed or badly signed token, with ids and the challenge', async () => {
    const missing = await graph(emulator, '/users', { headers: { 'client-request-id': 'abc-123' } });
    expect(missing.status).toBe(401);
    expect(missing.body.error).toMatchObject({ code: 'InvalidAuthenticationToken', message: 'Access token is empty.' });
    expect(missing.body.error!.innerError).toMatchObject({ 'client-request-id': 'abc-123' });
    expect(missing.body.error!.innerError.date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
    expect(missing.headers.get('client-request-id')).toBe('abc-123');
    expect(missing.headers.get('request-id')).toBe(missing.body.error!.innerError['request-id']);
    expect(missing.headers.get('www-authenticate')).toBe(
      'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"',
    );
    const noDots = await graph(emulator, '/users', { token: 'garbage' });
    expect(noDots.body.error!.message).toMatch(/^IDX14100: JWT is not well formed/);
    const [h, p] = token.split('.');
    const badSignature = await graph(emulator, '/users', { token: `${h}.${p}.${Buffer.from('nope').toString('base64url')}` });
    expect(badSignature.status).toBe(401);
  });

  it('accepts both Graph audiences', async () => {
    for (const audience of ['https://graph.microsoft.com', 'https://graph.microsoft.com/']) {
      const t = await appToken(emulator, ['User.Read.All'], { audience });
      expect((await graph(emulator, '/users?$top=1', { token: t })).status).toBe(200);
    }
  });

  it('/me with an app-only token is a 400, unknown segments are 400', async () => {
    const me = await graph(emulator, '/me', { token });
    expect(me.body.error).toMatchObject({ code: 'BadRequest', message: '/me request is only valid with delegated authentication flow.' });
    const unknown = await graph(emulator, '/widgets', { token });
    expect(unknown.body.error).toMatchObject({ code: 'BadRequest', message: "Resource not found for the segment 'widgets'." });
  });

  it('a user without a mailbox gets MailboxNotEnabledForRESTAPI; a licensed one gets messages', async () => {
    const isaiah = await userToken(emulator, { userId: IDS.users.isaiah, scopes: ['Mail.Read'] });
    const res = await graph(emulator, '/me/messages', { token: isaiah });
    expect(res.body.error).toMatchObject({
      code: 'MailboxNotEnabledForRESTAPI',
      message: 'The mailbox is either inactive, soft-deleted, or is hosted on-premise.',
    });
    const megan = await userToken(emulator, { userId: IDS.users.megan, scopes: ['Mail.Read'] });
    expect((await graph(emulator, '/me/messages', { token: megan })).body.value).toHaveLength(3);
  });

  it('servicePrincipals(appId=…) resolves the alternate key', async () => {
    const res = await graph(emulator, "/servicePrincipals(appId='00000003-0000-0000-c000-000000000000')?$select=displayName", { token });
    expect(res.body).toMatchObject({ id: IDS.sps.graph, displayName: 'Microsoft Graph' });
    const missing = await graph(emulator, "/servicePrincipals(appId='00000000-1111-2222-3333-444444444444')", { token });
    expect(missing.status).toBe(404);
  });
});
