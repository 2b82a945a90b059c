import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { parseRetryAfter } from './graph-error';
import { headersOf } from './request-context';

export interface RetryPolicy {
  /** Retries after the first attempt. */
  maxRetries: number;
  /** A Retry-After longer than this is not waited for: the error goes to the screen instead. */
  maxDelaySeconds: number;
  /** Delay for the first retry when the response has no readable Retry-After; doubles each time. */
  baseDelaySeconds: number;
  /** The backoff without Retry-After never waits longer than this for one retry. */
  maxBackoffSeconds: number;
  sleep: (ms: number, signal?: AbortSignal | null) => Promise<void>;
  /** A number in [0, 1) for jitter; tests pin it. */
  random: () => number;
}

/** What one request tells the retry middleware beyond its method (set on the context by the client). */
export interface RetryHints {
  /**
   * Resending is known to be safe although the method is POST, e.g. a `$batch` whose items are all
   * reads or deletes.
   */
  idempotent?: boolean;
  /** Overrides the policy's retries for this request (0: the caller handles 429 itself, e.g. the reports pacer). */
  maxRetries?: number;
}

export interface RetryContext extends Context {
  retryHints?: RetryHints;
}

/**
 * 429 (throttled) and 503 (unavailable) mean the request was not processed: any method may be resent.
 * 504 (gateway timeout) means the gateway gave up waiting, and the request may well have been applied
 * behind it: only a request that is safe to repeat is resent.
 */
const NOT_PROCESSED = new Set([429, 503]);
const GATEWAY_TIMEOUT = 504;

/**
 * GET, PUT and DELETE are idempotent (RFC 9110 §9.2.2). A DELETE that was applied behind a 504 answers
 * 404 when resent; the change layer re-reads the object and records "already done" (or "succeeded"
 * once the re-read no longer finds it), so resending it never does harm. POST and PATCH are not resent:
 * a second POST may create a duplicate (409 at best), and a PATCH may overwrite a change made since.
 */
const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);

export function methodOf(context: Context): string {
  return (context.options?.method ?? 'GET').toUpperCase();
}

export function isIdempotent(context: RetryContext): boolean {
  return context.retryHints?.idempotent === true || IDEMPOTENT_METHODS.has(methodOf(context));
}

/** Whether a response with this status may be resent for this request. */
export function isRetryableStatus(status: number, context: RetryContext): boolean {
  if (NOT_PROCESSED.has(status)) return true;
  return status === GATEWAY_TIMEOUT && isIdempotent(context);
}

/** A non-idempotent request answered 504: it may or may not have been applied. */
export function isOutcomeUnknown(status: number, method: string, idempotent = false): boolean {
  return status === GATEWAY_TIMEOUT && !idempotent && !IDEMPOTENT_METHODS.has(method.toUpperCase());
}

/** fetch() rejects with a TypeError when the request never got an answer (offline, connection dropped). */
export function isNetworkFailure(error: unknown): boolean {
  return error instanceof TypeError;
}

export function abortableSleep(ms: number, signal?: AbortSignal | null): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxRetries: 3,
  maxDelaySeconds: 30,
  baseDelaySeconds: 1,
  maxBackoffSeconds: 8,
  sleep: abortableSleep,
  random: Math.random,
};

/**
 * Seconds before retry `attempt` (0-based) when the server said nothing readable: exponential, capped,
 * with "equal jitter" (half fixed, half random) so that the tabs and requests throttled together do
 * not all come back in the same instant.
 */
export function backoffSeconds(attempt: number, policy: Pick<RetryPolicy, 'baseDelaySeconds' | 'maxBackoffSeconds' | 'random'>): number {
  const ceiling = Math.min(policy.maxBackoffSeconds, policy.baseDelaySeconds * 2 ** attempt);
  return ceiling / 2 + (ceiling / 2) * policy.random();
}

/**
 * Retries throttled / unavailable responses within a bounded budget. A Retry-After is honoured when the
 * browser can read it; Graph's CORS headers are not documented to expose it (a public report says they
 * do not), so without it the wait is a bounded exponential backoff with jitter. A request that got no
 * answer at all (dropped connection) is resent only if it is a GET; a write may have been applied.
 */
export class GraphRetryMiddleware implements Middleware {
  private next?: Middleware;
  private readonly policy: RetryPolicy;

  constructor(policy: Partial<RetryPolicy> = {}) {
    this.policy = { ...DEFAULT_RETRY_POLICY, ...policy };
  }

  async execute(context: RetryContext): Promise<void> {
    if (!this.next) throw new Error('GraphRetryMiddleware must not be the last middleware.');
    const maxRetries = context.retryHints?.maxRetries ?? this.policy.maxRetries;
    const signal = context.options?.signal;
    for (let attempt = 0; ; attempt++) {
      try {
        await this.next.execute(context);
      } catch (error) {
        if (!isNetworkFailure(error) || methodOf(context) !== 'GET' || attempt >= maxRetries || signal?.aborted) throw error;
        await this.policy.sleep(backoffSeconds(attempt, this.policy) * 1000, signal);
        headersOf(context).set('Retry-Attempt', String(attempt + 1));
        continue;
      }
      const response = context.response;
      if (!response || !isRetryableStatus(response.status, context) || attempt >= maxRetries) return;
      const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
      if (retryAfter !== undefined && retryAfter > this.policy.maxDelaySeconds) return;
      const delay = retryAfter ?? backoffSeconds(attempt, this.policy);
      await this.policy.sleep(delay * 1000, signal);
      headersOf(context).set('Retry-Attempt', String(attempt + 1));
    }
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}
