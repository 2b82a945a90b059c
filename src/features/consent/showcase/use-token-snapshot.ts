import type { AccountInfo, IPublicClientApplication } from '@azure/msal-browser';
import { useMsal } from '@azure/msal-react';
import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import { BASELINE_GRAPH_SCOPE } from '../../../auth/scopes';
import { useActiveAccount } from '../../../auth/use-session';
import { snapshotOf, type TokenSnapshot } from './token-snapshot';

export const showcaseKeys = {
  all: ['showcase'] as const,
  token: (homeAccountId: string | undefined) => [...showcaseKeys.all, 'graph-token', homeAccountId ?? 'signed-out'] as const,
};

/** The console's Graph token as MSAL hands it out now: from the cache, or refreshed when asked to. */
export async function readGraphToken(pca: IPublicClientApplication, account: AccountInfo, forceRefresh = false): Promise<TokenSnapshot> {
  const result = await pca.acquireTokenSilent({ scopes: [BASELINE_GRAPH_SCOPE], account, forceRefresh });
  return snapshotOf(result.accessToken);
}

const tokenQueryOptions = (pca: IPublicClientApplication, account: AccountInfo | null) =>
  queryOptions({
    queryKey: showcaseKeys.token(account?.homeAccountId),
    queryFn: account ? () => readGraphToken(pca, account) : skipToken,
    staleTime: 0,
    gcTime: 0,
  });

/** The current Graph token's claims (read from MSAL's cache, never forcing a refresh). */
export function useTokenSnapshot() {
  const { instance } = useMsal();
  const account = useActiveAccount();
  return useQuery(tokenQueryOptions(instance, account));
}
