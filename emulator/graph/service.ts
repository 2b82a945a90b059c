// The Microsoft Graph origin (stands in for graph.microsoft.com).
import type { EmulatorContext } from '../context.ts';
import { Router } from '../http/router.ts';
import { sendJson } from '../http/respond.ts';
import type { ServiceHooks } from '../http/service.ts';

export function graphService(context: EmulatorContext): ServiceHooks {
  const router = new Router();
  return {
    name: 'graph',
    router,
    log: context.options.log,
    allowHeaders: ['Authorization', 'Content-Type', 'client-request-id', 'SdkVersion', 'Retry-Attempt', 'ConsistencyLevel', 'Prefer', 'If-Match'],
    exposeHeaders: ['Retry-After', 'request-id', 'client-request-id', 'WWW-Authenticate', 'x-ms-throttle-information', 'Location'],
    notFound: ({ res }) => sendJson(res, 404, { error: { code: 'NotFound' } }),
    methodNotAllowed: ({ res }) => sendJson(res, 405, { error: { code: 'MethodNotAllowed' } }),
    failed: ({ res }) => sendJson(res, 500, { error: { code: 'InternalServerError' } }),
  };
}
