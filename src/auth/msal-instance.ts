import { EventType, LogLevel, PublicClientApplication, type AuthenticationResult, type Configuration } from '@azure/msal-browser';
import type { AuthSettings } from './auth-config';

export function msalConfiguration(settings: AuthSettings): Configuration {
  return {
    auth: {
      clientId: settings.clientId,
      authority: settings.authority,
      redirectUri: settings.redirectUri,
      postLogoutRedirectUri: settings.postLogoutRedirectUri,
      // CP1: the console handles claims challenges (Continuous Access Evaluation) — see
      // src/auth/claims-challenge.ts — so Graph may revoke its tokens early and ask for a fresh sign-in.
      clientCapabilities: ['CP1'],
      ...(settings.authorityMetadata ? { authorityMetadata: settings.authorityMetadata } : {}),
      ...(settings.cloudDiscoveryMetadata ? { cloudDiscoveryMetadata: settings.cloudDiscoveryMetadata } : {}),
    },
    // Tokens live only for this tab session.
    cache: { cacheLocation: 'sessionStorage' },
    system: {
      loggerOptions: {
        piiLoggingEnabled: false,
        logLevel: LogLevel.Warning,
        loggerCallback: (level, message, containsPii) => {
          if (containsPii) return;
          if (level === LogLevel.Error) console.error(message);
          else if (level === LogLevel.Warning) console.warn(message);
        },
      },
    },
  };
}

/** Creates the MSAL instance; the active account follows every interactive sign-in. */
export function createMsalInstance(settings: AuthSettings): PublicClientApplication {
  const pca = new PublicClientApplication(msalConfiguration(settings));
  pca.addEventCallback((event) => {
    if ((event.eventType === EventType.LOGIN_SUCCESS || event.eventType === EventType.ACQUIRE_TOKEN_SUCCESS) && event.payload && 'account' in event.payload) {
      const { account } = event.payload as AuthenticationResult;
      if (account) pca.setActiveAccount(account);
    }
  });
  return pca;
}
