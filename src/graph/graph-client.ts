import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { GraphAuthMiddleware, type TokenProvider } from './auth-middleware';
import { GraphError, graphErrorFrom, graphErrorFromResponse } from './graph-error';
import { readBodyWatchingHead, readPageHead, type GraphPage } from './page-head';
import type { ScopedContext } from './request-context';
import { GraphRetryMiddleware, isNetworkFailure, isOutcomeUnknown, type RetryContext, type RetryPolicy } from './retry-middleware';

export type GraphMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface GraphRequestInit {
  /** The delegated scopes this operation needs (least-privileged). */
  scopes: readonly string[];
  method?: GraphMethod;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Resending is safe although the method is POST (a `$batch` of reads or deletes): retried after 504 too. */
  idempotent?: boolean;
  /** Retries of this request after 429/503/504; 0 when the caller paces and retries itself. */
  maxRetries?: number;
  /** Told the HTTP status of the successful answer (a raw request reports it; other callers need the body only). */
  onStatus?: (status: number) => void;
}

export interface GraphClient {
  /** e.g. `https://graph.microsoft.com/v1.0` */
  readonly baseUrl: string;
  /**
   * Sends one request. `pathOrUrl` is a path under the base URL (`/me`) or an absolute URL such as an
   * `@odata.nextLink`, used unchanged. Resolves with the parsed JSON (undefined for 204), or
   * rejects with GraphError, or with the token provider's error (e.g. ConsentRequiredError).
   */
  request<T>(pathOrUrl: string, init: GraphRequestInit): Promise<T>;
  /**
   * GETs one collection page, telling `onNextLink` the page's `@odata.nextLink` as soon as the start of
   * the body shows it (before the items are read), so a pager can request the next page at once.
   * `onNextLink` is a hint; the resolved page is the truth. Optional: fakes may offer `request` only.
   */
  requestPage?<T>(pathOrUrl: string, init: Omit<GraphRequestInit, 'method' | 'body'>, onNextLink: (link: string | undefined) => void): Promise<GraphPage<T>>;
  /**
   * Sends one request like `request`, showing the text of the answer so far to `onHead` after each chunk
   * until it returns true (a `$batch` pager reads each item's next link as the answer streams in).
   * Optional, like `requestPage`.
   */
  requestWatchingHead?<T>(pathOrUrl: string, init: GraphRequestInit, onHead: (head: string) => boolean): Promise<T>;
}

export interface GraphClientOptions {
  /** Graph root without version, e.g. `https://graph.microsoft.com`. */
  graphBaseUrl: string;
  getToken: TokenProvider;
  retry?: Partial<RetryPolicy>;
  /** The last middleware (sends the request); tests pass a fake. */
  transport?: Middleware;
}

const OUTCOME_UNKNOWN = 'Whether the change was applied is unknown until the data is read again.';

function networkError(method: GraphMethod): GraphError {
  const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
  const where = offline ? 'The browser is offline' : 'The connection to Microsoft Graph failed';
  const write = method !== 'GET';
  return new GraphError({
    status: 0,
    code: offline ? 'offline' : 'networkError',
    message: `${where}: no answer was received.${write ? ` ${OUTCOME_UNKNOWN}` : ''}`,
    outcomeUnknown: write,
  });
}

/** A 504 to a POST or PATCH: the gateway stopped waiting, the directory may have applied the write anyway. */
function outcomeUnknownError(error: GraphError): GraphError {
  return new GraphError({
    status: error.status,
    code: error.code,
    message: `Microsoft Graph timed out before answering (HTTP 504), so the request was not sent again. ${OUTCOME_UNKNOWN}`,
    requestId: error.requestId,
    clientRequestId: error.clientRequestId,
    date: error.date,
    outcomeUnknown: true,
  });
}

/**
 * The Graph client library's HTTPMessageHandler, which sends the request. The library is fetched as
 * its own chunk, started when the client is created, so it is off the page's first load
 * (docs/benchmarks.md) yet ready by the first Graph call; a failed load (offline) is retried by the next call.
 */
class DeferredHttpMessageHandler implements Middleware {
  private handler: Promise<Middleware> | undefined;

  constructor() {
    this.load().catch(() => undefined); // start now; a failure is met again, and reported, by execute()
  }

  private load(): Promise<Middleware> {
    this.handler ??= import('@microsoft/microsoft-graph-client').then(
      (graph) => new graph.HTTPMessageHandler(),
      (error: unknown) => {
        this.handler = undefined;
        throw error;
      },
    );
    return this.handler;
  }

  async execute(context: Context): Promise<void> {
    await (await this.load()).execute(context);
  }
}

export function createGraphClient(options: GraphClientOptions): GraphClient {
  const root = options.graphBaseUrl.replace(/\/+$/, '');
  const baseUrl = `${root}/v1.0`;
  const auth = new GraphAuthMiddleware(root, options.getToken);
  const retry = new GraphRetryMiddleware(options.retry);
  auth.setNext(retry);
  retry.setNext(options.transport ?? new DeferredHttpMessageHandler());

  /** Sends through the middleware chain; resolves with a successful response whose body is unread. */
  async function send(pathOrUrl: string, init: GraphRequestInit): Promise<Response> {
    const url = /^https?:\/\//i.test(pathOrUrl) ? pathOrUrl : `${baseUrl}${pathOrUrl.startsWith('/') ? '' : '/'}${pathOrUrl}`;
    const headers: Record<string, string> = { 'client-request-id': crypto.randomUUID(), ...init.headers };
    let body: string | undefined;
    if (init.body !== undefined) {
      body = JSON.stringify(init.body);
      headers['Content-Type'] = 'application/json';
    }
    const method = init.method ?? 'GET';
    const context: ScopedContext & RetryContext = {
      request: url,
      options: { method, headers, body, signal: init.signal },
      scopes: init.scopes,
      retryHints: { idempotent: init.idempotent, maxRetries: init.maxRetries },
    };
    try {
      await auth.execute(context);
    } catch (error) {
      // No answer at all: one error type for screens, saying whether the browser is offline.
      if (isNetworkFailure(error)) throw networkError(method);
      throw error;
    }
    const response = context.response;
    if (!response) throw graphErrorFrom(0, () => undefined, undefined);
    if (response.ok) return response;
    const error = await graphErrorFromResponse(response);
    throw isOutcomeUnknown(response.status, method, init.idempotent) ? outcomeUnknownError(error) : error;
  }

  async function requestWatchingHead<T>(pathOrUrl: string, init: GraphRequestInit, onHead: (head: string) => boolean): Promise<T> {
    const response = await send(pathOrUrl, init);
    init.onStatus?.(response.status);
    if (response.status === 204) return undefined as T;
    const text = await readBodyWatchingHead(response, onHead);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  async function request<T>(pathOrUrl: string, init: GraphRequestInit): Promise<T> {
    const response = await send(pathOrUrl, init);
    init.onStatus?.(response.status);
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }

  const requestPage = <T>(pathOrUrl: string, init: Omit<GraphRequestInit, 'method' | 'body'>, onNextLink: (link: string | undefined) => void) =>
    requestWatchingHead<GraphPage<T>>(pathOrUrl, init, (head) => {
      const reading = readPageHead(head);
      if (reading) onNextLink(reading.nextLink);
      return reading !== undefined;
    });

  return { baseUrl, request, requestPage, requestWatchingHead };
}
