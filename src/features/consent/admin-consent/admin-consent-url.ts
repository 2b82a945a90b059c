import { adminConsentRedirectUri } from '../../../auth/admin-consent-request';
import { buildConsentUrls } from '../url-builder/build-consent-urls';

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
