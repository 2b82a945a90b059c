import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { onlineManager } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';

const subscribe = (onChange: () => void) => onlineManager.subscribe(onChange);
const isOnline = () => onlineManager.isOnline();

/** Online as TanStack Query sees it: while offline, queries and mutations wait instead of failing. */
export function useOnline(): boolean {
  return useSyncExternalStore(subscribe, isOnline, () => true);
}

/**
 * The shell's offline state (Fluent's MessageBar announces itself to screen readers when it appears).
 * What waited — reads and changes — runs when the connection returns, once.
 */
export function OfflineBanner() {
  const online = useOnline();
  if (online) return null;
  return (
    <MessageBar intent="warning" layout="multiline" politeness="assertive">
      <MessageBarBody>
        <MessageBarTitle>You are offline</MessageBarTitle>
        The console cannot reach Microsoft Graph. What you asked for waits and continues when the connection is back; nothing is sent twice.
      </MessageBarBody>
    </MessageBar>
  );
}
