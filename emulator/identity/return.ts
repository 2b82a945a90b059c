// Sending the result of /authorize or /adminconsent back to the app's (registered) redirect URI, in the
// response mode it asked for: `?` query, `#` fragment, or an auto-posting form.
import { randomBytes } from 'node:crypto';
import type { RequestContext } from '../http/router.ts';
import { redirect, sendHtml } from '../http/respond.ts';
import type { ReturnAddress } from './authorize-request.ts';
import { type AadError, errorIds, errorParams } from './errors.ts';
import { formPostPage } from './pages.ts';

export function returnToApp(ctx: RequestContext, to: ReturnAddress, params: Record<string, string>, headers: Record<string, string> = {}): void {
  if (to.responseMode === 'form_post') {
    const nonce = randomBytes(16).toString('base64');
    sendHtml(ctx.res, 200, formPostPage(to.redirectUri, params, nonce), {
      ...headers,
      'Content-Security-Policy': `default-src 'none'; script-src 'nonce-${nonce}'; form-action http: https:`,
    });
    return;
  }
  const encoded = new URLSearchParams(params).toString();
  if (to.responseMode === 'query') {
    const url = new URL(to.redirectUri);
    for (const [k, v] of Object.entries(params)) url.searchParams.append(k, v);
    redirect(ctx.res, url.toString(), headers);
    return;
  }
  const base = to.redirectUri.split('#')[0] ?? to.redirectUri;
  redirect(ctx.res, `${base}#${encoded}`, headers);
}

export function returnError(ctx: RequestContext, to: ReturnAddress, err: AadError, headers: Record<string, string> = {}): void {
  returnToApp(ctx, to, errorParams(err, errorIds(ctx), to.state), headers);
}
