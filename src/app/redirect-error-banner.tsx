import { useMsal } from '@azure/msal-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useLocation } from 'react-router';
import type { RedirectError } from '../auth/complete-redirect';
import { heldScopes, silentScopesQueryOptions, type HeldScopes } from '../auth/held-scopes';
import { useActiveAccount, useConsoleSession, useCurrentGraphToken } from '../auth/use-session';
import { missingScopes } from '../permissions/scopes';
import { AuthErrorMessage } from '../ui/auth-error-message';

/**
 * Whether the error a redirect came back with still belongs on screen: only on the screen that asked,
 * and for a consent only while its permissions are still missing (an administrator may have granted
 * them since; while that is being found out, nothing is shown rather than a message that may be moot).
 */
export function redirectErrorVisible(error: RedirectError | undefined, pathname: string, held: HeldScopes['state']): error is RedirectError {
  if (!error) return false;
  if (error.route !== undefined && error.route !== pathname) return false;
  if (error.kind === 'consent' && error.scopes.length > 0) return held === 'missing';
  return true;
}

/** Held-ness of the permissions a failed consent asked for, looked at again whenever the tab regains focus. */
function useConsentCauseState(error: RedirectError | undefined): HeldScopes['state'] {
  const { instance } = useMsal();
  const account = useActiveAccount();
  const token = useCurrentGraphToken();
  const needed = error?.kind === 'consent' ? error.scopes : [];
  const missing = token.data ? missingScopes(needed, token.data.scopes) : [];
  // Back from reading the approval mail: a grant made meanwhile shows without a reload.
  const silent = useQuery({ ...silentScopesQueryOptions(instance, account, missing), refetchOnWindowFocus: true });
  // No token or no answer to the silent attempt: nothing says the cause is gone.
  if (token.isError || silent.isError) return 'missing';
  return heldScopes(needed, token.data?.scopes, silent.data).state;
}

/** The shell's banner for a sign-in or consent error: it belongs to the screen that raised it and goes once that is left. */
export function RedirectErrorBanner() {
  const { redirectError, dismissRedirectError } = useConsoleSession();
  const { pathname } = useLocation();
  const held = useConsentCauseState(redirectError);
  const left = redirectError?.route !== undefined && redirectError.route !== pathname;

  useEffect(() => {
    // Leaving the screen ends the message: coming back does not bring it back.
    if (left) dismissRedirectError();
  }, [left, dismissRedirectError]);

  if (!redirectErrorVisible(redirectError, pathname, held)) return null;
  return <AuthErrorMessage explanation={redirectError} onDismiss={dismissRedirectError} />;
}
