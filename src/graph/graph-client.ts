import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { GraphAuthMiddleware, type TokenProvider } from './auth-middleware';
import { GraphError, graphErrorFrom, graphErrorFromResponse } from './graph-error';
import { readBodyWatchingHead, readPageHead } from './page-head';
import type { GraphPage } from './paging';
import type { ScopedContext } from './request-context';
import { GraphRetryMiddleware, isNetworkFailure, type RetryPolicy } from './retry-middleware';

export type GraphMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface GraphRequestInit {
  /** The delegated scopes this operation needs (least-privileged). */
  scopes: readonly string[];
  method?: GraphMethod;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
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
}

export interface GraphClientOptions {
  /** Graph root without version, e.g. `https://graph.microsoft.com`. */
  graphBaseUrl: string;
  getToken: TokenProvider;
  retry?: Partial<RetryPolicy>;
  /** The last middleware (sends the request); tests pass a fake. */
  transport?: Middleware;
}

function networkError(method: GraphMethod): GraphError {
  const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
  const where = offline ? 'The browser is offline' : 'The connection to Microsoft Graph failed';
  const outcome = method === 'GET' ? '' : ' Whether the change was applied is unknown until the data is read again.';
  return new GraphError({ status: 0, code: offline ? 'offline' : 'networkError', message: `${where}: no answer was received.${outcome}` });
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
    const context: ScopedContext = {
      request: url,
      options: { method: init.method ?? 'GET', headers, body, signal: init.signal },
      scopes: init.scopes,
    };
    try {
      await auth.execute(context);
    } catch (error) {
      // No answer at all: one error type for screens, saying whether the browser is offline.
      if (isNetworkFailure(error)) throw networkError(init.method ?? 'GET');
      throw error;
    }
    const response = context.response;
    if (!response) throw graphErrorFrom(0, () => undefined, undefined);
    if (!response.ok) throw await graphErrorFromResponse(response);
    return response;
  }

  async function request<T>(pathOrUrl: string, init: GraphRequestInit): Promise<T> {
    const response = await send(pathOrUrl, init);
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }

  async function requestPage<T>(
    pathOrUrl: string,
    init: Omit<GraphRequestInit, 'method' | 'body'>,
    onNextLink: (link: string | undefined) => void,
  ): Promise<GraphPage<T>> {
    const response = await send(pathOrUrl, init);
    const text = await readBodyWatchingHead(response, (head) => {
      const reading = readPageHead(head);
      if (reading) onNextLink(reading.nextLink);
      return reading !== undefined;
    });
    return JSON.parse(text) as GraphPage<T>;
  }

  return { baseUrl, request, requestPage };
}
