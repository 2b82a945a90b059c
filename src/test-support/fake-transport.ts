/**
 * A fake last middleware for the Graph client in unit tests: records every request and answers it from a
 * responder, so a test sees exactly what the client sent (URL, method, headers, body, abort signal).
 */
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';

export interface RecordedRequest {
  url: string;
  method: string;
  headers: Headers;
  body: string | undefined;
}

type Responder = (request: RecordedRequest) => Response;

/** The transport: `requests` lists what was sent; `signals` (when given) keeps each request's abort signal by URL. */
export function fakeTransport(responder: Responder, signals?: Map<string, AbortSignal>): Middleware & { requests: RecordedRequest[] } {
  const requests: RecordedRequest[] = [];
  return {
    requests,
    async execute(context: Context) {
      const request: RecordedRequest = {
        url: typeof context.request === 'string' ? context.request : context.request.url,
        method: context.options?.method ?? 'GET',
        headers: new Headers(context.options?.headers as HeadersInit | undefined),
        body: typeof context.options?.body === 'string' ? context.options.body : undefined,
      };
      requests.push(request);
      if (signals && context.options?.signal) signals.set(request.url, context.options.signal);
      context.response = responder(request);
    },
  };
}

/** A JSON response as Graph sends one. */
export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}
