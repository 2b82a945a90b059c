import { describe, expect, it, vi } from 'vitest';
import { batch, chunk, itemRetryDelay, MAX_BATCH_SIZE, type BatchResult } from './batch';
import { GraphError } from './graph-error';
import { DEFAULT_RETRY_POLICY } from './retry-middleware';
import { createGraphClient } from './graph-client';
import { fakeTransport, jsonResponse } from '../test-support/fake-transport';

const GRAPH = 'http://localhost:4011';

interface SentBatch {
  requests: { id: string; method: string; url: string }[];
}

describe('$batch helper', () => {
  it('splits into batches of at most 20 and returns one result per request, in order', async () => {
    const transport = fakeTransport((request) => {
      const sent = JSON.parse(request.body!) as SentBatch;
      // Answer in reverse order, as Graph may.
      return jsonResponse({
        responses: [...sent.requests].reverse().map((r) => ({
          id: r.id,
          status: r.url.includes('missing') ? 404 : 200,
          headers: { 'Content-Type': 'application/json' },
          body: r.url.includes('missing') ? { error: { code: 'Request_ResourceNotFound', message: 'gone' } } : { url: r.url },
        })),
      });
    });
    const graph = createGraphClient({ graphBaseUrl: GRAPH, getToken: async () => 't', transport });
    const requests = Array.from({ length: 45 }, (_, i) => ({ url: i === 7 ? '/users/missing' : `/users/${i}` }));

    const results = await batch<{ url: string }>(graph, requests, { scopes: ['User.Read.All'] });

    expect(transport.requests).toHaveLength(3);
    expect(transport.requests.map((r) => (JSON.parse(r.body!) as SentBatch).requests.length)).toEqual([20, 20, 5]);
    expect(transport.requests[0]!.url).toBe(`${GRAPH}/v1.0/$batch`);
    expect(results).toHaveLength(45);
    expect(results[3]).toMatchObject({ id: '3', ok: true, body: { url: '/users/3' } });
    const failed = results[7]!;
    expect(failed.ok).toBe(false);
    if (!failed.ok) expect(failed.error).toMatchObject({ status: 404, code: 'Request_ResourceNotFound' });
  });

  it('retries only the items throttled on their own, after their Retry-After', async () => {
    const sleep = vi.fn(async () => undefined);
    let round = 0;
    const transport = fakeTransport((request) => {
      const sent = JSON.parse(request.body!) as SentBatch;
      round++;
      return jsonResponse({
        responses: sent.requests.map((r) =>
          round === 1 && r.id === 'b'
            ? { id: r.id, status: 429, headers: { 'Retry-After': '2' }, body: { error: { code: 'TooManyRequests', message: 'x' } } }
            : { id: r.id, status: 200, body: { id: r.id, round } },
        ),
      });
    });
    const graph = createGraphClient({ graphBaseUrl: GRAPH, getToken: async () => 't', transport });

    const sent: string[][] = [];
    const throttled: [number, number][] = [];
    const results = await batch(
      graph,
      [
        { id: 'a', url: '/a' },
        { id: 'b', url: '/b' },
      ],
      {
        scopes: ['x'],
        retry: { sleep },
        beforeSend: (requests) => void sent.push(requests.map((r) => r.id!)),
        onThrottled: (count, seconds) => void throttled.push([count, seconds]),
      },
    );

    expect(sleep).toHaveBeenCalledWith(2000, undefined);
    // The hooks see every call, the re-sent one included: the change engine paces and counts its writes with them.
    expect(sent).toEqual([['a', 'b'], ['b']]);
    expect(throttled).toEqual([[1, 2]]);
    expect(transport.requests).toHaveLength(2);
    expect((JSON.parse(transport.requests[1]!.body!) as SentBatch).requests.map((r) => r.id)).toEqual(['b']);
    expect(results.map((r) => r.ok && r.body)).toEqual([
      { id: 'a', round: 1 },
      { id: 'b', round: 2 },
    ]);
  });

  it('chunks', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(MAX_BATCH_SIZE).toBe(20);
  });
});

describe('$batch resending', () => {
  it('resends a $batch of reads or deletes after 504, but not one that creates', async () => {
    const { isIdempotentBatch } = await import('./batch');
    expect(isIdempotentBatch([{ url: '/a' }, { method: 'DELETE', url: '/b' }])).toBe(true);
    expect(isIdempotentBatch([{ url: '/a' }, { method: 'POST', url: '/b', body: {} }])).toBe(false);
  });

  it('waits for the Retry-After an item carries in its JSON headers', async () => {
    const sleep = vi.fn(async () => undefined);
    let calls = 0;
    const transport = fakeTransport((request) => {
      const sent = JSON.parse(request.body!) as SentBatch;
      calls++;
      return jsonResponse({
        responses: sent.requests.map((r) =>
          calls === 1
            ? { id: r.id, status: 429, headers: { 'Retry-After': '7' }, body: { error: { code: 'TooManyRequests', message: 'slow' } } }
            : { id: r.id, status: 200, body: {} },
        ),
      });
    });
    const graph = createGraphClient({ graphBaseUrl: GRAPH, getToken: async () => 't', transport });
    const results = await batch(graph, [{ url: '/users/1' }], { scopes: ['User.Read.All'], retry: { sleep } });
    expect(results[0]!.ok).toBe(true);
    expect(sleep).toHaveBeenCalledWith(7000, undefined);
  });
});

describe('itemRetryDelay', () => {
  const failed = (status: number, headers: Record<string, string> = {}): BatchResult<unknown> => ({
    id: '1',
    ok: false,
    status,
    headers,
    error: new GraphError({ status, code: 'x', message: 'x' }),
  });
  const policy = { ...DEFAULT_RETRY_POLICY, random: () => 0 };

  it('re-sends 429 and 503 after their Retry-After, a 504 only for a read, within the budget', () => {
    expect(itemRetryDelay(failed(429, { 'Retry-After': '4' }), { url: '/a', method: 'DELETE' }, 0, policy)).toBe(4);
    expect(itemRetryDelay(failed(503), { url: '/a' }, 0, policy)).toBe(0.5);
    expect(itemRetryDelay(failed(504), { url: '/a' }, 1, policy)).toBe(1);
    expect(itemRetryDelay(failed(504), { url: '/a', method: 'DELETE' }, 0, policy)).toBeUndefined();
    expect(itemRetryDelay(failed(500), { url: '/a' }, 0, policy)).toBeUndefined();
    expect(itemRetryDelay(failed(429, { 'Retry-After': '4' }), { url: '/a' }, 3, policy)).toBeUndefined();
    expect(itemRetryDelay(failed(429, { 'Retry-After': '31' }), { url: '/a' }, 0, policy)).toBeUndefined();
  });
});
