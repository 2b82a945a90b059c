// The identity platform v2.0 origin (stands in for login.microsoftonline.com).
import type { EmulatorContext } from '../context.ts';
import { Router } from '../http/router.ts';
import { sendJson } from '../http/respond.ts';
import type { ServiceHooks } from '../http/service.ts';

export function identityService(context: EmulatorContext): ServiceHooks {
  const router = new Router();
  return {
    name: 'identity',
    router,
    log: context.options.log,
    allowHeaders: ['Content-Type', 'client-request-id', 'x-client-SKU', 'x-client-VER', 'x-client-OS', 'x-client-CPU', 'x-client-current-telemetry', 'x-client-last-telemetry', 'x-ms-lib-capability', 'return-client-request-id'],
    exposeHeaders: ['client-request-id', 'x-ms-request-id', 'x-ms-clitelem'],
    notFound: ({ res }) => sendJson(res, 404, { error: 'not_found' }),
    methodNotAllowed: ({ res }) => sendJson(res, 405, { error: 'method_not_allowed' }),
    failed: ({ res }) => sendJson(res, 500, { error: 'server_error' }),
  };
}
