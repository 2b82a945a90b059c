import type { AccountInfo, IPublicClientApplication } from '@azure/msal-browser';
import { queryOptions, skipToken } from '@tanstack/react-query';
import { graphTokenProvider } from './graph-token';
import { BASELINE_GRAPH_SCOPE } from './scopes';
import { summarizeGraphToken } from './token-claims';

export const authKeys = {
  all: ['auth'] as const,
  graphToken: (homeAccountId: string | undefined) => [...authKeys.all, 'graph-token', homeAccountId ?? 'signed-out'] as const,
};

/** What the console's current Graph access token carries: scopes held now, directory roles, expiry. */
export const currentGraphTokenQueryOptions = (pca: IPublicClientApplication, account: AccountInfo | null) =>
  queryOptions({
    queryKey: authKeys.graphToken(account?.homeAccountId),
    queryFn: account ? async () => summarizeGraphToken(await graphTokenProvider(pca)([BASELINE_GRAPH_SCOPE])) : skipToken,
  });
