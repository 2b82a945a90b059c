import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { Component, useEffect, type ReactNode } from 'react';
import { useOnline } from '../ui/offline-banner';

/** A screen's code chunk could not be downloaded (offline, or a new deployment replaced it). */
export function isChunkLoadError(error: Error): boolean {
  return /dynamically imported module|Importing a module script failed|error loading dynamically imported module/i.test(error.message);
}

function ScreenLoadError({ error }: { error: Error }) {
  const online = useOnline();
  const chunk = isChunkLoadError(error);
  // A failed import stays failed in this page: once the connection is back, load the same URL again.
  useEffect(() => {
    if (!chunk) return;
    const reload = () => window.location.reload();
    window.addEventListener('online', reload);
    return () => window.removeEventListener('online', reload);
  }, [chunk]);
  return (
    <MessageBar intent={chunk && !online ? 'warning' : 'error'} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>This screen could not be loaded</MessageBarTitle>
        {chunk && !online
          ? 'The browser is offline and this screen has not been downloaded yet. It opens as soon as the connection is back.'
          : chunk
            ? 'Its code could not be downloaded (the connection failed, or a newer version of the console was deployed). Reload to try again.'
            : error.message}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={() => window.location.reload()}>Reload</Button>
      </MessageBarActions>
    </MessageBar>
  );
}

interface State {
  error: Error | null;
}

/** Keeps the shell (navigation, account) usable when one screen fails to load or render. */
export class ScreenErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    return this.state.error ? <ScreenLoadError error={this.state.error} /> : this.props.children;
  }
}
