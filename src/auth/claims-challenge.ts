/**
 * Interactive token requests that return to a given console route: re-authentication with the claims
 * from a WWW-Authenticate challenge (Continuous Access Evaluation: revoked sessions, policy changes),
 * and incremental consent. The console declares the CP1 client capability (msal-instance.ts), so
 * Graph answers a revoked token with 401 + `error="insufficient_claims"` instead of accepting it.
 */
import type { IPublicClientApplication } from '@azure/msal-browser';
import { recordConsentEvent } from './consent-events';
import { safeReturnPath, savePendingInteraction } from './pending-interaction';

export interface InteractiveRequest {
  scopes: readonly string[];
  /** The decoded claims challenge (JSON text) from Graph's WWW-Authenticate header. */
  claims?: string;
  /** Console path + query to come back to. */
  returnTo: string;
}

export async function interactiveTokenRequest(pca: IPublicClientApplication, request: InteractiveRequest): Promise<void> {
  const returnTo = safeReturnPath(request.returnTo);
  const account = pca.getActiveAccount() ?? undefined;
  const scopes = request.scopes.length > 0 ? [...request.scopes] : ['User.Read'];
  savePendingInteraction({ kind: 'consent', scopes, returnTo });
  recordConsentEvent({ kind: 'consent-requested', scopes, route: returnTo, account: account?.username });
  await pca.acquireTokenRedirect({
    scopes,
    account,
    loginHint: account?.username,
    ...(request.claims ? { claims: request.claims } : {}),
    redirectStartPage: new URL(returnTo, window.location.origin).href,
    state: returnTo,
  });
}
