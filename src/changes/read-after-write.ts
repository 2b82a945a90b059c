/**
 * Directory writes are eventually consistent: a read right after a write may not see it (404 right after
 * a create, a deleted grant still readable for a while). The change layer confirms a write by reading
 * again with a short bounded backoff, and reads once more before concluding from a 404 that an object
 * is gone. Microsoft documents the delay, not its length; ~15 s covers what admins usually meet, and
 * a write still not visible after that is reported as such, never as done.
 */
import { abortableSleep } from '../graph/retry-middleware';

export interface ReadAfterWritePolicy {
  /** Waits between reads that confirm a write; their sum is the budget. */
  confirmDelaysMs: readonly number[];
  /** Wait before the second read when the first one found nothing. */
  recheckDelayMs: number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export const READ_AFTER_WRITE: ReadAfterWritePolicy = {
  // 0.5 + 1 + 2 + 4 + 4 + 3.5 = 15 s
  confirmDelaysMs: [500, 1000, 2000, 4000, 4000, 3500],
  recheckDelayMs: 1000,
  sleep: abortableSleep,
};

export type Visibility = 'visible' | 'not-yet-visible';

/**
 * Reads (`seen`) until the write shows, at once and then after each delay. A read that fails, or a
 * cancel while waiting, ends the wait: the write itself was answered with success, only its
 * visibility is unconfirmed.
 */
export async function confirmWrite(seen: () => Promise<boolean>, policy: ReadAfterWritePolicy, signal?: AbortSignal): Promise<Visibility> {
  for (let attempt = 0; ; attempt++) {
    try {
      if (await seen()) return 'visible';
    } catch {
      return 'not-yet-visible';
    }
    const delay = policy.confirmDelaysMs[attempt];
    if (delay === undefined || signal?.aborted) return 'not-yet-visible';
    try {
      await policy.sleep(delay, signal);
    } catch {
      return 'not-yet-visible';
    }
    if (signal?.aborted) return 'not-yet-visible';
  }
}

/** Reads; when the read finds nothing, waits and reads once more (a just-created object may 404). */
export async function readTwiceIfMissing<T>(read: () => Promise<T | null | undefined>, policy: ReadAfterWritePolicy, signal?: AbortSignal): Promise<T | null> {
  const first = await read();
  if (first) return first;
  await policy.sleep(policy.recheckDelayMs, signal);
  return (await read()) ?? null;
}
