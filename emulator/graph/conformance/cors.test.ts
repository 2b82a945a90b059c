// CORS as conservative as the real service may be: Microsoft documents no Access-Control-Expose-Headers
// for Graph and a public report says Retry-After is not readable from a browser, so plain responses expose
// only the request ids and WWW-Authenticate (Microsoft's CAE guidance for browser apps reads it); a $batch
// item still carries Retry-After in its JSON headers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../index.ts';
import { graph, IDS, startEmulator, userToken } from '../test-support.ts';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());

const exposed = (headers: Headers) =>
  (headers.get('access-control-expose-headers') ?? '')
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);

describe('concepts/json-batching.md + CORS: Retry-After is not exposed on plain responses, $batch items carry it', () => {
  it('a throttled plain response exposes only request-id, client-request-id and WWW-Authenticate', async () => {
    await fetch(`${emulator.identityUrl}/_emulator/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ rules: [{ method: 'GET', path: '/me', status: 429, retryAfter: 3 }] }),
    });
    const token = await userToken(emulator, { userId: IDS.users.megan, scopes: ['User.Read'] });
    const res = await graph(emulator, '/me', { token, headers: { Origin: 'http://localhost:5173' } });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('3');
    expect(exposed(res.headers).sort()).toEqual(['client-request-id', 'request-id', 'www-authenticate']);
    expect(exposed(res.headers)).not.toContain('retry-after');
  });

  it("the same throttled call inside $batch has Retry-After in the item's JSON headers", async () => {
    const token = await userToken(emulator, { userId: IDS.users.megan, scopes: ['User.Read'] });
    const res = await graph(emulator, '/$batch', { method: 'POST', token, body: { requests: [{ id: '1', method: 'GET', url: '/me' }] } });
    expect(res.body.responses![0]).toMatchObject({ status: 429, headers: { 'Retry-After': '3' } });
    await fetch(`${emulator.identityUrl}/_emulator/faults`, { method: 'DELETE' });
  });

  it('preflight allows the headers the Graph SDK sends', async () => {
    const res = await fetch(`${emulator.graphUrl}/v1.0/me`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Method': 'GET' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-headers')).toContain('ConsistencyLevel');
  });
});
