import './app/base.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { StartupError } from './app/startup-error';
import { loadAuthSettings } from './auth/auth-config';
import { completeRedirect } from './auth/complete-redirect';
import { createMsalInstance } from './auth/msal-instance';

async function start(): Promise<void> {
  const root = createRoot(document.getElementById('root')!);
  let settings;
  try {
    settings = await loadAuthSettings(import.meta.env, window.location.origin);
  } catch (error) {
    root.render(<StartupError message={error instanceof Error ? error.message : String(error)} />);
    return;
  }
  const pca = createMsalInstance(settings);
  await pca.initialize();
  // Read a redirect response (sign-in, consent or its error) before the first render.
  const redirectOutcome = await completeRedirect(pca);
  if (redirectOutcome.returnTo) window.history.replaceState(null, '', redirectOutcome.returnTo);
  root.render(
    <StrictMode>
      <App pca={pca} settings={settings} redirectOutcome={redirectOutcome} />
    </StrictMode>,
  );
}

void start();
