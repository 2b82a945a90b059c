/**
 * Restores a recorded change by running its inverse change (from its kind's entry in kinds.ts) through
 * the engine: the inverse re-reads the tenant and writes only what the change removed. The restore is
 * recorded as its own Activity entry, whose summary says what differs from when the change was made.
 */
import type { GraphClient } from '../graph/graph-client';
import type { GraphOperation } from '../graph/operation';
import type { ActivityLog } from './activity-log';
import { newEntryId } from './activity-log';
import { errorSummary, runChange, type Change, type ChangeActor, type ChangeResult } from './changes';
import { kindOfAction } from './kinds';
import { READ_AFTER_WRITE, type ReadAfterWritePolicy } from './read-after-write';
import { findGrant, hasAssignment } from './read-current';
import { grantDifferences, isRestorable, planRestore, type CurrentState, type RestoreStep } from './restore-plan';
import { runOnce } from './run-once';
import { isAssignment, isGrant, type ActivityEntry } from './types';
import { READ_SERVICE_PRINCIPAL_ASSIGNMENTS, READ_USER_ASSIGNMENTS_FOR_WRITE } from '../graph/operations/app-role-assignments';
import { READ_GRANT_NOW } from '../graph/operations/grants';

export class RestoreError extends Error {
  override name = 'RestoreError';
}

async function currentState(graph: GraphClient, entry: ActivityEntry, signal?: AbortSignal): Promise<CurrentState> {
  const before = entry.before;
  if (isGrant(before)) {
    const { id: _id, scope: _scope, ...key } = before;
    return { grant: await findGrant(graph, key, signal) };
  }
  if (!isAssignment(before)) return {};
  const { id: _id, ...assignment } = before;
  return { assignmentExists: await hasAssignment(graph, assignment, signal) };
}

/**
 * The read behind a restore's preview, chosen in one place: a kind's own preview read where it has one, else
 * the grant or app role assignment read. `operation` names it for the preview's error message; `plan` runs it.
 */
export function restorePreviewRead(entry: ActivityEntry): { operation: GraphOperation; plan(graph: GraphClient, signal?: AbortSignal): Promise<RestoreStep> } {
  const own = kindOfAction(entry.action)?.restorePreview;
  if (own) return { operation: own.operation, plan: (graph, signal) => own.plan(entry, { graph, signal }) };
  const before = entry.before;
  const operation = isGrant(before)
    ? READ_GRANT_NOW
    : isAssignment(before) && before.principalType === 'User'
      ? READ_USER_ASSIGNMENTS_FOR_WRITE
      : READ_SERVICE_PRINCIPAL_ASSIGNMENTS;
  return { operation, plan: async (graph, signal) => planRestore(entry, await currentState(graph, entry, signal)) };
}

/** What restoring this entry would write now, read from the tenant (for the restore preview). */
export async function previewRestore(graph: GraphClient, entry: ActivityEntry, signal?: AbortSignal): Promise<RestoreStep> {
  if (!isRestorable(entry)) return planRestore(entry, {});
  return restorePreviewRead(entry).plan(graph, signal);
}

/** What the tenant holds now that differs from what the change left (grants; other kinds say nothing). */
async function differencesNow(graph: GraphClient, entry: ActivityEntry, signal?: AbortSignal): Promise<string[]> {
  if (!isGrant(entry.before)) return [];
  return grantDifferences(entry, (await currentState(graph, entry, signal)).grant);
}

export interface RestoreOptions {
  signal?: AbortSignal;
  readAfterWrite?: ReadAfterWritePolicy;
}

/** The change a restore of this entry runs (its kind's inverse: only what the change removed); undefined when it cannot be restored. */
export function restoreChangeOf(entry: ActivityEntry): Change | undefined {
  return isRestorable(entry) ? kindOfAction(entry.action)?.inverse?.(entry) : undefined;
}

/**
 * Restores a recorded change as a change: the result names the inverse change that ran and holds the
 * restore's own Activity entry (succeeded, already done, or failed with the Graph error). Pressing Restore
 * twice while it runs restores once (the same promise).
 */
export function restoreChange(graph: GraphClient, log: ActivityLog, actor: ChangeActor, entryId: string, options: RestoreOptions = {}): Promise<ChangeResult> {
  return runOnce(log, `restore:${entryId}`, () => restoreNow(graph, log, actor, entryId, options));
}

async function restoreNow(graph: GraphClient, log: ActivityLog, actor: ChangeActor, entryId: string, options: RestoreOptions): Promise<ChangeResult> {
  const { signal, readAfterWrite = READ_AFTER_WRITE } = options;
  const original = await log.get(entryId);
  if (!original) throw new RestoreError('That change is not in the Activity log.');
  const inverse = restoreChangeOf(original);
  if (!inverse) throw new RestoreError('That change cannot be restored (it failed, created something, or was restored already).');

  const entry: ActivityEntry = {
    id: newEntryId(),
    at: new Date().toISOString(),
    actor,
    action: 'restore',
    summary: `Restore: ${original.summary}`,
    target: original.target,
    before: null,
    after: null,
    outcome: 'pending',
    restores: original.id,
  };
  await log.add(entry);
  try {
    const differences = await differencesNow(graph, original, signal);
    const applied = await runChange(graph, inverse, signal, readAfterWrite);
    const said = [entry.summary, applied.outcome === 'already-done' ? 'already in place: nothing was missing' : '', ...differences].filter(Boolean);
    const change: Partial<ActivityEntry> = { ...applied, summary: applied.summary ?? said.join(' — ') };
    const done = (await log.update(entry.id, change)) ?? { ...entry, ...change };
    await log.update(original.id, { restoredBy: entry.id });
    return { change: inverse, outcome: applied.outcome, entry: done };
  } catch (error) {
    const failed = (await log.update(entry.id, { outcome: 'failed', error: errorSummary(error) })) ?? { ...entry, outcome: 'failed' as const };
    return { change: inverse, outcome: 'failed', entry: failed, error: error instanceof Error ? error : new Error(String(error)) };
  }
}
