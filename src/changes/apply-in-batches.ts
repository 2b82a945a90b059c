/**
 * Bulk revocation: many grant / app-role revocations through $batch (20 per call, a few calls in
 * flight), paced under Graph's write limit, with items Graph throttled re-sent after their Retry-After
 * by `batch` (src/graph/batch.ts), the one sender of $batch items.
 * Every item is recorded in the Activity log exactly as `applyChanges` records it (pending before the
 * request, then succeeded / already done / not yet visible / failed), and grants are re-read just before
 * they are deleted so the log (and a restore) holds the grant as it really was. As in `applyChanges`,
 * a grant that a re-read does not find is read once more before it counts as already gone, and a
 * deletion counts as done only once a re-read no longer finds it (the directory is eventually consistent).
 */
import { batch, chunk, MAX_BATCH_SIZE, type BatchRequest, type BatchResult } from '../graph/batch';
import type { GraphClient } from '../graph/graph-client';
import { sharedWritePacer, type WritePacer } from '../graph/write-pacer';
import type { ActivityLog } from './activity-log';
import { applyChanges, errorSummary, pendingEntry, type Change, type ChangeActor, type ChangeResult } from './changes';
import { changeSetKey, runOnce } from './run-once';
import { confirmWrite, READ_AFTER_WRITE, type ReadAfterWritePolicy } from './read-after-write';
import { kindOf, type BatchSpec } from './kinds';
import type { ActivityEntry } from './types';

/** Whether a change's kind goes through $batch (its table entry has `batch`). */
export const isBatchable = (change: Change): boolean => kindOf(change).batch !== undefined;

const batchOf = (change: Change): BatchSpec<Change> => kindOf(change).batch!;

export interface BatchedProgress {
  total: number;
  succeeded: number;
  alreadyDone: number;
  /** Deleted (Graph answered success) but still readable when the read-after-write budget ran out. */
  notYetVisible: number;
  failed: number;
  /** Items Graph answered 429/503 for (each was re-sent after its Retry-After). */
  throttled: number;
  /** $batch calls sent. */
  requests: number;
}

export interface BatchedApplyOptions {
  signal?: AbortSignal;
  /** Defaults to the page's shared pacer (Graph counts writes per app + tenant). */
  pacer?: WritePacer;
  /** $batch calls in flight at once. */
  concurrency?: number;
  /** Times one item is re-sent after Graph throttled it. */
  maxThrottleRetries?: number;
  onProgress?: (progress: BatchedProgress) => void;
  readAfterWrite?: ReadAfterWritePolicy;
}

/** Thrown into the results of items that were never sent (cancelled, or stopped by a failure of the whole call). */
export class NotSentError extends Error {
  constructor(reason: string) {
    super(`Not sent: ${reason}. Nothing was changed for this item.`);
    this.name = 'NotSentError';
  }
}

interface Item {
  index: number;
  change: Change;
  entry: ActivityEntry;
  /** The object as re-read just before the delete (kinds whose batch spec reads). */
  current?: NonNullable<ActivityEntry['before']>;
}

/**
 * Applies changes and returns one result per change, in the order given. Revocations go through $batch;
 * any other kind of change is applied one at a time by `applyChanges`. The same set applied again while
 * it runs (a double click) gets the same promise: nothing is sent or logged twice.
 */
export function applyChangesInBatches(
  graph: GraphClient,
  log: ActivityLog,
  actor: ChangeActor,
  changes: readonly Change[],
  options: BatchedApplyOptions = {},
): Promise<ChangeResult[]> {
  return runOnce(log, `batch:${changeSetKey(changes)}`, () => applyInBatchesNow(graph, log, actor, changes, options));
}

async function applyInBatchesNow(
  graph: GraphClient,
  log: ActivityLog,
  actor: ChangeActor,
  changes: readonly Change[],
  options: BatchedApplyOptions,
): Promise<ChangeResult[]> {
  const { signal, pacer = sharedWritePacer(), concurrency = 4, maxThrottleRetries = 5, readAfterWrite = READ_AFTER_WRITE } = options;
  const results: (ChangeResult | undefined)[] = new Array(changes.length);
  const progress: BatchedProgress = { total: changes.length, succeeded: 0, alreadyDone: 0, notYetVisible: 0, failed: 0, throttled: 0, requests: 0 };
  const report = () => options.onProgress?.({ ...progress });
  const COUNTER = { succeeded: 'succeeded', 'already-done': 'alreadyDone', 'not-yet-visible': 'notYetVisible', failed: 'failed' } as const;

  const settle = async (item: Item, outcome: ChangeResult['outcome'], update: Partial<ActivityEntry>, error?: Error) => {
    const entry = (await log.update(item.entry.id, { ...update, outcome })) ?? { ...item.entry, ...update, outcome };
    results[item.index] = { change: item.change, outcome, entry, ...(error ? { error } : {}) };
    progress[COUNTER[outcome]]++;
  };
  const fail = (item: Item, error: unknown) =>
    settle(item, 'failed', { error: errorSummary(error) }, error instanceof Error ? error : new Error(String(error)));

  /**
   * Sends through `batch`, which re-sends items Graph throttled: the wait holds the shared write pacer
   * (Graph counts writes per app and tenant, so every write of the page waits it out), and writes are
   * paced before each call. An item still throttled after the retries comes back failed.
   */
  const send = <T>(requests: BatchRequest[], scopes: readonly string[], paced: boolean): Promise<BatchResult<T>[]> =>
    batch<T>(graph, requests, {
      scopes,
      signal,
      retry: {
        maxRetries: maxThrottleRetries,
        sleep: async (ms, abort) => {
          pacer.hold(Math.max(1, ms / 1000));
          await pacer.take(0, abort ?? undefined);
        },
      },
      beforeSend: async (sent) => {
        progress.requests++;
        if (paced) await pacer.take(sent.length, signal);
      },
      onThrottled: (count) => {
        progress.throttled += count;
        report();
      },
    });

  /** Reads the group's objects; returns those found, those missing and those whose read failed (settling none). */
  async function readGrants(items: Item[]): Promise<{ found: Item[]; missing: Item[]; failed: { item: Item; error: unknown }[] }> {
    const read = items[0] ? batchOf(items[0].change).read : undefined;
    if (!read) return { found: items, missing: [], failed: [] };
    const found: Item[] = [];
    const missing: Item[] = [];
    const failed: { item: Item; error: unknown }[] = [];
    const answers = await send<unknown>(
      items.map((item, n) => ({ id: String(n), url: read.path(item.change) })),
      read.scopes,
      false,
    );
    answers.forEach((answer, n) => {
      const item = items[n]!;
      if (answer.ok) found.push({ ...item, current: read.snapshot(answer.body) });
      else if (answer.status === 404) missing.push(item);
      else failed.push({ item, error: answer.error });
    });
    return { found, missing, failed };
  }

  /**
   * Re-reads the group's objects (kinds that read); those missing are read once more after a short wait
   * (a just-created grant may 404), and only then are they already done. Returns the items still to delete.
   */
  async function reread(items: Item[]): Promise<Item[]> {
    if (!items[0] || !batchOf(items[0].change).read) return items;
    const first = await readGrants(items);
    const second = first.missing.length > 0 ? await readAgainAfterAWhile(first.missing) : { found: [], missing: [], failed: [] };
    await Promise.all([...first.failed, ...second.failed].map(({ item, error }) => fail(item, error)));
    await Promise.all(second.missing.map((item) => settle(item, 'already-done', { before: item.entry.before, after: null })));
    return [...first.found, ...second.found];
  }

  async function readAgainAfterAWhile(items: Item[]) {
    await readAfterWrite.sleep(readAfterWrite.recheckDelayMs, signal);
    return readGrants(items);
  }

  /** Whether each deleted item is gone from reads; true for those a read no longer finds. */
  async function goneNow(items: Item[]): Promise<boolean[]> {
    const spec = items[0] ? batchOf(items[0].change) : undefined;
    if (spec?.read) {
      // A read that failed proves nothing: the item keeps waiting (and ends "not yet visible").
      const { missing } = await readGrants(items);
      const gone = new Set(missing.map((item) => item.index));
      return items.map((item) => gone.has(item.index));
    }
    if (spec?.isDone)
      return spec.isDone(
        graph,
        items.map((item) => item.change),
        signal,
      );
    return items.map(() => true);
  }

  /** Settles deleted items: succeeded once reads no longer find them, else not yet visible. */
  async function confirmDeleted(items: Item[]): Promise<void> {
    let pending = items;
    await confirmWrite(
      async () => {
        const gone = await goneNow(pending);
        await Promise.all(
          pending.filter((_, n) => gone[n]).map((item) => settle(item, 'succeeded', { before: item.current ?? item.entry.before, after: null })),
        );
        pending = pending.filter((_, n) => !gone[n]);
        return pending.length === 0;
      },
      readAfterWrite,
      signal,
    );
    await Promise.all(pending.map((item) => settle(item, 'not-yet-visible', { before: item.current ?? item.entry.before, after: null })));
  }

  async function revoke(items: Item[]): Promise<void> {
    if (items.length === 0) return;
    const spec = batchOf(items[0]!.change);
    const answers = await send<undefined>(
      items.map((item, n) => ({ ...spec.request(item.change, item.current), id: String(n) })),
      spec.scopes,
      true,
    );
    const accepted: Item[] = [];
    await Promise.all(
      answers.map(async (answer, n) => {
        const item = items[n]!;
        if (answer.ok) accepted.push(item);
        else if (answer.status === 404) await settle(item, 'already-done', { before: item.current ?? item.entry.before, after: null });
        else await fail(item, answer.error);
      }),
    );
    if (accepted.length > 0) await confirmDeleted(accepted);
  }

  const indexed = changes.map((change, index) => ({ change, index }));
  const batchable = indexed.filter((x) => isBatchable(x.change));
  // One $batch holds one kind: its items share the write's scopes and its way of confirming.
  const kinds = [...new Set(batchable.map((x) => x.change.kind))];
  const groups = kinds.flatMap((kind) =>
    chunk(
      batchable.filter((x) => x.change.kind === kind),
      MAX_BATCH_SIZE,
    ),
  );
  let stopped: Error | undefined;

  async function worker(): Promise<void> {
    for (let group = groups.shift(); group && !stopped && !signal?.aborted; group = groups.shift()) {
      const items: Item[] = group.map(({ change, index }) => ({ index, change, entry: pendingEntry(actor, change) }));
      await Promise.all(items.map((item) => log.add(item.entry)));
      try {
        await revoke(await reread(items));
      } catch (error) {
        // The whole call failed (cancelled, consent, network): what this group did is unknown, so it is
        // recorded as failed; no further group is sent.
        stopped = error instanceof Error ? error : new Error(String(error));
        await Promise.all(items.filter((item) => !results[item.index]).map((item) => fail(item, error)));
      }
      report();
    }
  }

  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));

  const others = indexed.filter((x) => !isBatchable(x.change));
  if (others.length > 0 && !stopped && !signal?.aborted) {
    const applied = await applyChanges(
      graph,
      log,
      actor,
      others.map((x) => x.change),
      { signal, readAfterWrite },
    );
    applied.forEach((result, n) => (results[others[n]!.index] = result));
  }

  const reason = signal?.aborted ? 'cancelled' : `stopped after an earlier failure (${stopped?.message ?? 'unknown'})`;
  return changes.map((change, index) => results[index] ?? notSent(actor, change, reason));
}

function notSent(actor: ChangeActor, change: Change, reason: string): ChangeResult {
  const error = new NotSentError(reason);
  // Not written to the Activity log: no request went out for it.
  return { change, outcome: 'failed', entry: { ...pendingEntry(actor, change), outcome: 'failed', error: errorSummary(error) }, error };
}
