import { describe, expect, it } from 'vitest';
import { WritePacer } from './write-pacer';

/** A pacer on a fake clock: sleeping moves the clock, and every sleep is recorded. */
function pacerOnFakeClock(options: { writes: number; windowSeconds: number; burst: number }) {
  let now = 0;
  const sleeps: number[] = [];
  const pacer = new WritePacer({
    ...options,
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
  });
  return { pacer, sleeps, elapsed: () => now };
}

describe('WritePacer', () => {
  it('lets a burst through at once, then paces at the sustained rate (3,000 per 150 s = 20/s)', async () => {
    const { pacer, sleeps, elapsed } = pacerOnFakeClock({ writes: 3000, windowSeconds: 150, burst: 100 });
    expect(pacer.ratePerSecond).toBe(20);
    for (let i = 0; i < 5; i++) await pacer.take(20);
    expect(sleeps).toEqual([]);
    for (let i = 0; i < 5; i++) await pacer.take(20);
    // 100 more writes at 20/s: 5 s on the clock.
    expect(elapsed()).toBe(5000);
  });

  it('holds every write for the Retry-After of a 429, after which only what refilled meanwhile may go', async () => {
    const { pacer, elapsed } = pacerOnFakeClock({ writes: 3000, windowSeconds: 150, burst: 100 });
    pacer.hold(3);
    await pacer.take(20);
    expect(elapsed()).toBe(3000);
    // 3 s refilled 60 writes and 20 are spent: 80 more need 40 that refill in another 2 s.
    await pacer.take(80);
    expect(elapsed()).toBe(5000);
  });

  it('defaults to half the window budget as the burst', async () => {
    const { pacer, sleeps } = pacerOnFakeClock({ writes: 3000, windowSeconds: 150, burst: 1500 });
    for (let i = 0; i < 75; i++) await pacer.take(20);
    expect(sleeps).toEqual([]);
    expect(new WritePacer().ratePerSecond).toBe(20);
  });

  it('stops waiting when cancelled', async () => {
    const pacer = new WritePacer({ burst: 1 });
    const controller = new AbortController();
    controller.abort();
    await expect(pacer.take(1, controller.signal)).rejects.toThrow();
  });
});
