import type { IPublicClientApplication } from '@azure/msal-browser';
import type { QueryClient } from '@tanstack/react-query';
import { describeDelegatedScope, permissionCatalogQueryOptions } from '../permissions/catalog';
import { clearConsentEvents, recordConsentEvent } from './consent-events';
import { currentGraphTokenQueryOptions } from './current-token';
import { canGrantAdminConsent } from './directory-roles';
import { savePendingInteraction, type PendingInteraction } from './pending-interaction';
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
 * Whether asking for these permissions can only end on Microsoft's "Need admin approval" page: one of
 * them needs admin consent and the account's directory roles (known, from its token) include none that
 * grants it. Unknown roles or permissions are no prediction.
 */
export function expectsAdminApproval(permissions: readonly { adminOnly: boolean | undefined }[], roleTemplateIds: readonly string[] | undefined): boolean {
  if (!roleTemplateIds) return false;
  return permissions.some((p) => p.adminOnly === true) && !canGrantAdminConsent(roleTemplateIds);
}

/**
 * What asking for these scopes will meet, decided when the person clicks (the permission catalogue and
 * the token's roles may still be loading when the button shows): `admin-approval`, or no prediction.
 */
export async function predictConsentOutcome(
  queryClient: QueryClient,
  pca: IPublicClientApplication,
  scopes: readonly string[],
): Promise<PendingInteraction['expect']> {
  const account = pca.getActiveAccount();
  if (!account) return undefined;
  try {
    const [catalog, token] = await Promise.all([
      queryClient.ensureQueryData(permissionCatalogQueryOptions()),
      queryClient.ensureQueryData(currentGraphTokenQueryOptions(pca, account)),
    ]);
    const permissions = scopes.map((scope) => describeDelegatedScope(catalog, scope));
    return expectsAdminApproval(permissions, token.roleTemplateIds) ? 'admin-approval' : undefined;
  } catch {
    // Without the catalogue or a token there is no prediction; the return is explained from its code alone.
    return undefined;
  }
}

/**
 * Incremental consent: an interactive token request for exactly these scopes, back to this route.
 * `prompt: 'consent'` shows the consent page even when everything asked for is already granted;
 * `expect` says what the identity platform will show, so the return is explained as what happened.
 */
export async function requestConsent(
  pca: IPublicClientApplication,
  scopes: readonly string[],
  options: { prompt?: 'consent'; expect?: PendingInteraction['expect'] } = {},
): Promise<void> {
  const returnTo = currentRoute();
  const account = pca.getActiveAccount() ?? undefined;
  savePendingInteraction({ kind: 'consent', scopes: [...scopes], returnTo, ...(options.expect ? { expect: options.expect } : {}) });
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
