/**
 * A Graph write an admin typed (Diagnose's "Run it anyway…"): sent as typed, but only ever to the
 * configured Graph origin — its path and query go under the client's v1.0 base URL, whatever host was
 * pasted — with a token for the one delegated scope the caller names.
 */
import type { GraphClient, GraphMethod } from './graph-client';
import type { GraphOperation } from './operation';

export type WriteMethod = Exclude<GraphMethod, 'GET'>;

const WRITE_METHODS: readonly string[] = ['POST', 'PATCH', 'PUT', 'DELETE'] satisfies WriteMethod[];

export const isWriteMethod = (method: string): method is WriteMethod => WRITE_METHODS.includes(method);

/** Whether a request with this method carries a body (Graph's DELETE takes none). */
export const takesBody = (method: WriteMethod) => method !== 'DELETE';

export interface RawRequest {
  method: WriteMethod;
  /** Path and query under the v1.0 base URL, starting with `/`, e.g. `/users/{id}/revokeSignInSessions`. */
  path: string;
  /** Sent as the JSON request body. */
  body?: unknown;
  /** The delegated scope the token is asked for: the API's least-privileged one, or the sign-in scope. */
  scope: string;
}

export const rawRequestOperation = (scope: string): GraphOperation => ({
  name: 'Send a Graph request you typed',
  scopes: [scope],
  reason: 'Diagnose sends the request you typed with a token for this permission.',
});

/** The URL the request goes to: always under the client's base URL. */
export const rawRequestUrl = (graph: Pick<GraphClient, 'baseUrl'>, request: Pick<RawRequest, 'path'>) => `${graph.baseUrl}${request.path}`;

/** Sends the request once; resolves with the HTTP status Graph answered, rejects with a GraphError. */
export async function sendRawRequest(graph: GraphClient, request: RawRequest, signal?: AbortSignal): Promise<number> {
  // A path that is not under the base URL (`https://…`) would be sent to another origin.
  if (!request.path.startsWith('/')) throw new Error(`Not a Graph path: ${request.path}`);
  // GraphClient.request resolves only on 2xx; a client that does not report which one answered 2xx all the same.
  let status = 200;
  await graph.request(request.path, {
    method: request.method,
    body: takesBody(request.method) ? request.body : undefined,
    scopes: rawRequestOperation(request.scope).scopes,
    signal,
    // Diagnose shows Graph's own answer: a 429 is evidence, not something to wait out and hide.
    maxRetries: 0,
    onStatus: (answered) => {
      status = answered;
    },
  });
  return status;
}
