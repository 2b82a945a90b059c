import type { AuthenticationResult, IPublicClientApplication } from '@azure/msal-browser';
import { explainAuthError, type AuthErrorExplanation } from './aadsts';
import { recordConsentEvent } from './consent-events';
import { takePendingInteraction } from './pending-interaction';

export interface RedirectOutcome {
  /** Route to show first (where the user started the sign-in or consent). */
  returnTo?: string;
  /** The identity platform's error, explained, when the redirect came back with one. */
  error?: AuthErrorExplanation & { scopes: string[] };
}

type RedirectSource = Pick<IPublicClientApplication, 'handleRedirectPromise' | 'setActiveAccount' | 'getActiveAccount' | 'getAllAccounts'>;

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function isDecline(code: string): boolean {
  return code === 'AADSTS65004' || code === 'access_denied' || code === 'user_cancelled';
}

/**
 * Runs once before the first render: lets MSAL read a redirect response, sets the active account,
 * logs the consent outcome and says where to go back to.
 */
export async function completeRedirect(pca: RedirectSource, storage: StorageLike = sessionStorage): Promise<RedirectOutcome> {
  let result: AuthenticationResult | null;
  try {
    result = await pca.handleRedirectPromise({ navigateToLoginRequestUrl: false });
  } catch (error) {
    const pending = takePendingInteraction(storage);
    const explanation = explainAuthError(error instanceof Error ? error : { message: String(error) });
    const scopes = pending?.scopes ?? [];
    recordConsentEvent(
      { kind: isDecline(explanation.code) ? 'consent-declined' : 'failed', scopes, code: explanation.code, route: pending?.returnTo },
      storage,
    );
    ensureActiveAccount(pca);
    return { returnTo: pending?.returnTo, error: { ...explanation, scopes } };
  }

  const pending = takePendingInteraction(storage);
  if (!result) {
    ensureActiveAccount(pca);
    return {};
  }
  if (result.account) pca.setActiveAccount(result.account);
  recordConsentEvent(
    {
      kind: pending?.kind === 'consent' ? 'consent-granted' : 'signed-in',
      scopes: pending?.kind === 'consent' ? pending.scopes : result.scopes,
      route: pending?.returnTo,
      account: result.account?.username,
    },
    storage,
  );
  return { returnTo: pending?.returnTo };
}

function ensureActiveAccount(pca: RedirectSource): void {
  if (pca.getActiveAccount()) return;
  const [first] = pca.getAllAccounts();
  if (first) pca.setActiveAccount(first);
}
