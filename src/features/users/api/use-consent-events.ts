import { useQuery } from '@tanstack/react-query';
import { useGraphClient } from '../../../graph/graph-client-context';
import { userConsentEventsQueryOptions } from '../../../graph/list-user-consent-events';

/** Only asked once the user's apps are shown: the dates are a detail, not a reason to block the screen. */
export function useConsentEvents(userId: string | undefined, enabled: boolean) {
  const graph = useGraphClient();
  return useQuery({ ...userConsentEventsQueryOptions(graph, userId ?? ''), enabled: enabled && Boolean(userId) });
}
