/**
 * A change left "pending" (the tab closed mid-write) is settled on the next load by re-reading Graph:
 * succeeded when Graph shows it done, otherwise failed with an unknown outcome — the write may not have
 * gone out, or may not be visible yet; the entry says so instead of staying pending forever.
 */
import type { GraphClient } from '../graph/graph-client';
import type { ActivityLog } from './activity-log';
import { kindOfAction } from './kinds';
import type { ActivityEntry } from './types';

/**
 * Only entries older than this are settled: a younger one may still be running in another tab
 * (Graph's documented write budget lets one change take well under a minute; stricter is safer).
 */
export const PENDING_GRACE_MS = 2 * 60_000;

export const UNKNOWN_OUTCOME =
  'Outcome unknown: the console was closed before this change finished, and Microsoft Graph does not show it as done. Check the object and make the change again if needed.';

export async function reconcilePending(
  graph: GraphClient,
  log: ActivityLog,
  { now = Date.now(), graceMs = PENDING_GRACE_MS, signal }: { now?: number; graceMs?: number; signal?: AbortSignal } = {},
): Promise<ActivityEntry[]> {
  const stale = (await log.list()).filter((e) => e.outcome === 'pending' && now - Date.parse(e.at) >= graceMs);
  return Promise.all(stale.map((entry) => settle(graph, log, entry, signal)));
}

async function settle(graph: GraphClient, log: ActivityLog, entry: ActivityEntry, signal?: AbortSignal): Promise<ActivityEntry> {
  let done: boolean | undefined;
  try {
    done = await kindOfAction(entry.action)?.reconcile?.(entry, { graph, signal });
  } catch {
    // A failed read proves nothing: the entry is left pending, to be tried on a later load.
    return entry;
  }
  const change: Partial<ActivityEntry> = done ? { outcome: 'succeeded' } : { outcome: 'failed', error: { message: UNKNOWN_OUTCOME } };
  return (await log.update(entry.id, change)) ?? { ...entry, ...change };
}
