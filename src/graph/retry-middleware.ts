import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { parseRetryAfter } from './graph-error';
import { headersOf } from './request-context';

export interface RetryPolicy {
  /** Retries after the first attempt. */
  maxRetries: number;
  /** A Retry-After longer than this is not waited for: the error goes to the screen instead. */
  maxDelaySeconds: number;
  /** Delay for the first retry when the response has no Retry-After; doubles each time. */
  baseDelaySeconds: number;
  sleep: (ms: number, signal?: AbortSignal | null) => Promise<void>;
}

const RETRY_STATUSES = new Set([429, 503, 504]);

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
  sleep: abortableSleep,
};

/**
 * Retries throttled / unavailable responses, honouring Retry-After, within a bounded budget. A GET that
 * got no answer at all (dropped connection) is retried too; a write never is, since it may have been applied.
 */
export class GraphRetryMiddleware implements Middleware {
  private next?: Middleware;
  private readonly policy: RetryPolicy;

  constructor(policy: Partial<RetryPolicy> = {}) {
    this.policy = { ...DEFAULT_RETRY_POLICY, ...policy };
  }

  async execute(context: Context): Promise<void> {
    if (!this.next) throw new Error('GraphRetryMiddleware must not be the last middleware.');
    for (let attempt = 0; ; attempt++) {
      try {
        await this.next.execute(context);
      } catch (error) {
        const method = (context.options?.method ?? 'GET').toUpperCase();
        if (!isNetworkFailure(error) || method !== 'GET' || attempt >= this.policy.maxRetries || context.options?.signal?.aborted) throw error;
        await this.policy.sleep(this.policy.baseDelaySeconds * 2 ** attempt * 1000, context.options?.signal);
        headersOf(context).set('Retry-Attempt', String(attempt + 1));
        continue;
      }
      const response = context.response;
      if (!response || !RETRY_STATUSES.has(response.status) || attempt >= this.policy.maxRetries) return;
      const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
      const delay = retryAfter ?? this.policy.baseDelaySeconds * 2 ** attempt;
      if (delay > this.policy.maxDelaySeconds) return;
      await this.policy.sleep(delay * 1000, context.options?.signal);
      headersOf(context).set('Retry-Attempt', String(attempt + 1));
    }
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}
