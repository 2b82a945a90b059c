// A minimal page around the real @azure/msal-browser, bundled for the emulator's browser test. It reads
// its configuration (the emulator's discovery documents, inline) from /config.json and exposes a few
// calls on window.msalTest so the spec can drive MSAL exactly as an app would.
import { InteractionRequiredAuthError, PublicClientApplication, type AuthenticationResult } from '@azure/msal-browser';

interface PageConfig {
  clientId: string;
  tenantId: string;
  redirectUri: string;
  authorityMetadata: string;
  cloudDiscoveryMetadata: string;
}

export type Outcome =
  | { ok: true; accessToken: string; scopes: string[]; fromCache: boolean; username: string; idTokenClaims: Record<string, unknown> }
  | { ok: false; name: string; errorCode: string; subError: string; errorNo: string; interactionRequired: boolean; message: string };

function outcome(result: AuthenticationResult): Outcome {
  return {
    ok: true,
    accessToken: result.accessToken,
    scopes: result.scopes,
    fromCache: result.fromCache,
    username: result.account.username,
    idTokenClaims: result.idTokenClaims as Record<string, unknown>,
  };
}

function failure(error: unknown): Outcome {
  const e = error as { name?: string; errorCode?: string; subError?: string; errorNo?: string | number; message?: string };
  return {
    ok: false,
    name: e.name ?? 'Error',
    errorCode: e.errorCode ?? '',
    subError: e.subError ?? '',
    errorNo: String(e.errorNo ?? ''),
    interactionRequired: error instanceof InteractionRequiredAuthError,
    message: e.message ?? String(error),
  };
}

async function start(): Promise<void> {
  const config = (await (await fetch('/config.json')).json()) as PageConfig;
  const pca = new PublicClientApplication({
    auth: {
      clientId: config.clientId,
      authority: `https://login.microsoftonline.com/${config.tenantId}`,
      knownAuthorities: ['login.microsoftonline.com'],
      authorityMetadata: config.authorityMetadata,
      cloudDiscoveryMetadata: config.cloudDiscoveryMetadata,
      redirectUri: config.redirectUri,
      postLogoutRedirectUri: config.redirectUri,
    },
    cache: { cacheLocation: 'sessionStorage' },
  });
  await pca.initialize();
  let redirectOutcome: Outcome | null = null;
  try {
    const result = await pca.handleRedirectPromise();
    redirectOutcome = result ? outcome(result) : null;
    if (result) pca.setActiveAccount(result.account);
  } catch (error) {
    redirectOutcome = failure(error);
  }
  const account = () => pca.getActiveAccount() ?? pca.getAllAccounts()[0] ?? null;

  window.msalTest = {
    redirectOutcome,
    accounts: () => pca.getAllAccounts().map((a) => a.username),
    login: (scopes) => void pca.loginRedirect({ scopes }),
    acquireRedirect: (scopes) => void pca.acquireTokenRedirect({ scopes, account: account() ?? undefined }),
    logout: () => void pca.logoutRedirect({ account: account() }),
    silent: async (scopes) => {
      const active = account();
      if (!active) return failure(new Error('no account'));
      try {
        return outcome(await pca.acquireTokenSilent({ scopes, account: active }));
      } catch (error) {
        return failure(error);
      }
    },
  };
  document.body.dataset.ready = 'true';
  document.body.textContent = 'MSAL test page ready';
}

declare global {
  interface Window {
    msalTest: {
      redirectOutcome: Outcome | null;
      accounts(): string[];
      login(scopes: string[]): void;
      acquireRedirect(scopes: string[]): void;
      logout(): void;
      silent(scopes: string[]): Promise<Outcome>;
    };
  }
}

void start();
