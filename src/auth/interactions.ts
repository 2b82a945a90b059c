import type { IPublicClientApplication } from '@azure/msal-browser';
import { clearConsentEvents, recordConsentEvent } from './consent-events';
import { savePendingInteraction } from './pending-interaction';
import { LOGIN_SCOPES } from './scopes';

/** The current console route (path + query + hash), where the user should come back to. */
export function currentRoute(): string {
  return `${window.location.pathname}${window.location.search}${window.location.hash}`;
}

/** Sign-in (or switch account): always lets the user pick the account. */
export async function signIn(pca: IPublicClientApplication): Promise<void> {
  const returnTo = currentRoute();
  savePendingInteraction({ kind: 'sign-in', scopes: [...LOGIN_SCOPES], returnTo });
  recordConsentEvent({ kind: 'sign-in-started', scopes: [...LOGIN_SCOPES], route: returnTo });
  await pca.loginRedirect({
    scopes: [...LOGIN_SCOPES],
    prompt: 'select_account',
    redirectStartPage: new URL(returnTo, window.location.origin).href,
  });
}

/**
 * Incremental consent: an interactive token request for exactly these scopes, back to this route.
 * `prompt: 'consent'` shows the consent page even when everything asked for is already granted.
 */
export async function requestConsent(pca: IPublicClientApplication, scopes: readonly string[], options: { prompt?: 'consent' } = {}): Promise<void> {
  const returnTo = currentRoute();
  const account = pca.getActiveAccount() ?? undefined;
  savePendingInteraction({ kind: 'consent', scopes: [...scopes], returnTo });
  recordConsentEvent({ kind: 'consent-requested', scopes: [...scopes], route: returnTo, account: account?.username });
  await pca.acquireTokenRedirect({
    scopes: [...scopes],
    account,
    loginHint: account?.username,
    redirectStartPage: new URL(returnTo, window.location.origin).href,
    state: returnTo,
    ...(options.prompt ? { prompt: options.prompt } : {}),
  });
}

/** Signs out the active account: MSAL removes its tokens from sessionStorage, then ends the session. */
export async function signOut(pca: IPublicClientApplication): Promise<void> {
  const account = pca.getActiveAccount() ?? undefined;
  clearConsentEvents();
  await pca.logoutRedirect({
    account,
    // Lets the identity platform tell which app signs out, so it returns to the console.
    idTokenHint: account?.idToken,
    postLogoutRedirectUri: `${window.location.origin}/`,
  });
}
