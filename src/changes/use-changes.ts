/** React access to the change layer: apply (or restore), preview a restore, and read the Activity log. */
import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { createContext, useContext, useMemo, useState } from 'react';
import { useActiveAccount } from '../auth/use-session';
import type { GraphClient } from '../graph/graph-client';
import { useGraphClient } from '../graph/graph-client-context';
import { graphKeys } from '../graph/keys';
import { accountLog, openActivityLog, type ActivityLog, type LogOwner } from './activity-log';
import { applyChangesInBatches, isBatchable, type BatchedProgress } from './apply-in-batches';
import { applyChanges, type Change, type ChangeActor, type ChangeResult } from './changes';
import { activityKeys } from './keys';
import { refreshAfterChanges, type SettledChange } from './refresh-after-changes';
import { reconcilePending } from './reconcile-pending';
import { previewRestore, restoreChange } from './restore';
import type { ActivityEntry } from './types';

/** The browser's Activity log, shared by every account of the browser; tests may provide another. */
export const ActivityLogContext = createContext<ActivityLog>(openActivityLog());

/** The signed-in account's Activity log: its own entries only (another account's are neither shown nor restorable). */
export function useActivityLogStore(): ActivityLog {
  const log = useContext(ActivityLogContext);
  const { tenantId, oid } = useChangeActor();
  return useMemo(() => accountLog(log, { tenantId, oid }), [log, tenantId, oid]);
}

/** Lists the log, first settling pending entries a closed tab left behind (re-read from Graph). */
export const activityListQueryOptions = (services: { log: ActivityLog; graph?: GraphClient }, owner: LogOwner) =>
  queryOptions({
    // The log is the account's own (`useActivityLogStore`): the owner in the key is what tells lists apart.
    queryKey: activityKeys.listOf(owner),
    queryFn: async () => {
      if (services.graph) await reconcilePending(services.graph, services.log);
      return services.log.list();
    },
  });

export function useActivityLog() {
  const { tenantId, oid } = useChangeActor();
  return useQuery(activityListQueryOptions({ log: useActivityLogStore(), graph: useGraphClient() }, { tenantId, oid }));
}

/** The signed-in admin, as every Activity entry records them. */
export function useChangeActor(): ChangeActor {
  const account = useActiveAccount();
  const claims = account?.idTokenClaims;
  return {
    upn: account?.username ?? '',
    oid: (claims?.oid as string | undefined) ?? account?.localAccountId ?? '',
    tenantId: account?.tenantId ?? '',
  };
}

async function refresh(queryClient: QueryClient, results: readonly SettledChange[] | undefined) {
  if (results) return refreshAfterChanges(queryClient, results);
  // The call itself failed: what happened is unknown, so everything is re-read.
  await Promise.all([queryClient.invalidateQueries({ queryKey: graphKeys.all }), queryClient.invalidateQueries({ queryKey: activityKeys.all })]);
}

/**
 * Applies changes; two or more revocations go through $batch, paced under Graph's write limit. With
 * `restores`, the changes are that entry's restore (its inverse): they run as its restore, recorded as a
 * restore entry linked to it. Afterwards the cached inventory is patched and what the changes touched is re-read.
 */
export function useApplyChanges({ restores }: { restores?: ActivityEntry } = {}) {
  const graph = useGraphClient();
  const log = useActivityLogStore();
  const actor = useChangeActor();
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<BatchedProgress | null>(null);
  const [controller, setController] = useState<AbortController | null>(null);
  const mutation = useMutation({
    mutationFn: async (changes: readonly Change[]): Promise<ChangeResult[]> => {
      if (restores) return [await restoreChange(graph, log, actor, restores.id)];
      if (changes.filter(isBatchable).length < 2) return applyChanges(graph, log, actor, changes);
      const abort = new AbortController();
      setController(abort);
      setProgress(null);
      return applyChangesInBatches(graph, log, actor, changes, { signal: abort.signal, onProgress: setProgress });
    },
    onSettled: async (results) => {
      setController(null);
      await refresh(queryClient, results);
    },
  });
  return Object.assign(mutation, {
    /** Counts of a bulk change while it runs (null for one-at-a-time changes). */
    progress,
    /** Stops a bulk change: items not yet sent are reported as not sent. */
    cancel: controller ? () => controller.abort() : undefined,
  });
}

/** What restoring an entry would write, read from the tenant now (never from cache: the dialog shows the tenant as it is). */
export function useRestorePreview(entry: ActivityEntry) {
  const graph = useGraphClient();
  return useQuery({
    queryKey: activityKeys.restorePreview(entry),
    queryFn: ({ signal }) => previewRestore(graph, entry, signal),
    staleTime: 0,
    gcTime: 0,
  });
}
