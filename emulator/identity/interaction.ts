// The forms of the emulator's pages post here: POST /{tenant}/login (an account was picked) and
// POST /{tenant}/consent (Accept, Cancel, "sign in with an admin account", or "Request approval"). Each
// carries the opaque transaction id; the request being answered lives on the server.
import type { RequestContext } from '../http/router.ts';
import { sendHtml } from '../http/respond.ts';
import { parseForm } from '../http/body.ts';
import { acceptAdminConsent, continueAdminConsent } from './admin-consent.ts';
import { requestApproval } from './approval-request.ts';
import { clientOf, continueAuthorize, finishAuthorize, interactionPath, showErrorPage, showSignIn } from './authorize.ts';
import { applyConsent, decideConsent } from './consent.ts';
import { consentPageFor } from './consent-view.ts';
import { aad } from './errors.ts';
import { returnError } from './return.ts';
import { liveSession, sessionCookie, type Identity } from './session.ts';
import type { Session, Transaction } from './state.ts';
import type { User } from '../tenant/types.ts';

async function readTransaction(id: Identity, ctx: RequestContext): Promise<{ tx: Transaction; form: URLSearchParams } | undefined> {
  const form = parseForm(await ctx.body());
  const tx = id.state.transaction(form.get('tx'));
  if (!tx) {
    showErrorPage(ctx, aad.transactionExpired());
    return undefined;
  }
  return { tx, form };
}

export async function handleLogin(id: Identity, ctx: RequestContext): Promise<void> {
  const read = await readTransaction(id, ctx);
  if (!read) return;
  const { tx, form } = read;
  const upn = (form.get('upn') ?? '').trim();
  const user = upn ? id.context.store.userByUpn(upn) : undefined;
  if (!user || !user.accountEnabled) {
    return showSignIn(id, ctx, tx, undefined, 'This username may be incorrect. Make sure you typed it correctly. Otherwise, contact your admin.');
  }
  const session = id.state.createSession(user.id);
  ctx.res.setHeader('Set-Cookie', sessionCookie(id.context, session));
  if (tx.request.kind === 'adminconsent') return continueAdminConsent(id, ctx, tx, user, session);
  continueAuthorize(id, ctx, tx, user, session);
}

export async function handleConsent(id: Identity, ctx: RequestContext): Promise<void> {
  const read = await readTransaction(id, ctx);
  if (!read) return;
  const { tx, form } = read;
  const live = liveSession(id, tx.sessionKey ? id.state.sessions.get(tx.sessionKey) : undefined);
  if (!live || live.user.id !== tx.userId) return showSignIn(id, ctx, tx);
  const action = form.get('action');
  if (action === 'switch') return showSignIn(id, ctx, tx);
  if (action === 'request') return requestApprovalFor(id, ctx, tx, live, form);
  if (action !== 'accept') {
    id.state.transactions.delete(tx.id);
    return returnError(ctx, tx.request, aad.declined());
  }
  if (tx.request.kind === 'adminconsent') return acceptAdminConsent(id, ctx, tx, live.user);

  const request = tx.request;
  const client = clientOf(id, request);
  const decision = decideConsent(id.context.store, {
    client,
    user: live.user,
    scopes: request.scopes,
    forcePage: true,
    adminPrompt: request.prompt === 'admin_consent',
  });
  if (decision.kind !== 'page') return continueAuthorize(id, ctx, tx, live.user, live.session);
  const forOrganization = decision.canConsentForOrg && form.get('consent_org') === 'true';
  if (decision.orgRequired && !forOrganization) {
    const message = 'These permissions can only be granted for your whole organization: select "Consent on behalf of your organization".';
    return sendHtml(ctx.res, 200, consentPageFor(id.context.store, { tx, client, user: live.user, decision, message }));
  }
  applyConsent(id.context.store, { client, user: live.user, scopes: request.scopes, forOrganization });
  id.state.transactions.delete(tx.id);
  finishAuthorize(id, ctx, request, live.user, live.session);
}

/** "Request approval" on the Need admin approval page — only while the consent rules still send the user there. */
function requestApprovalFor(id: Identity, ctx: RequestContext, tx: Transaction, live: { user: User; session: Session }, form: URLSearchParams): void {
  const { user } = live;
  const request = tx.request;
  if (request.kind !== 'authorize') return showSignIn(id, ctx, tx);
  const client = clientOf(id, request);
  const decision = decideConsent(id.context.store, { client, user, scopes: request.scopes, forcePage: false, adminPrompt: request.prompt === 'admin_consent' });
  if (decision.kind !== 'needsAdmin') return continueAuthorize(id, ctx, tx, user, live.session);
  requestApproval(id.context.store, ctx, { client, user, txId: tx.id, action: interactionPath(tx, 'consent'), request, reason: form.get('reason') ?? '' });
}
