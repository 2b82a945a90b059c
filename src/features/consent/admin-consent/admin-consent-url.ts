import { buildConsentUrls } from '../url-builder/build-consent-urls';

export const ADMIN_CONSENT_RESULT_PATH = '/admin-consent/result';

export const adminConsentRedirectUri = (origin: string) => `${origin}${ADMIN_CONSENT_RESULT_PATH}`;

/** The v2 admin-consent address for an app, returning to the console's result page. */
export function adminConsentUrl(input: { authorityHost: string; tenantId: string; appId: string; scope: string; origin: string; state: string }): string {
  return buildConsentUrls({
    authorityHost: input.authorityHost,
    clientId: input.appId,
    tenant: input.tenantId,
    scopes: input.scope,
    redirectUri: adminConsentRedirectUri(input.origin),
    state: input.state,
  }).adminConsentV2;
}
