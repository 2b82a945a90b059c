/**
 * After Microsoft's admin-consent page returns: re-reads what the app holds (waiting out replication,
 * as for any write), compares its tenant-wide permissions with the snapshot taken before the redirect,
 * and records in the Activity log what changed — including the scopes a `/.default` consent REMOVED.
 * Recorded once per request: a reload or a remount reads again but does not record again.
 */
import { queryOptions, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { markAdminConsentRecorded, type AdminConsentRequestRecord } from '../../../auth/admin-consent-request';
import type { ActivityLog } from '../../../changes/activity-log';
import type { ChangeActor } from '../../../changes/changes';
import { activityKeys } from '../../../changes/keys';
import { confirmWrite, READ_AFTER_WRITE, type ReadAfterWritePolicy, type Visibility } from '../../../changes/read-after-write';
import type { ActivityEntry } from '../../../changes/types';
import { useActivityLogStore, useChangeActor } from '../../../changes/use-changes';
import { loadAppConsentState, tenantWideSnapshot, type AppConsentState } from '../../../graph/app-consent';
import type { GraphClient } from '../../../graph/graph-client';
import { useGraphClient } from '../../../graph/graph-client-context';
import { graphKeys } from '../../../graph/keys';
import { adminConsentEntries } from './admin-consent-entries';
import { consentStateNames } from './granted-permissions';
import { adminConsentKeys } from './keys';
import { diffTenantWide, showsConsent, unchangedReason, type TenantWideDiff, type Unchanged } from './tenant-wide-diff';

export interface AdminConsentOutcome {
  state: AppConsentState;
  /** Undefined when no snapshot was taken before the redirect. */
  diff: TenantWideDiff | undefined;
  visibility: Visibility;
  /** Why nothing changed, if nothing did. */
  unchanged: Unchanged;
  /** The entries recorded by this read (empty when an earlier read recorded them). */
  recorded: ActivityEntry[];
}

interface Services {
  graph: GraphClient;
  log: ActivityLog;
  actor: ChangeActor;
  queryClient: QueryClient;
  policy?: ReadAfterWritePolicy;
  storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
}

export async function readAndRecordAdminConsent(
  { graph, log, actor, queryClient, policy = READ_AFTER_WRITE, storage }: Services,
  request: AdminConsentRequestRecord,
  grantedScopes: readonly string[],
  signal?: AbortSignal,
): Promise<AdminConsentOutcome> {
  let state: AppConsentState | undefined;
  let diff: TenantWideDiff | undefined;
  let failure: unknown;
  const visibility = await confirmWrite(
    async () => {
      try {
        state = await loadAppConsentState(graph, request.appId, signal);
      } catch (error) {
        failure = error;
        throw error;
      }
      if (!request.before) return true;
      const after = tenantWideSnapshot(state);
      diff = diffTenantWide(request.before, after);
      return showsConsent(diff, after, grantedScopes);
    },
    policy,
    signal,
  );
  if (!state) throw failure instanceof Error ? failure : new Error('The application’s permissions could not be read.');
  const read = state;
  const unchanged = unchangedReason(visibility === 'visible', grantedScopes);
  let recorded: ActivityEntry[] = [];
  if (!request.recordedAt) {
    recorded = adminConsentEntries({
      actor,
      request,
      diff,
      unchanged,
      names: consentStateNames(read),
    });
    for (const entry of recorded) await log.add(entry);
    markAdminConsentRecorded(request.state, storage ? { storage } : {});
    await Promise.all([queryClient.invalidateQueries({ queryKey: activityKeys.all }), queryClient.invalidateQueries({ queryKey: graphKeys.appConsent.all() })]);
  }
  return { state: read, diff, visibility, unchanged, recorded };
}

export const adminConsentOutcomeQueryOptions = (services: Services, request: AdminConsentRequestRecord, grantedScopes: readonly string[]) =>
  // eslint-disable-next-line @tanstack/query/exhaustive-deps -- the request's state identifies the answer (services are allowlisted)
  queryOptions({
    queryKey: adminConsentKeys.outcome(request.state),
    queryFn: ({ signal }) => readAndRecordAdminConsent(services, request, grantedScopes, signal),
    staleTime: Number.POSITIVE_INFINITY,
  });

export function useAdminConsentOutcome(request: AdminConsentRequestRecord, grantedScopes: readonly string[]) {
  const services = { graph: useGraphClient(), log: useActivityLogStore(), actor: useChangeActor(), queryClient: useQueryClient() };
  return useQuery(adminConsentOutcomeQueryOptions(services, request, grantedScopes));
}
