// The Microsoft Graph origin (stands in for graph.microsoft.com): turns HTTP requests under /v1.0 (and /beta,
// which serves the beta routes the emulator models) into pipeline calls ($batch included, v1.0 only) and
// pipeline responses back into HTTP, with CORS from the shared service.
import { randomUUID } from 'node:crypto';
import type { EmulatorContext } from '../context.ts';
import { BodyError, parseJson } from '../http/body.ts';
import { Router, type RequestContext } from '../http/router.ts';
import type { ServiceHooks } from '../http/service.ts';
import { runBatch } from './batch.ts';
import { errorResponse, GraphError } from './errors.ts';
import { GraphPipeline } from './pipeline.ts';
import type { GraphRequest, GraphResponse } from './types.ts';

/**
 * Response headers a browser may read cross-origin. Microsoft documents no Access-Control-Expose-Headers for
 * Graph, and a public report says Retry-After is not readable from a browser, so the emulator exposes as
 * little as a client can rely on: the request ids (which Microsoft's support asks for) and WWW-Authenticate,
 * which Microsoft's CAE guidance for browser apps reads from Graph's 401 (identity-platform
 * app-resilience-continuous-access-evaluation: response.headers.get('www-authenticate')). Not Retry-After,
 * x-ms-throttle-*, x-ms-resource-unit or Location: a console must cope without them ($batch items still carry
 * Retry-After in their JSON headers, which are body, not headers).
 */
export const GRAPH_EXPOSED_HEADERS = ['request-id', 'client-request-id', 'WWW-Authenticate'];

export function graphService(context: EmulatorContext): ServiceHooks {
  const router = new Router();
  const pipeline = new GraphPipeline(context);
  const answer = (ctx: RequestContext, error: GraphError) => send(ctx, errorResponse(error, ids(ctx)), ids(ctx));
  return {
    name: 'graph',
    router,
    log: context.options.log,
    latencyMs: context.options.latencyMs,
    preflightMaxAgeSeconds: context.options.preflightMaxAgeSeconds,
    allowHeaders: [
      'Authorization',
      'Content-Type',
      'client-request-id',
      'SdkVersion',
      'Retry-Attempt',
      'ConsistencyLevel',
      'Prefer',
      'If-Match',
      'return-client-request-id',
      'x-ms-client-request-id',
    ],
    exposeHeaders: GRAPH_EXPOSED_HEADERS,
    before: (ctx) => handle(ctx, pipeline),
    notFound: (ctx) => answer(ctx, new GraphError(400, 'BadRequest', `Invalid version: ${ctx.url.pathname.split('/')[1] ?? ''}`)),
    methodNotAllowed: (ctx) => answer(ctx, new GraphError(405, 'Request_BadRequest', 'Specified HTTP method is not allowed for the request target.')),
    failed: (ctx) => answer(ctx, new GraphError(500, 'generalException', 'General exception while processing.')),
  };
}

function ids(ctx: RequestContext): { requestId: string; clientRequestId: string } {
  const echoed = ctx.req.headers['client-request-id'];
  return { requestId: ctx.requestId, clientRequestId: (Array.isArray(echoed) ? echoed[0] : echoed) ?? (ctx.clientRequestId ??= randomUUID()) };
}

declare module '../http/router.ts' {
  interface RequestContext {
    /** Graph: the generated client-request-id when the caller sent none. */
    clientRequestId?: string;
  }
}

async function handle(ctx: RequestContext, pipeline: GraphPipeline): Promise<boolean> {
  const m = /^\/(v1\.0|beta)(\/.*)?$/i.exec(ctx.url.pathname);
  if (!m) return false;
  const request = await toGraphRequest(ctx, m[2] ?? '/');
  if (!request.ok) {
    send(ctx, errorResponse(request.error, ids(ctx)), ids(ctx));
    return true;
  }
  if (m[1]!.toLowerCase() === 'beta') request.value.version = 'beta';
  const isBatch = !request.value.version && ctx.method === 'POST' && /^\/\$batch\/?$/i.test(request.value.path);
  const response = isBatch ? await runBatch(pipeline, request.value) : await pipeline.dispatch(request.value);
  if (response.drop) {
    ctx.req.socket.destroy();
    return true;
  }
  send(ctx, response, ids(ctx));
  return true;
}

async function toGraphRequest(ctx: RequestContext, rawPath: string): Promise<{ ok: true; value: GraphRequest } | { ok: false; error: GraphError }> {
  const headers: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(ctx.req.headers)) headers[key.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  let body: unknown;
  if (['POST', 'PATCH', 'PUT'].includes(ctx.method)) {
    try {
      const raw = await ctx.body();
      body = raw.length && raw.toString('utf8').trim() ? parseJson(raw) : undefined;
    } catch (error) {
      const message =
        error instanceof BodyError && error.status === 413
          ? error.message
          : 'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.';
      return { ok: false, error: new GraphError(error instanceof BodyError ? error.status : 400, 'BadRequest', message) };
    }
  }
  const { requestId, clientRequestId } = ids(ctx);
  return {
    ok: true,
    value: {
      method: ctx.method,
      path: unwrapAbsolute(safeDecode(rawPath)),
      query: ctx.url.searchParams,
      headers,
      body,
      requestId,
      clientRequestId,
      inBatch: false,
    },
  };
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/**
 * @microsoft/microsoft-graph-client 3.x recognizes absolute URLs (such as @odata.nextLink) only when they
 * start with https://; over http it appends them to its base URL: /v1.0/http://localhost:4011/v1.0/users….
 * The real service is https-only, so this never happens there; here we unwrap the doubled URL so the
 * unmodified client (PageIterator) works against the emulator.
 */
function unwrapAbsolute(path: string): string {
  const m = /^\/https?:\/+[^/]+\/v1\.0(\/.*)?$/i.exec(path);
  return m ? (m[1] ?? '/') : path;
}

function send(ctx: RequestContext, response: GraphResponse, fallbackIds: { requestId: string; clientRequestId: string }): void {
  const headers: Record<string, string> = {
    'Cache-Control': 'no-cache',
    'OData-Version': '4.0',
    'request-id': fallbackIds.requestId,
    'client-request-id': fallbackIds.clientRequestId,
    ...response.headers,
  };
  if (response.body === undefined) {
    ctx.res.writeHead(response.status, headers);
    ctx.res.end();
    return;
  }
  const text = typeof response.body === 'string' ? response.body : JSON.stringify(response.body);
  ctx.res.writeHead(response.status, { 'Content-Type': 'application/json', ...headers });
  ctx.res.end(text);
}
