import type { IPublicClientApplication } from '@azure/msal-browser';
import { MsalProvider } from '@azure/msal-react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { RouterProvider } from 'react-router';
import type { AuthSettings } from '../auth/auth-config';
import type { RedirectOutcome } from '../auth/complete-redirect';
import { ConsoleSessionContext } from '../auth/use-session';
import type { GraphClient } from '../graph/graph-client';
import { GraphClientContext } from '../graph/graph-client-context';
import { RouterNavigationClient } from './router-navigation-client';
import { createAppRouter } from './router';

interface AppProps {
  pca: IPublicClientApplication;
  settings: AuthSettings;
  redirectOutcome: RedirectOutcome;
  /** Made at start-up (src/main.tsx), which may have started the screen's first reads in them. */
  queryClient: QueryClient;
  graph: GraphClient;
}

export function App({ pca, settings, redirectOutcome, queryClient, graph }: AppProps) {
  const [router] = useState(createAppRouter);
  // Without a pending interaction the error belongs to the screen the tab opens on.
  const [redirectError, setRedirectError] = useState(
    () => redirectOutcome.error && { ...redirectOutcome.error, route: redirectOutcome.error.route ?? window.location.pathname },
  );

  useEffect(() => {
    pca.setNavigationClient(new RouterNavigationClient((to, { replace }) => router.navigate(to, { replace })));
  }, [pca, router]);

  const session = useMemo(() => ({ settings, redirectError, dismissRedirectError: () => setRedirectError(undefined) }), [settings, redirectError]);

  return (
    <FluentProvider theme={webLightTheme}>
      <MsalProvider instance={pca}>
        <QueryClientProvider client={queryClient}>
          <ConsoleSessionContext.Provider value={session}>
            <GraphClientContext.Provider value={graph}>
              <RouterProvider router={router} />
            </GraphClientContext.Provider>
          </ConsoleSessionContext.Provider>
        </QueryClientProvider>
      </MsalProvider>
    </FluentProvider>
  );
}
