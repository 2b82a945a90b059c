import type { AuthenticationResult, IPublicClientApplication } from '@azure/msal-browser';
import { explainAdminApprovalReturn, explainAuthError, type AuthErrorExplanation } from './aadsts';
import { recordConsentEvent } from './consent-events';
import { takePendingInteraction, type PendingInteraction } from './pending-interaction';

/** The identity platform's error a redirect came back with, explained, and what it was about. */
export interface RedirectError extends AuthErrorExplanation {
  /** The permissions asked for. */
  scopes: string[];
  /** What the console had asked for; unknown when the tab had no pending interaction. */
  kind?: PendingInteraction['kind'];
  /** The path of the screen that asked (its message belongs there); unknown without a pending interaction. */
  route?: string;
}

export interface RedirectOutcome {
  /** Route to show first (where the user started the sign-in or consent). */
  returnTo?: string;
  error?: RedirectError;
}

type RedirectSource = Pick<IPublicClientApplication, 'handleRedirectPromise' | 'setActiveAccount' | 'getActiveAccount' | 'getAllAccounts'>;

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function isDecline(code: string): boolean {
  return code === 'AADSTS65004' || code === 'access_denied' || code === 'user_cancelled';
}

/**
 * What the error means for what the console asked: a decline after asking an account for a permission it
 * cannot consent to is the return from "Need admin approval" (AADSTS90094), not a Cancel on a consent page.
 */
export function explainRedirectError(error: unknown, pending: PendingInteraction | undefined): AuthErrorExplanation {
  const explanation = explainAuthError(error instanceof Error ? error : { message: String(error) });
  if (pending?.kind === 'consent' && pending.expect === 'admin-approval' && isDecline(explanation.code)) return explainAdminApprovalReturn();
  return explanation;
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
    const explanation = explainRedirectError(error, pending);
    const scopes = pending?.scopes ?? [];
    recordConsentEvent(
      { kind: isDecline(explanation.code) ? 'consent-declined' : 'failed', scopes, code: explanation.code, route: pending?.returnTo },
      storage,
    );
    ensureActiveAccount(pca);
    const about = pending ? { kind: pending.kind, route: new URL(pending.returnTo, 'https://console.invalid').pathname } : {};
    return { returnTo: pending?.returnTo, error: { ...explanation, scopes, ...about } };
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
