import { describe, expect, it, vi } from 'vitest';
import { createGraphClient } from './graph-client';
import { GraphError } from './graph-error';
import { fakeTransport, jsonResponse } from '../test-support/fake-transport';

const GRAPH = 'http://localhost:4011';

class FakeConsentRequired extends Error {}

describe('Graph client auth middleware', () => {
  it('asks for a token for exactly the declared scopes and sends it to the Graph origin', async () => {
    const getToken = vi.fn(async (scopes: readonly string[]) => `token-for-${scopes.join('+')}`);
    const transport = fakeTransport(() => jsonResponse({ id: 'me' }));
    const graph = createGraphClient({ graphBaseUrl: GRAPH, getToken, transport });

    const me = await graph.request<{ id: string }>('/me', { scopes: ['User.Read'] });

    expect(me.id).toBe('me');
    expect(getToken).toHaveBeenCalledWith(['User.Read']);
    expect(transport.requests[0]!.url).toBe(`${GRAPH}/v1.0/me`);
    expect(transport.requests[0]!.headers.get('Authorization')).toBe('Bearer token-for-User.Read');
    expect(transport.requests[0]!.headers.get('client-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('never attaches a token to another origin, even on the same host', async () => {
    const getToken = vi.fn(async () => 'secret');
    const transport = fakeTransport(() => jsonResponse({ value: [] }));
    const graph = createGraphClient({ graphBaseUrl: GRAPH, getToken, transport });

    await graph.request('http://localhost:9999/v1.0/users', {
      scopes: ['User.Read'],
      headers: { Authorization: 'Bearer smuggled' },
    });
    await graph.request('https://evil.example/v1.0/users', { scopes: ['User.Read'] });

    expect(getToken).not.toHaveBeenCalled();
    for (const request of transport.requests) expect(request.headers.has('Authorization')).toBe(false);
  });

  it('refuses a Graph request that declares no scopes', async () => {
    const graph = createGraphClient({
      graphBaseUrl: GRAPH,
      getToken: async () => 't',
      transport: fakeTransport(() => jsonResponse({})),
    });
    await expect(graph.request('/me', { scopes: [] })).rejects.toThrow(/declare the scopes/);
  });

  it('passes the token provider error (consent required) through without sending the request', async () => {
    const transport = fakeTransport(() => jsonResponse({}));
    const graph = createGraphClient({
      graphBaseUrl: GRAPH,
      getToken: async () => {
        throw new FakeConsentRequired('consent');
      },
      transport,
    });
    await expect(graph.request('/servicePrincipals', { scopes: ['Application.Read.All'] })).rejects.toBeInstanceOf(FakeConsentRequired);
    expect(transport.requests).toHaveLength(0);
  });

  it('turns a failed response into a GraphError', async () => {
    const graph = createGraphClient({
      graphBaseUrl: GRAPH,
      getToken: async () => 't',
      transport: fakeTransport(() =>
        jsonResponse({ error: { code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' } }, 403),
      ),
    });
    const error = await graph.request('/users', { scopes: ['User.Read'] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphError);
    expect((error as GraphError).code).toBe('Authorization_RequestDenied');
  });
});

describe('Graph client retry', () => {
  it('waits for Retry-After on 429 and then succeeds', async () => {
    const sleep = vi.fn(async () => undefined);
    let calls = 0;
    const transport = fakeTransport(() =>
      ++calls === 1 ? jsonResponse({ error: { code: 'TooManyRequests', message: 'slow down' } }, 429, { 'Retry-After': '3' }) : jsonResponse({ ok: true }),
    );
    const graph = createGraphClient({ graphBaseUrl: GRAPH, getToken: async () => 't', transport, retry: { sleep } });

    await expect(graph.request('/me', { scopes: ['User.Read'] })).resolves.toEqual({ ok: true });
    expect(sleep).toHaveBeenCalledTimes(1);
    expect(sleep).toHaveBeenCalledWith(3000, undefined);
    expect(transport.requests[1]!.headers.get('Retry-Attempt')).toBe('1');
  });

  it('gives up after the retry budget and reports the throttling error', async () => {
    const sleep = vi.fn(async () => undefined);
    const transport = fakeTransport(() => jsonResponse({ error: { code: 'TooManyRequests', message: 'no' } }, 429, { 'Retry-After': '1' }));
    const graph = createGraphClient({ graphBaseUrl: GRAPH, getToken: async () => 't', transport, retry: { sleep, maxRetries: 2 } });

    const error = (await graph.request('/me', { scopes: ['User.Read'] }).catch((e: unknown) => e)) as GraphError;
    expect(error.status).toBe(429);
    expect(error.retryAfterSeconds).toBe(1);
    expect(transport.requests).toHaveLength(3);
    expect(sleep).toHaveBeenCalledTimes(2);
  });

  it('does not wait for a Retry-After beyond the bound', async () => {
    const sleep = vi.fn(async () => undefined);
    const transport = fakeTransport(() => jsonResponse({}, 503, { 'Retry-After': '600' }));
    const graph = createGraphClient({ graphBaseUrl: GRAPH, getToken: async () => 't', transport, retry: { sleep, maxDelaySeconds: 30 } });

    await expect(graph.request('/me', { scopes: ['User.Read'] })).rejects.toMatchObject({ status: 503 });
    expect(sleep).not.toHaveBeenCalled();
    expect(transport.requests).toHaveLength(1);
  });

  it('does not retry other failures', async () => {
    const sleep = vi.fn(async () => undefined);
    const transport = fakeTransport(() => jsonResponse({}, 404));
    const graph = createGraphClient({ graphBaseUrl: GRAPH, getToken: async () => 't', transport, retry: { sleep } });
    await expect(graph.request('/me', { scopes: ['User.Read'] })).rejects.toMatchObject({ status: 404 });
    expect(transport.requests).toHaveLength(1);
  });
});

describe('abortable sleep', () => {
  it('rejects when the request is cancelled while waiting', async () => {
    const { abortableSleep } = await import('./retry-middleware');
    const controller = new AbortController();
    const waiting = abortableSleep(60_000, controller.signal);
    controller.abort(new Error('cancelled'));
    await expect(waiting).rejects.toThrow('cancelled');
    await expect(abortableSleep(1)).resolves.toBeUndefined();
  });
});

describe('Graph client when no answer arrives', () => {
  const noSleep = { sleep: async () => {} };

  it('retries a GET whose connection dropped, then succeeds', async () => {
    let calls = 0;
    const transport = fakeTransport(() => {
      calls++;
      if (calls < 3) throw new TypeError('Failed to fetch');
      return jsonResponse({ id: 'me' });
    });
    const graph = createGraphClient({ graphBaseUrl: GRAPH, getToken: async () => 't', transport, retry: noSleep });
    await expect(graph.request('/me', { scopes: ['User.Read'] })).resolves.toEqual({ id: 'me' });
    expect(transport.requests).toHaveLength(3);
    expect(transport.requests[2]!.headers.get('Retry-Attempt')).toBe('2');
  });

  it('never resends a write that got no answer, and says the outcome is unknown', async () => {
    const transport = fakeTransport(() => {
      throw new TypeError('Failed to fetch');
    });
    const graph = createGraphClient({ graphBaseUrl: GRAPH, getToken: async () => 't', transport, retry: noSleep });
    const error = await graph.request('/oauth2PermissionGrants/x', { scopes: ['s'], method: 'DELETE' }).catch((e: unknown) => e);
    expect(transport.requests).toHaveLength(1);
    expect(error).toBeInstanceOf(GraphError);
    expect((error as GraphError).status).toBe(0);
    expect((error as GraphError).message).toMatch(/unknown until the data is read again/);
  });

  it('gives up on a GET after the retry budget with a status-0 GraphError', async () => {
    const transport = fakeTransport(() => {
      throw new TypeError('Failed to fetch');
    });
    const graph = createGraphClient({ graphBaseUrl: GRAPH, getToken: async () => 't', transport, retry: noSleep });
    const error = await graph.request('/me', { scopes: ['User.Read'] }).catch((e: unknown) => e);
    expect(transport.requests).toHaveLength(4);
    expect(error).toMatchObject({ status: 0, code: expect.stringMatching(/networkError|offline/) });
  });
});

describe('Graph client retry by method (504 may have been applied)', () => {
  const timeout = () => jsonResponse({ error: { code: 'GatewayTimeout', message: 'The gateway timed out.' } }, 504);
  const flaky = () => {
    let calls = 0;
    return fakeTransport(() => (++calls === 1 ? timeout() : jsonResponse({ id: 'x' }, 200)));
  };
  const client = (transport: ReturnType<typeof fakeTransport>) =>
    createGraphClient({ graphBaseUrl: GRAPH, getToken: async () => 't', transport, retry: { sleep: async () => {}, random: () => 0 } });

  it('resends a GET, a PUT and a DELETE after 504', async () => {
    for (const method of ['GET', 'PUT', 'DELETE'] as const) {
      const transport = flaky();
      await expect(client(transport).request('/oauth2PermissionGrants/g1', { scopes: ['s'], method })).resolves.toEqual({ id: 'x' });
      expect(transport.requests).toHaveLength(2);
    }
  });

  it('never resends a POST or PATCH after 504, and says the outcome is unknown', async () => {
    for (const method of ['POST', 'PATCH'] as const) {
      const transport = flaky();
      const error = (await client(transport)
        .request('/oauth2PermissionGrants', { scopes: ['s'], method, body: {} })
        .catch((e: unknown) => e)) as GraphError;
      expect(transport.requests).toHaveLength(1);
      expect(error).toBeInstanceOf(GraphError);
      expect(error).toMatchObject({ status: 504, outcomeUnknown: true });
      expect(error.message).toMatch(/not sent again.*unknown until the data is read again/);
    }
  });

  it('resends a POST after 429 and 503: those were not processed', async () => {
    for (const status of [429, 503]) {
      let calls = 0;
      const transport = fakeTransport(() => (++calls === 1 ? jsonResponse({}, status) : jsonResponse({ id: 'new' }, 201)));
      await expect(client(transport).request('/oauth2PermissionGrants', { scopes: ['s'], method: 'POST', body: {} })).resolves.toEqual({ id: 'new' });
      expect(transport.requests).toHaveLength(2);
    }
  });

  it('resends a POST marked idempotent (a $batch of reads) after 504', async () => {
    const transport = flaky();
    await client(transport).request('/$batch', { scopes: ['s'], method: 'POST', body: {}, idempotent: true });
    expect(transport.requests).toHaveLength(2);
  });

  it('honours a per-request retry budget of 0', async () => {
    const transport = fakeTransport(() => jsonResponse({}, 429));
    await expect(client(transport).request('/auditLogs/directoryAudits', { scopes: ['s'], maxRetries: 0 })).rejects.toMatchObject({ status: 429 });
    expect(transport.requests).toHaveLength(1);
  });
});

describe('Graph client backoff without a readable Retry-After (not exposed by CORS)', () => {
  it('waits a bounded exponential backoff with jitter', async () => {
    const waits: number[] = [];
    const transport = fakeTransport(() => jsonResponse({ error: { code: 'TooManyRequests', message: 'slow' } }, 429));
    const graph = createGraphClient({
      graphBaseUrl: GRAPH,
      getToken: async () => 't',
      transport,
      retry: { maxRetries: 5, baseDelaySeconds: 1, maxBackoffSeconds: 8, random: () => 0.5, sleep: async (ms) => void waits.push(ms) },
    });
    await expect(graph.request('/me', { scopes: ['User.Read'] })).rejects.toMatchObject({ status: 429 });
    // ceiling 1, 2, 4, 8, 8 s; half fixed + half × 0.5 random = 75 % of the ceiling
    expect(waits).toEqual([750, 1500, 3000, 6000, 6000]);
  });

  it('spreads the waits of requests throttled together', async () => {
    const { backoffSeconds, DEFAULT_RETRY_POLICY } = await import('./retry-middleware');
    const low = backoffSeconds(2, { ...DEFAULT_RETRY_POLICY, random: () => 0 });
    const high = backoffSeconds(2, { ...DEFAULT_RETRY_POLICY, random: () => 0.999 });
    expect(low).toBe(2);
    expect(high).toBeGreaterThan(3.9);
    expect(high).toBeLessThanOrEqual(4);
  });
});
