import './app/base.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createQueryClient } from './app/query-client';
import { screensAt } from './app/router';
import { StartupError } from './app/startup-error';
import { loadAuthSettings } from './auth/auth-config';
import { completeRedirect } from './auth/complete-redirect';
import { graphTokenProvider } from './auth/graph-token';
import { createMsalInstance } from './auth/msal-instance';
import { createGraphClient } from './graph/graph-client';

/**
 * Start-up, with nothing waiting that need not: the screen's code loads while the settings and MSAL do;
 * once the redirect response is handled (never before), the screen's first reads start — their tokens come
 * from MSAL's cache — while its code may still be arriving, and the first render follows at once.
 */
async function start(): Promise<void> {
  const root = createRoot(document.getElementById('root')!);
  for (const screen of screensAt(window.location.pathname)) screen.preload();
  let settings;
  try {
    settings = await loadAuthSettings(import.meta.env, window.location.origin);
  } catch (error) {
    root.render(<StartupError message={error instanceof Error ? error.message : String(error)} />);
    return;
  }
  const pca = createMsalInstance(settings);
  // Created now, so the Graph client library (its own chunk) loads while MSAL initializes.
  const graph = createGraphClient({ graphBaseUrl: settings.graphBaseUrl, getToken: graphTokenProvider(pca) });
  await pca.initialize();
  // Read a redirect response (sign-in, consent or its error) before the first render and the first request.
  const redirectOutcome = await completeRedirect(pca);
  if (redirectOutcome.returnTo) window.history.replaceState(null, '', redirectOutcome.returnTo);
  const queryClient = createQueryClient();
  for (const screen of screensAt(window.location.pathname)) void screen.prefetch({ pca, queryClient, graph });
  root.render(
    <StrictMode>
      <App pca={pca} settings={settings} redirectOutcome={redirectOutcome} queryClient={queryClient} graph={graph} />
    </StrictMode>,
  );
}

void start();
