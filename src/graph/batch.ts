import type { GraphClient, GraphMethod } from './graph-client';
import { graphErrorFrom, parseRetryAfter, type GraphError } from './graph-error';
import { backoffSeconds, DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry-middleware';

/** Graph accepts at most 20 requests in one $batch. */
export const MAX_BATCH_SIZE = 20;

export interface BatchRequest {
  /** Unique within the call; defaults to the item's index. */
  id?: string;
  method?: GraphMethod;
  /** Relative to the version root, e.g. `/users/{id}/oauth2PermissionGrants`. */
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export type BatchResult<T> =
  | { id: string; ok: true; status: number; body: T; headers: Record<string, string> }
  | { id: string; ok: false; status: number; error: GraphError; headers: Record<string, string> };

interface BatchResponseItem {
  id: string;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface BatchOptions {
  /** The union of the scopes every item needs. */
  scopes: readonly string[];
  signal?: AbortSignal;
  /** Rounds of retrying items that came back 429/503 on their own; `sleep` waits out their Retry-After. */
  retry?: Partial<Pick<RetryPolicy, 'maxRetries' | 'maxDelaySeconds' | 'baseDelaySeconds' | 'maxBackoffSeconds' | 'sleep' | 'random'>>;
  /** Called before each $batch call goes out (a write pacer takes its items here; a counter counts calls). */
  beforeSend?: (requests: readonly BatchRequest[]) => Promise<void> | void;
  /** Called when items came back throttled and will be re-sent after `seconds`. */
  onThrottled?: (count: number, seconds: number) => void;
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

function headerLookup(headers: Record<string, string>) {
  const lower = new Map(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  return (name: string) => lower.get(name.toLowerCase());
}

function toResult<T>(item: BatchResponseItem): BatchResult<T> {
  const headers = item.headers ?? {};
  if (item.status >= 200 && item.status < 300) {
    return { id: item.id, ok: true, status: item.status, body: item.body as T, headers };
  }
  return { id: item.id, ok: false, status: item.status, error: graphErrorFrom(item.status, headerLookup(headers), item.body), headers };
}

/** A $batch is a POST, but resending one whose items are all reads or deletes is as safe as resending them. */
const SAFE_TO_RESEND = new Set<GraphMethod>(['GET', 'PUT', 'DELETE']);

export const isIdempotentBatch = (requests: readonly BatchRequest[]) => requests.every((r) => SAFE_TO_RESEND.has(r.method ?? 'GET'));

async function sendBatch(graph: GraphClient, requests: (BatchRequest & { id: string })[], options: BatchOptions) {
  await options.beforeSend?.(requests);
  const response = await graph.request<{ responses: BatchResponseItem[] }>('/$batch', {
    method: 'POST',
    scopes: options.scopes,
    signal: options.signal,
    idempotent: isIdempotentBatch(requests),
    body: {
      requests: requests.map((r) => ({
        id: r.id,
        method: r.method ?? 'GET',
        url: r.url,
        ...(r.body === undefined ? {} : { body: r.body, headers: { 'Content-Type': 'application/json', ...r.headers } }),
        ...(r.body === undefined && r.headers ? { headers: r.headers } : {}),
      })),
    },
  });
  return response.responses;
}

/**
 * Sends any number of requests in $batch calls of ≤ 20 and returns one result per request, in the
 * order given. This is the one place items are (re-)sent: reads and the change engine's bulk writes
 * both go through it. Items throttled on their own (429/503) are retried after their Retry-After, bounded: a
 * $batch item carries Retry-After in its JSON headers, which the browser can always read (the HTTP
 * response header may not be exposed by CORS). Without one, the wait is the jittered backoff.
 */
export async function batch<T = unknown>(graph: GraphClient, requests: readonly BatchRequest[], options: BatchOptions): Promise<BatchResult<T>[]> {
  const policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const withIds = requests.map((r, i) => ({ ...r, id: r.id ?? String(i) }));
  const results = new Map<string, BatchResult<T>>();
  let pending = withIds;
  for (let round = 0; pending.length > 0; round++) {
    const retryable: typeof pending = [];
    let wait = 0;
    for (const group of chunk(pending, MAX_BATCH_SIZE)) {
      for (const item of await sendBatch(graph, group, options)) {
        const result = toResult<T>(item);
        results.set(item.id, result);
        if (result.ok || (item.status !== 429 && item.status !== 503)) continue;
        const delay = parseRetryAfter(headerLookup(result.headers)('retry-after')) ?? backoffSeconds(round, policy);
        const request = group.find((r) => r.id === item.id);
        if (request && round < policy.maxRetries && delay <= policy.maxDelaySeconds) {
          retryable.push(request);
          wait = Math.max(wait, delay);
        }
      }
    }
    if (retryable.length > 0) {
      options.onThrottled?.(retryable.length, wait);
      await policy.sleep(wait * 1000, options.signal);
    }
    pending = retryable;
  }
  return withIds.map((r) => results.get(r.id) ?? missingResult<T>(r.id));
}

function missingResult<T>(id: string): BatchResult<T> {
  return {
    id,
    ok: false,
    status: 0,
    headers: {},
    error: graphErrorFrom(0, () => undefined, { error: { code: 'batchItemMissing', message: `The $batch response had no item ${id}.` } }),
  };
}
