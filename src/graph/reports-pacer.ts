/**
 * Keeps the console under the reports limit of Microsoft Graph's identity and access reports service
 * (directory audits, sign-ins): 5 requests per 10 s per app and tenant (concepts/throttling-limits,
 * "Identity and access reports service limits"). A sliding window: a request goes out only when fewer
 * than 5 went out in the last 10 s. After a 429 no report request goes out for the window (or the
 * Retry-After, when the browser can read it), so the retry is not throttled too.
 *
 * The limit is per app, so other tabs of the console share it; a tab cannot see their requests, and
 * the retry on 429 covers the difference.
 */
import type { GraphClient, GraphRequestInit } from './graph-client';
import { GraphError } from './graph-error';
import type { GraphPage } from './paging';
import { abortableSleep } from './retry-middleware';

export const REPORTS_LIMIT = { requests: 5, windowSeconds: 10 } as const;

/** A little more than the window: the service's clock and ours do not start windows together. */
const MARGIN_MS = 250;

export interface ReportsPacerOptions {
  requests?: number;
  windowSeconds?: number;
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export class ReportsPacer {
  readonly #requests: number;
  readonly #windowMs: number;
  readonly #now: () => number;
  readonly #sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** When each of the last requests went out, oldest first. */
  #sent: number[] = [];
  #holdUntil = 0;
  #queue: Promise<void> = Promise.resolve();

  constructor(options: ReportsPacerOptions = {}) {
    this.#requests = options.requests ?? REPORTS_LIMIT.requests;
    this.#windowMs = (options.windowSeconds ?? REPORTS_LIMIT.windowSeconds) * 1000 + MARGIN_MS;
    this.#now = options.now ?? Date.now;
    this.#sleep = options.sleep ?? abortableSleep;
  }

  get windowSeconds(): number {
    return this.#windowMs / 1000;
  }

  /** Resolves when one more request may go out (and counts it as sent). Callers wait in line. */
  take(signal?: AbortSignal): Promise<void> {
    const turn = this.#queue.then(() => this.#takeNow(signal));
    this.#queue = turn.catch(() => undefined);
    return turn;
  }

  /** The service answered 429: nothing goes out for `seconds`. */
  hold(seconds: number): void {
    this.#holdUntil = Math.max(this.#holdUntil, this.#now() + seconds * 1000);
  }

  async #takeNow(signal?: AbortSignal): Promise<void> {
    for (;;) {
      signal?.throwIfAborted();
      const now = this.#now();
      const held = this.#holdUntil - now;
      if (held > 0) {
        await this.#sleep(held, signal);
        continue;
      }
      this.#sent = this.#sent.filter((at) => now - at < this.#windowMs);
      if (this.#sent.length < this.#requests) {
        this.#sent.push(now);
        return;
      }
      await this.#sleep(this.#sent[0]! + this.#windowMs - now, signal);
    }
  }
}

let shared: ReportsPacer | undefined;

/** The page's one reports pacer: the limit counts every auditLogs read of this app. */
export function sharedReportsPacer(): ReportsPacer {
  return (shared ??= new ReportsPacer());
}

export interface PacedOptions {
  pacer?: ReportsPacer;
  /** Times one request is sent again after a 429. */
  maxThrottleRetries?: number;
}

const isThrottled = (error: unknown): error is GraphError => error instanceof GraphError && error.status === 429;

/**
 * A Graph client for the reports endpoints: every request (each page too) waits for the pacer, and a
 * 429 holds the pacer for the Retry-After if readable, else a whole window, then is sent again. The
 * client's own retry is off for these requests, so a throttled request is not resent within the window.
 */
export function pacedReportsClient(graph: GraphClient, { pacer = sharedReportsPacer(), maxThrottleRetries = 3 }: PacedOptions = {}): GraphClient {
  async function paced<T>(signal: AbortSignal | undefined, send: () => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      await pacer.take(signal);
      try {
        return await send();
      } catch (error) {
        if (!isThrottled(error) || attempt >= maxThrottleRetries) throw error;
        pacer.hold(error.retryAfterSeconds ?? pacer.windowSeconds);
      }
    }
  }
  const requestPage = graph.requestPage?.bind(graph);
  return {
    baseUrl: graph.baseUrl,
    request: <T>(pathOrUrl: string, init: GraphRequestInit) => paced(init.signal, () => graph.request<T>(pathOrUrl, { ...init, maxRetries: 0 })),
    ...(requestPage
      ? {
          requestPage: <T>(pathOrUrl: string, init: Omit<GraphRequestInit, 'method' | 'body'>, onNextLink: (link: string | undefined) => void) =>
            paced<GraphPage<T>>(init.signal, () => requestPage<T>(pathOrUrl, { ...init, maxRetries: 0 }, onNextLink)),
        }
      : {}),
  };
}
