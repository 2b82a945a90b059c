// GET (or POST) /{tenant}/oauth2/v2.0/logout: end the emulator session, then go back to
// post_logout_redirect_uri when the app registered it — otherwise show the signed-out page.
import { decodeJwt } from 'jose';
import type { RequestContext } from '../http/router.ts';
import { redirect, sendHtml } from '../http/respond.ts';
import type { TenantStore } from '../tenant/store.ts';
import { showErrorPage } from './authorize.ts';
import { signedOutPage } from './pages.ts';
import { currentSession, sessionCookie, type Identity } from './session.ts';
import { tryResolveTenant } from './tenant-path.ts';
import { AadError } from './errors.ts';

/** The app signing out: client_id, else the id_token_hint's audience, else the apps of the session. */
function clientIdsFrom(params: URLSearchParams, sessionClients: Iterable<string>): string[] {
  const explicit = params.get('client_id');
  if (explicit) return [explicit];
  const hint = params.get('id_token_hint');
  if (hint) {
    try {
      const aud = decodeJwt(hint).aud;
      if (typeof aud === 'string') return [aud];
    } catch {
      // an unreadable hint names no app
    }
  }
  return [...sessionClients];
}

function registeredLogoutUri(store: TenantStore, clientIds: string[], uri: string | null): string | undefined {
  if (!uri) return undefined;
  const registered = clientIds.some((clientId) => {
    const registration = store.servicePrincipalByAppId(clientId)?.registration;
    return registration ? [...registration.spaRedirectUris, ...registration.webRedirectUris].includes(uri) : false;
  });
  return registered ? uri : undefined;
}

export function handleLogout(id: Identity, ctx: RequestContext): void {
  const tenant = tryResolveTenant(id.context.store, ctx.params.tenant ?? '');
  if (tenant instanceof AadError) return showErrorPage(ctx, tenant);
  const live = currentSession(id, ctx.req);
  if (live) id.state.sessions.delete(live.session.key);
  const headers = { 'Set-Cookie': sessionCookie(id.context, undefined) };
  const params = ctx.url.searchParams;
  const target = registeredLogoutUri(id.context.store, clientIdsFrom(params, live?.session.clientIds ?? []), params.get('post_logout_redirect_uri'));
  if (!target) return sendHtml(ctx.res, 200, signedOutPage(), headers);
  const url = new URL(target);
  const state = params.get('state');
  if (state !== null) url.searchParams.set('state', state);
  redirect(ctx.res, url.toString(), headers);
}
