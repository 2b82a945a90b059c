/**
 * Keeps the console's writes under Graph's identity & access write limit (3,000 writes per 150 s per
 * app + tenant, ≈ 20/s): a token bucket that allows a burst, then the sustained rate. After a 429 it
 * holds every write until the Retry-After has passed, so the next ones are not throttled too.
 */
import { abortableSleep } from './retry-middleware';

export interface WritePacerOptions {
  /** Writes allowed per window (Graph: 3,000). */
  writes?: number;
  /** The window in seconds (Graph: 150). */
  windowSeconds?: number;
  /**
   * Writes that may go out at once before the sustained rate applies. Half the window's budget by
   * default: one bulk operation never takes the whole budget other admins of the tenant share.
   */
  burst?: number;
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export const GRAPH_WRITE_LIMIT = { writes: 3000, windowSeconds: 150 } as const;

export class WritePacer {
  readonly #capacity: number;
  readonly #perMs: number;
  readonly #now: () => number;
  readonly #sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  #tokens: number;
  #last: number;
  #holdUntil = 0;
  /** Takers wait in line, so a large request is not starved by small ones. */
  #queue: Promise<void> = Promise.resolve();

  constructor(options: WritePacerOptions = {}) {
    const writes = options.writes ?? GRAPH_WRITE_LIMIT.writes;
    const windowSeconds = options.windowSeconds ?? GRAPH_WRITE_LIMIT.windowSeconds;
    this.#capacity = Math.max(1, options.burst ?? Math.floor(writes / 2));
    this.#perMs = writes / (windowSeconds * 1000);
    this.#now = options.now ?? Date.now;
    this.#sleep = options.sleep ?? abortableSleep;
    this.#tokens = this.#capacity;
    this.#last = this.#now();
  }

  /** Writes per second at the sustained rate. */
  get ratePerSecond(): number {
    return this.#perMs * 1000;
  }

  /** Resolves when `count` writes may be sent (count is capped at the burst size). */
  take(count: number, signal?: AbortSignal): Promise<void> {
    const turn = this.#queue.then(() => this.#takeNow(Math.min(count, this.#capacity), signal));
    this.#queue = turn.catch(() => undefined);
    return turn;
  }

  /** Graph answered 429: no write goes out for `seconds`, and the burst allowance is spent. */
  hold(seconds: number): void {
    this.#refill();
    this.#tokens = 0;
    this.#holdUntil = Math.max(this.#holdUntil, this.#now() + seconds * 1000);
  }

  #refill(): void {
    const now = this.#now();
    this.#tokens = Math.min(this.#capacity, this.#tokens + Math.max(0, now - this.#last) * this.#perMs);
    this.#last = now;
  }

  async #takeNow(count: number, signal?: AbortSignal): Promise<void> {
    for (;;) {
      signal?.throwIfAborted();
      const held = this.#holdUntil - this.#now();
      if (held > 0) {
        await this.#sleep(held, signal);
        continue;
      }
      this.#refill();
      if (this.#tokens >= count) {
        this.#tokens -= count;
        return;
      }
      await this.#sleep(Math.ceil((count - this.#tokens) / this.#perMs), signal);
    }
  }
}

let shared: WritePacer | undefined;

/**
 * The page's one pacer: Graph counts writes per app + tenant, so every bulk change in this tab draws
 * from the same budget.
 */
export function sharedWritePacer(): WritePacer {
  return (shared ??= new WritePacer());
}
