/**
 * The v2 admin consent URL for Microsoft Graph scopes requested by the console. Built here (not
 * imported from the consent feature: features never import each other).
 */
export interface AdminConsentSettings {
  clientId: string;
  tenantId: string;
  authority: string;
  /** Demo mode: the emulator's openid-configuration, whose endpoints give the identity origin. */
  authorityMetadata?: string;
}

function identityOrigin(settings: AdminConsentSettings): string {
  if (settings.authorityMetadata) {
    try {
      const metadata = JSON.parse(settings.authorityMetadata) as { authorization_endpoint?: unknown };
      if (typeof metadata.authorization_endpoint === 'string') return new URL(metadata.authorization_endpoint).origin;
    } catch {
      // Fall back to the authority.
    }
  }
  return new URL(settings.authority).origin;
}

/** `state` must be stored in the admin-consent request store, or the result page refuses the answer. */
export function adminConsentLink(settings: AdminConsentSettings, scopes: readonly string[], redirectUri: string, state: string): string {
  const tenant = settings.tenantId === 'common' || settings.tenantId === 'consumers' ? 'organizations' : settings.tenantId;
  const query = new URLSearchParams({
    client_id: settings.clientId,
    scope: scopes.map((s) => (s.includes('/') ? s : `https://graph.microsoft.com/${s}`)).join(' '),
    redirect_uri: redirectUri,
    state,
  });
  return `${identityOrigin(settings)}/${encodeURIComponent(tenant)}/v2.0/adminconsent?${query}`;
}
