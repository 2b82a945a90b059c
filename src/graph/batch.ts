import type { GraphClient, GraphMethod } from './graph-client';
import { graphErrorFrom, parseRetryAfter, type GraphError } from './graph-error';
import { batchAnswerReader, type BatchItemHead } from './page-head';
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

type IdentifiedRequest = BatchRequest & { id: string };

export interface BatchCallOptions {
  scopes: readonly string[];
  signal?: AbortSignal;
  /** Told each item's head (id, status, next link) as the answer streams in, where the client can stream it. */
  onItemHead?: (head: BatchItemHead) => void;
}

/**
 * One $batch call of ≤ 20 items, nothing re-sent: one result per request, in the order given (Graph may
 * answer in any order). A failure of the call itself rejects with its GraphError.
 */
export async function sendBatchCall<T>(graph: GraphClient, requests: readonly IdentifiedRequest[], options: BatchCallOptions): Promise<BatchResult<T>[]> {
  const init = {
    method: 'POST' as const,
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
  };
  const { onItemHead } = options;
  const watch = onItemHead && graph.requestWatchingHead?.bind(graph);
  let response: { responses: BatchResponseItem[] };
  if (onItemHead && watch) {
    let told = 0;
    const read = batchAnswerReader((head) => {
      told++;
      onItemHead(head);
    });
    response = await watch('/$batch', init, (text) => {
      read(text);
      return told >= requests.length;
    });
  } else {
    response = await graph.request('/$batch', init);
  }
  const byId = new Map(response.responses.map((item) => [item.id, item]));
  return requests.map((r) => {
    const item = byId.get(r.id);
    return item ? toResult<T>(item) : missingResult<T>(r.id);
  });
}

/**
 * Seconds to wait before re-sending an item that failed on its own, or undefined when it is not to be
 * re-sent: 429/503 (not processed) for any method, 504 (the gateway gave up; a write may have been
 * applied) for a read only, as the retry middleware does for whole requests.
 */
export function itemRetryDelay(result: BatchResult<unknown>, request: BatchRequest, attempt: number, policy: RetryPolicy): number | undefined {
  const resendable = result.status === 429 || result.status === 503 || (result.status === 504 && (request.method ?? 'GET') === 'GET');
  if (result.ok || !resendable) return undefined;
  const delay = parseRetryAfter(headerLookup(result.headers)('retry-after')) ?? backoffSeconds(attempt, policy);
  return attempt < policy.maxRetries && delay <= policy.maxDelaySeconds ? delay : undefined;
}

/**
 * Sends any number of requests in $batch calls of ≤ 20 and returns one result per request, in the
 * order given. With `sendBatchCall` (which batched paging uses for its rounds) this is the one place
 * items are (re-)sent: reads and the change engine's bulk writes both go through it. Items throttled on
 * their own (429/503; 504 for reads) are retried after their Retry-After, bounded (`itemRetryDelay`): a $batch item
 * carries Retry-After in its JSON headers, which the browser can always read (the HTTP response header
 * may not be exposed by CORS). Without one, the wait is the jittered backoff.
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
      await options.beforeSend?.(group);
      const answers = await sendBatchCall<T>(graph, group, options);
      group.forEach((request, i) => {
        const result = answers[i]!;
        results.set(request.id, result);
        const delay = itemRetryDelay(result, request, round, policy);
        if (delay === undefined) return;
        retryable.push(request);
        wait = Math.max(wait, delay);
      });
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
