import { describe, expect, it } from 'vitest';
import { msalConfiguration } from './msal-instance';

describe('msalConfiguration', () => {
  it("keeps MSAL on fragment responses, so the admin-consent result's query string (?admin_consent=…&state=…) is never taken for a redirect response", () => {
    const config = msalConfiguration({
      mode: 'live',
      clientId: 'c',
      tenantId: 't',
      authority: 'https://login.microsoftonline.com/t',
      redirectUri: 'https://console.example/',
      postLogoutRedirectUri: 'https://console.example/',
      graphBaseUrl: 'https://graph.microsoft.com',
    });
    expect(config.auth.OIDCOptions?.responseMode).toBeUndefined();
    // The console's redirect URI is the root, not the admin-consent result route.
    expect(config.auth.redirectUri).toBe('https://console.example/');
  });
});
