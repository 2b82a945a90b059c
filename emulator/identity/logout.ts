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

function clientIdFrom(params: URLSearchParams): string | undefined {
  const explicit = params.get('client_id');
  if (explicit) return explicit;
  const hint = params.get('id_token_hint');
  if (!hint) return undefined;
  try {
    const aud = decodeJwt(hint).aud;
    return typeof aud === 'string' ? aud : undefined;
  } catch {
    return undefined;
  }
}

function registeredLogoutUri(store: TenantStore, clientId: string | undefined, uri: string | null): string | undefined {
  if (!uri || !clientId) return undefined;
  const registration = store.servicePrincipalByAppId(clientId)?.registration;
  if (!registration) return undefined;
  return [...registration.spaRedirectUris, ...registration.webRedirectUris].includes(uri) ? uri : undefined;
}

export function handleLogout(id: Identity, ctx: RequestContext): void {
  const tenant = tryResolveTenant(id.context.store, ctx.params.tenant ?? '');
  if (tenant instanceof AadError) return showErrorPage(ctx, tenant);
  const live = currentSession(id, ctx.req);
  if (live) id.state.sessions.delete(live.session.key);
  const headers = { 'Set-Cookie': sessionCookie(id.context, undefined) };
  const params = ctx.url.searchParams;
  const target = registeredLogoutUri(id.context.store, clientIdFrom(params), params.get('post_logout_redirect_uri'));
  if (!target) return sendHtml(ctx.res, 200, signedOutPage(), headers);
  const url = new URL(target);
  const state = params.get('state');
  if (state !== null) url.searchParams.set('state', state);
  redirect(ctx.res, url.toString(), headers);
}
