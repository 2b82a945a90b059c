import { useMsal } from '@azure/msal-react';
import { useQuery } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import type { AuthSettings } from './auth-config';
import type { RedirectError } from './complete-redirect';
import { currentGraphTokenQueryOptions } from './current-token';

export interface ConsoleSession {
  settings: AuthSettings;
  /** The error the last redirect came back with, until dismissed or its screen is left. */
  redirectError?: RedirectError;
  dismissRedirectError: () => void;
}

export const ConsoleSessionContext = createContext<ConsoleSession | null>(null);

export function useConsoleSession(): ConsoleSession {
  const session = useContext(ConsoleSessionContext);
  if (!session) throw new Error('useConsoleSession needs a ConsoleSessionContext provider.');
  return session;
}

/** The signed-in account (re-renders when MSAL's accounts change). */
export function useActiveAccount() {
  const { instance, accounts } = useMsal();
  return instance.getActiveAccount() ?? accounts[0] ?? null;
}

/**
 * The signed-in account's tenant, else the configured one. In live mode the configured tenant may be
 * `organizations`: the account knows the real one (its own apps are "your organization").
 */
export function useTenantId(): string {
  const { settings } = useConsoleSession();
  return useActiveAccount()?.tenantId ?? settings.tenantId;
}

/** Scopes and directory roles of the console's current Graph token; idle when signed out. */
export function useCurrentGraphToken() {
  const { instance } = useMsal();
  const account = useActiveAccount();
  return useQuery(currentGraphTokenQueryOptions(instance, account));
}
