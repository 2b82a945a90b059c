/**
 * Renders console components as the app does — Fluent UI, MSAL (one signed-in account holding a given
 * access token; silent requests for more scopes are refused unless the test says they were granted since), TanStack Query, the Graph client on a given Graph origin, and an Activity log of the
 * test's own — so Testing Library tests drive real components against the in-process emulator (the test
 * starts it and mints the token: console code never imports the emulator). Every write the Graph client
 * sends is counted (`writes`), for "runs once" assertions.
 */
import { InteractionRequiredAuthError, Logger, stubbedPublicClientApplication, type AccountInfo, type IPublicClientApplication } from '@azure/msal-browser';
import { MsalContext } from '@azure/msal-react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { graphTokenProvider } from '../auth/graph-token';
import { openActivityLog, type ActivityLog } from '../changes/activity-log';
import { ActivityLogContext } from '../changes/use-changes';
import { createGraphClient, type GraphClient } from '../graph/graph-client';
import { GraphClientContext } from '../graph/graph-client-context';

export interface ConsoleHarness {
  /** The signed-in account's Activity log (all of it: the harness's log is the test's own). */
  log: ActivityLog;
  graph: GraphClient;
  /** "METHOD path" of every write the Graph client sent, in order. */
  writes: string[];
  render(ui: ReactElement): ReturnType<typeof render>;
}

let logs = 0;

export interface SignedIn {
  /** The Graph root, e.g. the emulator's graphUrl. */
  graphUrl: string;
  tenantId: string;
  user: { id: string; userPrincipalName: string; displayName: string };
  /** The console's current access token (its scp and wids are what the console holds). */
  token: string;
  /**
   * What a silent token request for more scopes than `token` carries gets: a token carrying them (they
   * were granted since), or undefined — the identity platform wants interaction. By default undefined,
   * as MSAL answers for scopes nobody consented to.
   */
  silentToken?: (scopes: readonly string[]) => Promise<string | undefined>;
}

const scopesOf = (token: string): string[] => {
  const payload = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as { scp?: string };
  return (payload.scp ?? '').split(' ').filter(Boolean);
};

export function consoleHarness({ graphUrl, tenantId, user, token, silentToken = async () => undefined }: SignedIn): ConsoleHarness {
  const held = scopesOf(token).map((s) => s.toLowerCase());
  const silently = async (scopes: readonly string[]) => {
    const beyond = scopes.filter((s) => !held.includes(s.toLowerCase()));
    const accessToken = beyond.length === 0 ? token : await silentToken(scopes);
    if (!accessToken) throw new InteractionRequiredAuthError('consent_required', `AADSTS65001: The user has not consented to ${beyond.join(' ')}.`);
    return { accessToken } as Awaited<ReturnType<IPublicClientApplication['acquireTokenSilent']>>;
  };
  const account: AccountInfo = {
    homeAccountId: `${user.id}.${tenantId}`,
    environment: 'login.microsoftonline.com',
    tenantId,
    username: user.userPrincipalName,
    localAccountId: user.id,
    name: user.displayName,
    idTokenClaims: { oid: user.id, tid: tenantId },
  };
  const pca: IPublicClientApplication = {
    ...stubbedPublicClientApplication,
    getActiveAccount: () => account,
    getAllAccounts: () => [account],
    acquireTokenSilent: (request) => silently(request.scopes),
  };
  const client = createGraphClient({ graphBaseUrl: graphUrl, getToken: graphTokenProvider(pca) });
  const writes: string[] = [];
  const graph: GraphClient = {
    baseUrl: client.baseUrl,
    request(path, init) {
      if ((init.method ?? 'GET') !== 'GET') writes.push(`${init.method} ${path}`);
      return client.request(path, init);
    },
  };
  const log = openActivityLog(`console-harness-${logs++}`);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const msal = { instance: pca, inProgress: 'none' as const, accounts: [account], logger: new Logger({}) };

  return {
    log,
    graph,
    writes,
    render: (ui) =>
      render(
        <FluentProvider theme={webLightTheme}>
          <MsalContext.Provider value={msal}>
            <QueryClientProvider client={queryClient}>
              <GraphClientContext.Provider value={graph}>
                <ActivityLogContext.Provider value={log}>{ui}</ActivityLogContext.Provider>
              </GraphClientContext.Provider>
            </QueryClientProvider>
          </MsalContext.Provider>
        </FluentProvider>,
      ),
  };
}
