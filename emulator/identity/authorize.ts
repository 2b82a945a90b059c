// GET /{tenant}/oauth2/v2.0/authorize: validate, find who is signed in (session cookie, login_hint, or
// the account picker), apply the consent rules, and send the code back — or an error, or a page.
import type { RequestContext } from '../http/router.ts';
import { sendHtml } from '../http/respond.ts';
import type { ServicePrincipal, User } from '../tenant/types.ts';
import { showNeedsAdmin } from './approval-request.ts';
import { parseAuthorizeRequest, type AuthorizeRequest } from './authorize-request.ts';
import { needsFreshSignIn } from './claims.ts';
import { decideConsent } from './consent.ts';
import { type AadError, aad, errorIds } from './errors.ts';
import { clientInfo } from './issue.ts';
import { consentPageFor } from './consent-view.ts';
import { errorPage, signInPage } from './pages.ts';
import { returnError, returnToApp } from './return.ts';
import { currentSession, pickerAccounts, resolveLoginHint, sessionCookie, type Identity } from './session.ts';
import type { Session, Transaction } from './state.ts';

export function showErrorPage(ctx: RequestContext, err: AadError, status = 400): void {
  sendHtml(ctx.res, status, errorPage(err, errorIds(ctx)));
}

export function interactionPath(tx: Transaction, step: 'login' | 'consent'): string {
  return `/${tx.request.tenant.segment}/${step}`;
}

export function showSignIn(id: Identity, ctx: RequestContext, tx: Transaction, hint?: User, message?: string): void {
  const client = id.context.store.clientApp(tx.request.clientAppId);
  sendHtml(
    ctx.res,
    200,
    signInPage({
      tenantName: id.context.store.settings.displayName,
      domain: id.context.store.settings.defaultDomain,
      clientName: client?.displayName ?? tx.request.clientAppId,
      txId: tx.id,
      action: interactionPath(tx, 'login'),
      accounts: pickerAccounts(id.context.store),
      hint,
      message,
    }),
  );
}

export async function handleAuthorize(id: Identity, ctx: RequestContext): Promise<void> {
  const parsed = parseAuthorizeRequest(id.context.store, ctx.params.tenant ?? '', ctx.url.searchParams);
  if (!parsed.ok) return 'page' in parsed ? showErrorPage(ctx, parsed.page) : returnError(ctx, parsed.to, parsed.redirect);
  const request = parsed.request;
  const live = currentSession(id, ctx.req);
  const hinted = resolveLoginHint(id.context.store, request.loginHint);

  if (request.prompt === 'none') return silentAuthorize(id, ctx, request, live, hinted);

  const tx = id.state.createTransaction(request);
  const forced = request.prompt === 'login' || request.prompt === 'select_account' || request.prompt === 'create';
  // A claims challenge (nbf after the last sign-in, or an acrs demand) is only met by picking the account again.
  const stale = needsFreshSignIn(request.claims, live?.session.authTimeMs ?? 0);
  if (live && !forced && !stale && (!hinted || hinted.id === live.user.id)) return continueAuthorize(id, ctx, tx, live.user, live.session);
  // Demo accounts have no password: a login_hint naming a known user signs that user in directly.
  if (hinted && !forced && !stale && hinted.accountEnabled) {
    const session = id.state.createSession(hinted.id);
    ctx.res.setHeader('Set-Cookie', sessionCookie(id.context, session));
    return continueAuthorize(id, ctx, tx, hinted, session);
  }
  showSignIn(id, ctx, tx, hinted);
}

/** prompt=none: never a page — a code, or login_required / interaction_required / consent_required. */
async function silentAuthorize(
  id: Identity,
  ctx: RequestContext,
  request: AuthorizeRequest,
  live: ReturnType<typeof currentSession>,
  hinted: User | undefined,
): Promise<void> {
  if (!live || (hinted && hinted.id !== live.user.id)) return returnError(ctx, request, aad.loginRequired());
  if (needsFreshSignIn(request.claims, live.session.authTimeMs)) return returnError(ctx, request, aad.interactionRequired());
  const client = clientOf(id, request);
  const decision = decideConsent(id.context.store, { client, user: live.user, scopes: request.scopes, forcePage: false, adminPrompt: false });
  if (decision.kind !== 'covered') return returnError(ctx, request, aad.consentRedirect(client.appId, client.displayName));
  finishAuthorize(id, ctx, request, live.user, live.session);
}

export function clientOf(id: Identity, request: { clientAppId: string }): ServicePrincipal {
  const client = id.context.store.clientApp(request.clientAppId);
  if (!client) throw aad.clientNotFound(request.clientAppId, id.context.store.settings.displayName);
  return client;
}

/** The user is known: consent page, "need admin approval" page, or straight back to the app with a code. */
export function continueAuthorize(id: Identity, ctx: RequestContext, tx: Transaction, user: User, session: Session): void {
  const request = tx.request;
  if (request.kind !== 'authorize') throw aad.transactionExpired();
  tx.userId = user.id;
  tx.sessionKey = session.key;
  const client = clientOf(id, request);
  const decision = decideConsent(id.context.store, {
    client,
    user,
    scopes: request.scopes,
    forcePage: request.prompt === 'consent',
    adminPrompt: request.prompt === 'admin_consent',
  });
  if (decision.kind === 'covered') {
    id.state.transactions.delete(tx.id);
    return finishAuthorize(id, ctx, request, user, session);
  }
  if (decision.kind === 'needsAdmin') {
    return showNeedsAdmin(id.context.store, ctx, { client, user, txId: tx.id, action: interactionPath(tx, 'consent') });
  }
  sendHtml(ctx.res, 200, consentPageFor(id.context.store, { tx, client, user, decision }));
}

/** Success: `code`, `client_info`, `state`, `session_state` in the response mode the app asked for. */
export function finishAuthorize(id: Identity, ctx: RequestContext, request: AuthorizeRequest, user: User, session: Session): void {
  const code = id.state.createCode({
    clientId: request.clientAppId,
    redirectUri: request.redirectUri,
    spa: request.spa,
    userId: user.id,
    sid: session.sid,
    authTimeMs: session.authTimeMs,
    scopes: request.scopes,
    nonce: request.nonce,
    codeChallenge: request.codeChallenge,
    cp1: request.claims.cp1,
    acrs: request.claims.acrs,
  });
  session.clientIds.add(request.clientAppId.toLowerCase());
  const params: Record<string, string> = { code: code.code, client_info: clientInfo(user, request.tenant.tenantId) };
  if (request.state !== undefined) params.state = request.state;
  params.session_state = session.sid;
  returnToApp(ctx, request, params);
}
