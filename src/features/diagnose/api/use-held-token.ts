import type { AccountInfo, IPublicClientApplication } from '@azure/msal-browser';
import { useMsal } from '@azure/msal-react';
import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import { CacheLookupPolicy } from '@azure/msal-browser';
import { BASELINE_GRAPH_SCOPE } from '../../../auth/scopes';
import { useActiveAccount } from '../../../auth/use-session';
import { decodeJwt, type DecodedJwt } from '../engine/claims-glossary';
import { diagnoseKeys } from './keys';

/**
 * The Graph access token the console holds now (from MSAL's cache; refreshed only when none is
 * cached), decoded. Only the decoded claims are kept, never the token text.
 */
async function loadHeldToken(pca: IPublicClientApplication, account: AccountInfo): Promise<DecodedJwt> {
  let token: string;
  try {
    token = (await pca.acquireTokenSilent({ scopes: [BASELINE_GRAPH_SCOPE], account, cacheLookupPolicy: CacheLookupPolicy.AccessToken })).accessToken;
  } catch {
    token = (await pca.acquireTokenSilent({ scopes: [BASELINE_GRAPH_SCOPE], account })).accessToken;
  }
  return decodeJwt(token);
}

export const heldTokenQueryOptions = (pca: IPublicClientApplication, account: AccountInfo | null) =>
  queryOptions({
    queryKey: diagnoseKeys.heldToken(account?.homeAccountId),
    queryFn: account ? () => loadHeldToken(pca, account) : skipToken,
    staleTime: 0,
  });

export function useHeldToken() {
  const { instance } = useMsal();
  const account = useActiveAccount();
  return useQuery(heldTokenQueryOptions(instance, account));
}
