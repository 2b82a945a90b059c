/** React access to the change layer: apply, restore, and read the Activity log. */
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import { useActiveAccount } from '../auth/use-session';
import { useGraphClient } from '../graph/graph-client-context';
import { graphKeys } from '../graph/keys';
import { openActivityLog, type ActivityLog } from './activity-log';
import { applyChanges, type Change, type ChangeActor } from './changes';
import { activityKeys } from './keys';
import { restoreEntry } from './restore';

/** The browser's Activity log; tests may provide another. */
export const ActivityLogContext = createContext<ActivityLog>(openActivityLog());

export function useActivityLogStore(): ActivityLog {
  return useContext(ActivityLogContext);
}

export const activityListQueryOptions = (log: ActivityLog) =>
  queryOptions({ queryKey: activityKeys.list(), queryFn: () => log.list() });

export function useActivityLog() {
  return useQuery(activityListQueryOptions(useActivityLogStore()));
}

function useActor(): ChangeActor {
  const account = useActiveAccount();
  const claims = account?.idTokenClaims;
  return {
    upn: account?.username ?? '',
    oid: (claims?.oid as string | undefined) ?? account?.localAccountId ?? '',
    tenantId: account?.tenantId ?? '',
  };
}

/** Applies changes; afterwards Graph data and the Activity log are re-read. */
export function useApplyChanges() {
  const graph = useGraphClient();
  const log = useActivityLogStore();
  const actor = useActor();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: readonly Change[]) => applyChanges(graph, log, actor, changes),
    onSettled: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: graphKeys.all }),
        queryClient.invalidateQueries({ queryKey: activityKeys.all }),
      ]);
    },
  });
}

export function useRestore() {
  const graph = useGraphClient();
  const log = useActivityLogStore();
  const actor = useActor();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (entryId: string) => restoreEntry(graph, log, actor, entryId),
    onSettled: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: graphKeys.all }),
        queryClient.invalidateQueries({ queryKey: activityKeys.all }),
      ]);
    },
  });
}
