/**
 * Whether the console holds permissions, in the one sense that matters to a person: can it get a token
 * for them without asking anything? The current token says too little — it carries the scopes it was
 * issued for, while an administrator may have granted more for the organization since. So scopes the
 * current token lacks are asked for silently (MSAL's cache, then the refresh token); only when the
 * identity platform wants interaction are they missing, and only then does a screen show Grant access.
 * Screens' reads meet the same rule in the Graph client's token provider; dialogs and Diagnose use this.
 */
import type { AccountInfo, IPublicClientApplication } from '@azure/msal-browser';
import { useMsal } from '@azure/msal-react';
import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import { missingScopes } from '../permissions/scopes';
import { ConsentRequiredError } from './consent-required-error';
import { authKeys } from './current-token';
import { graphTokenProvider } from './graph-token';
import { useActiveAccount, useCurrentGraphToken } from './use-session';

export type HeldScopes =
  /** The token (or the silent attempt) is still being read. */
  | { state: 'unknown' }
  /** A token for every scope is obtainable without interaction. */
  | { state: 'held' }
  /** The identity platform wants interaction for these: consent (or sign in again). */
  | { state: 'missing'; error: ConsentRequiredError };

type Silent = { obtainable: true } | { obtainable: false; error: ConsentRequiredError };

/** Asks MSAL silently for a token carrying these scopes; a refusal that needs interaction is an answer, not an error. */
export const silentScopesQueryOptions = (pca: IPublicClientApplication, account: AccountInfo | null, scopes: readonly string[]) =>
  queryOptions({
    queryKey: [...authKeys.all, 'silent-scopes', account?.homeAccountId ?? 'signed-out', ...[...scopes].map((s) => s.toLowerCase()).sort()],
    queryFn:
      account && scopes.length > 0
        ? async (): Promise<Silent> => {
            try {
              await graphTokenProvider(pca)(scopes);
              return { obtainable: true };
            } catch (error) {
              if (error instanceof ConsentRequiredError) return { obtainable: false, error };
              throw error;
            }
          }
        : skipToken,
    // A grant made elsewhere shows on the next look; a refusal is not cached for long.
    staleTime: 0,
  });

/** The one answer to "does the console hold these scopes?" from the current token's scopes and a silent attempt. */
export function heldScopes(needed: readonly string[], tokenScopes: readonly string[] | undefined, silent: Silent | undefined): HeldScopes {
  if (!tokenScopes) return { state: 'unknown' };
  if (missingScopes(needed, tokenScopes).length === 0) return { state: 'held' };
  if (!silent) return { state: 'unknown' };
  return silent.obtainable ? { state: 'held' } : { state: 'missing', error: silent.error };
}

export function useHeldScopes(needed: readonly string[]): HeldScopes {
  const { instance } = useMsal();
  const account = useActiveAccount();
  const token = useCurrentGraphToken();
  const missing = token.data ? missingScopes(needed, token.data.scopes) : [];
  const silent = useQuery(silentScopesQueryOptions(instance, account, missing));
  if (silent.isError) {
    // Not an interaction answer (a network failure, say): Grant access is the way forward it offers.
    return { state: 'missing', error: new ConsentRequiredError(missing) };
  }
  return heldScopes(needed, token.data?.scopes, silent.data);
}
