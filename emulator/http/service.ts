// One HTTP origin of the emulator (identity or Graph): CORS, routing, and errors that never crash the
// server nor leak a stack trace.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { readBody } from './body.ts';
import type { RequestContext, Router } from './router.ts';

export interface ServiceHooks {
  router: Router;
  /** Headers the browser may send cross-origin. */
  allowHeaders: string[];
  /** Response headers the browser may read cross-origin. */
  exposeHeaders: string[];
  notFound(ctx: RequestContext): void;
  methodNotAllowed(ctx: RequestContext): void;
  failed(ctx: RequestContext, error: unknown): void;
  /** Runs before routing; returns true when it answered the request itself (faults, throttling). */
  before?(ctx: RequestContext): Promise<boolean> | boolean;
  log?: boolean;
  name: string;
  /** Added round-trip time (ms) of every exchange on this origin, CORS preflights included: on a real network each is a round trip. */
  latencyMs?: number;
  /**
   * Access-Control-Max-Age of preflight answers, in seconds; undefined sends none (Microsoft documents none
   * for Graph), so Chromium keeps a preflight for its default 5 s and each new URL (every nextLink) needs one.
   */
  preflightMaxAgeSeconds?: number;
}

export function createService(hooks: ServiceHooks): Server {
  return createServer((req, res) => {
    void handle(hooks, req, res);
  });
}

async function handle(hooks: ServiceHooks, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const started = Date.now();
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
  const method = (req.method ?? 'GET').toUpperCase();
  let bodyPromise: Promise<Buffer> | undefined;
  const ctx: RequestContext = {
    req,
    res,
    method,
    url,
    params: {},
    requestId: randomUUID(),
    body: () => (bodyPromise ??= readBody(req)),
  };
  if (hooks.log) res.on('finish', () => console.error(`[${hooks.name}] ${method} ${url.pathname}${url.search} → ${res.statusCode} ${Date.now() - started}ms`));

  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Expose-Headers', hooks.exposeHeaders.join(', '));
  if (hooks.latencyMs) await delay(hooks.latencyMs);
  if (method === 'OPTIONS') {
    res.writeHead(204, {
      'Access-Control-Allow-Methods': 'GET, POST, PATCH, PUT, DELETE, OPTIONS',
      'Access-Control-Allow-Headers': hooks.allowHeaders.join(', '),
      ...(hooks.preflightMaxAgeSeconds === undefined ? {} : { 'Access-Control-Max-Age': String(hooks.preflightMaxAgeSeconds) }),
    });
    res.end();
    return;
  }
  try {
    if (hooks.before && (await hooks.before(ctx))) return;
    const match = hooks.router.match(method, url.pathname);
    if (match === undefined) return hooks.notFound(ctx);
    if (match === 'method') return hooks.methodNotAllowed(ctx);
    ctx.params = match.params;
    await match.handler(ctx);
  } catch (error) {
    if (res.headersSent) {
      res.destroy();
      return;
    }
    hooks.failed(ctx, error);
  }
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function listen(server: Server, port: number, host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

export function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}
