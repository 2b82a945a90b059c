// The identity platform v2.0 origin (stands in for login.microsoftonline.com): discovery, authorize with
// its pages, token, admin consent, logout. Every failure answers in the real error shape.
import type { EmulatorContext } from '../context.ts';
import { BodyError } from '../http/body.ts';
import { Router, type RequestContext } from '../http/router.ts';
import { sendHtml } from '../http/respond.ts';
import type { ServiceHooks } from '../http/service.ts';
import { handleAdminConsent } from './admin-consent.ts';
import { handleAuthorize, showErrorPage } from './authorize.ts';
import { discoveryRoutes } from './discovery.ts';
import { AadError, aad, sendAadError } from './errors.ts';
import { handleConsent, handleLogin } from './interaction.ts';
import { handleLogout } from './logout.ts';
import { layout } from './pages.ts';
import type { Identity } from './session.ts';
import { IdentityState } from './state.ts';
import { handleToken } from './token-endpoint.ts';

/** Browser-facing routes answer errors with a page; API routes with JSON. */
function wantsPage(ctx: RequestContext): boolean {
  return /\/(authorize|adminconsent|logout|login|consent)\/?$/i.test(ctx.url.pathname);
}

function failed(ctx: RequestContext, error: unknown): void {
  let err: AadError;
  if (error instanceof AadError) err = error;
  else if (error instanceof BodyError) err = new AadError(900144, 'invalid_request', error.message, { status: error.status });
  else {
    console.error(`[identity] ${ctx.method} ${ctx.url.pathname}:`, error);
    err = aad.server();
  }
  if (wantsPage(ctx)) return showErrorPage(ctx, err, err.extra.status ?? 400);
  sendAadError(ctx, err);
}

export function identityService(context: EmulatorContext): ServiceHooks {
  const router = new Router();
  const state = new IdentityState();
  context.store.onReset(() => state.clear());
  const id: Identity = { context, state };

  discoveryRoutes(router, context);
  router.get('/:tenant/oauth2/v2.0/authorize', (ctx) => handleAuthorize(id, ctx));
  router.post('/:tenant/login', (ctx) => handleLogin(id, ctx));
  router.post('/:tenant/consent', (ctx) => handleConsent(id, ctx));
  router.post('/:tenant/oauth2/v2.0/token', (ctx) => handleToken(id, ctx));
  router.get('/:tenant/v2.0/adminconsent', (ctx) => handleAdminConsent(id, ctx));
  router.get('/:tenant/oauth2/v2.0/logout', (ctx) => handleLogout(id, ctx));
  router.post('/:tenant/oauth2/v2.0/logout', (ctx) => handleLogout(id, ctx));

  return {
    name: 'identity',
    router,
    log: context.options.log,
    allowHeaders: [
      'Content-Type',
      'client-request-id',
      'x-client-SKU',
      'x-client-VER',
      'x-client-OS',
      'x-client-CPU',
      'x-client-current-telemetry',
      'x-client-last-telemetry',
      'x-ms-lib-capability',
      'return-client-request-id',
      'x-app-name',
      'x-app-ver',
      'x-client-brkrver',
      'x-anchormailbox',
      'x-ms-ccs-routing-hint',
    ],
    exposeHeaders: ['client-request-id', 'x-ms-request-id', 'x-ms-clitelem'],
    notFound: (ctx) => sendHtml(ctx.res, 404, layout('Not found', '<h1>The page you requested does not exist.</h1>')),
    methodNotAllowed: (ctx) =>
      wantsPage(ctx)
        ? showErrorPage(ctx, aad.postOnly(ctx.method), 405)
        : sendAadError(ctx, new AadError(900561, 'invalid_request', aad.postOnly(ctx.method).text, { status: 405 })),
    failed,
  };
}
