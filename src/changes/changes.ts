/**
 * The one way the console changes a tenant: each change is described before it runs, recorded in the
 * Activity log before the request goes out (pending) and after (succeeded / failed / already done /
 * not yet visible), and can be restored. What each kind of change does lives in its entry in kinds.ts;
 * every write is confirmed by reading it back (read-after-write.ts): the directory is eventually consistent.
 */
import type { GraphClient } from '../graph/graph-client';
import { GraphError } from '../graph/graph-error';
import type { ActivityLog } from './activity-log';
import { newEntryId } from './activity-log';
import type { Applied, Change, ChangeActor, ChangeResult } from './change-types';
import { kindOf } from './kinds';
import { READ_AFTER_WRITE, type ReadAfterWritePolicy } from './read-after-write';
import { changeSetKey, runOnce } from './run-once';
import type { ActivityAction, ActivityEntry } from './types';

export type { Change, ChangeActor, ChangeNames, ChangeResult } from './change-types';

/** Exactly what a change will do, in one line. */
export function describeChange(change: Change): string {
  return kindOf(change).describe(change);
}

/** Runs one change (re-read, write, read back) without recording it. */
export function runChange(graph: GraphClient, change: Change, signal: AbortSignal | undefined, policy: ReadAfterWritePolicy): Promise<Applied> {
  return kindOf(change).run(change, { graph, signal, policy });
}

function target(change: Change): ActivityEntry['target'] {
  const { names } = change;
  return {
    ...kindOf(change).parties(change),
    clientName: names.clientName,
    resourceName: names.resourceName,
    principalName: names.principalName,
    permission: names.permission,
  };
}

/** The Activity log entry written before a change's request goes out (also used by the batched path). */
export function pendingEntry(actor: ChangeActor, change: Change): ActivityEntry {
  return {
    id: newEntryId(),
    at: new Date().toISOString(),
    actor,
    // A change's action in the log is its kind's name (a kind registered by a test logs its own name).
    action: change.kind as ActivityAction,
    summary: describeChange(change),
    target: target(change),
    before: kindOf(change).before(change),
    after: null,
    outcome: 'pending',
    ...(kindOf(change).planned ? { planned: kindOf(change).planned!(change) } : {}),
  };
}

export interface ApplyOptions {
  signal?: AbortSignal;
  readAfterWrite?: ReadAfterWritePolicy;
}

/**
 * Applies changes one at a time, in order; each is recorded whatever happens. The same set of changes
 * applied again while it runs (a double click) gets the same promise: it is written and logged once.
 */
export function applyChanges(
  graph: GraphClient,
  log: ActivityLog,
  actor: ChangeActor,
  changes: readonly Change[],
  options: ApplyOptions = {},
): Promise<ChangeResult[]> {
  return runOnce(log, `apply:${changeSetKey(changes)}`, () => applyNow(graph, log, actor, changes, options));
}

async function applyNow(
  graph: GraphClient,
  log: ActivityLog,
  actor: ChangeActor,
  changes: readonly Change[],
  { signal, readAfterWrite = READ_AFTER_WRITE }: ApplyOptions,
): Promise<ChangeResult[]> {
  const results: ChangeResult[] = [];
  for (const change of changes) {
    const entry = pendingEntry(actor, change);
    await log.add(entry);
    try {
      const applied = await runChange(graph, change, signal, readAfterWrite);
      const done = (await log.update(entry.id, applied)) ?? { ...entry, ...applied };
      results.push({ change, outcome: applied.outcome, entry: done });
    } catch (error) {
      const failure = errorSummary(error);
      const failed = (await log.update(entry.id, { outcome: 'failed', error: failure })) ?? { ...entry, outcome: 'failed' as const, error: failure };
      results.push({ change, outcome: 'failed', entry: failed, error: error instanceof Error ? error : new Error(String(error)) });
    }
  }
  return results;
}

export function errorSummary(error: unknown): NonNullable<ActivityEntry['error']> {
  if (error instanceof GraphError) return { status: error.status, code: error.code, message: error.message, requestId: error.requestId };
  return { message: error instanceof Error ? error.message : String(error) };
}
