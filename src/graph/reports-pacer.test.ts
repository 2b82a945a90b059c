import { describe, expect, it } from 'vitest';
import { createGraphClient } from './graph-client';
import { pacedReportsClient, ReportsPacer } from './reports-pacer';
import { fakeTransport, jsonResponse } from '../test-support/fake-transport';

/** A pacer on a fake clock: sleeping moves the clock. */
function fakeClock() {
  let now = 0;
  const sent: number[] = [];
  const pacer = new ReportsPacer({ now: () => now, sleep: async (ms) => void (now += ms) });
  return { pacer, sent, now: () => now };
}

describe('reports pacer (concepts/throttling-limits: identity and access reports, 5 requests per 10 s per app)', () => {
  it('lets 5 requests out at once, then one more only when the oldest leaves the 10 s window', async () => {
    const clock = fakeClock();
    for (let i = 0; i < 7; i++) {
      await clock.pacer.take();
      clock.sent.push(clock.now());
    }
    expect(clock.sent.slice(0, 5)).toEqual([0, 0, 0, 0, 0]);
    expect(clock.sent[5]).toBeGreaterThanOrEqual(10_000);
    expect(clock.sent[6]).toBe(clock.sent[5]);
    // never more than 5 in any 10 s
    for (let i = 5; i < clock.sent.length; i++) expect(clock.sent[i]! - clock.sent[i - 5]!).toBeGreaterThanOrEqual(10_000);
  });

  it('holds every request after a 429', async () => {
    const clock = fakeClock();
    clock.pacer.hold(3);
    await clock.pacer.take();
    expect(clock.now()).toBe(3000);
  });

  it('gives up when cancelled while waiting', async () => {
    const pacer = new ReportsPacer({ requests: 1 });
    await pacer.take();
    const controller = new AbortController();
    const waiting = pacer.take(controller.signal);
    controller.abort(new Error('cancelled'));
    await expect(waiting).rejects.toThrow('cancelled');
  });

  it('paces a client: a 6th request in the window waits, and a 429 after the retries reaches the caller', async () => {
    const clock = fakeClock();
    const transport = fakeTransport(() => jsonResponse({ error: { code: 'TooManyRequests', message: 'slow' } }, 429));
    const graph = pacedReportsClient(createGraphClient({ graphBaseUrl: 'http://localhost:4011', getToken: async () => 't', transport }), {
      pacer: clock.pacer,
      maxThrottleRetries: 2,
    });
    await expect(graph.request('/auditLogs/directoryAudits', { scopes: ['AuditLog.Read.All'] })).rejects.toMatchObject({ status: 429 });
    expect(transport.requests).toHaveLength(3);
    expect(clock.now()).toBeGreaterThanOrEqual(20_000);
  });
});
