/**
 * Bulk revocation: many grant / app-role revocations through $batch (20 per call, a few calls in
 * flight), paced under Graph's write limit, with items Graph throttled re-sent after their Retry-After.
 * Every item is recorded in the Activity log exactly as `applyChanges` records it (pending before the
 * request, then succeeded / already done / failed), and grants are re-read just before they are deleted
 * so the log (and a restore) holds the grant as it really was.
 */
import { appRoleAssignedToPath, WRITE_APP_ROLE_ASSIGNMENTS } from '../graph/app-role-assignment-writes';
import { batch, chunk, MAX_BATCH_SIZE, type BatchRequest, type BatchResult } from '../graph/batch';
import { grantPath, WRITE_GRANTS } from '../graph/grant-writes';
import type { GraphClient } from '../graph/graph-client';
import { sharedWritePacer, type WritePacer } from '../graph/write-pacer';
import type { ActivityLog } from './activity-log';
import { applyChanges, errorSummary, pendingEntry, type Change, type ChangeActor, type ChangeResult } from './changes';
import { GRANT_READ_SCOPES, grantReadPath } from './read-current';
import type { ActivityEntry, GrantSnapshot } from './types';

export type BatchableChange = Extract<Change, { kind: 'revoke-grant' | 'revoke-app-role' }>;

export const isBatchable = (change: Change): change is BatchableChange => change.kind === 'revoke-grant' || change.kind === 'revoke-app-role';

export interface BatchedProgress {
  total: number;
  succeeded: number;
  alreadyDone: number;
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
  change: BatchableChange;
  entry: ActivityEntry;
  /** The grant as re-read just before the delete. */
  current?: GrantSnapshot;
}

/**
 * Applies changes and returns one result per change, in the order given. Revocations go through $batch;
 * any other kind of change is applied one at a time by `applyChanges`.
 */
export async function applyChangesInBatches(
  graph: GraphClient,
  log: ActivityLog,
  actor: ChangeActor,
  changes: readonly Change[],
  options: BatchedApplyOptions = {},
): Promise<ChangeResult[]> {
  const { signal, pacer = sharedWritePacer(), concurrency = 4, maxThrottleRetries = 5 } = options;
  const results: (ChangeResult | undefined)[] = new Array(changes.length);
  const progress: BatchedProgress = { total: changes.length, succeeded: 0, alreadyDone: 0, failed: 0, throttled: 0, requests: 0 };
  const report = () => options.onProgress?.({ ...progress });
  const COUNTER = { succeeded: 'succeeded', 'already-done': 'alreadyDone', failed: 'failed' } as const;

  const settle = async (item: Item, outcome: ChangeResult['outcome'], update: Partial<ActivityEntry>, error?: Error) => {
    const entry = (await log.update(item.entry.id, { ...update, outcome })) ?? { ...item.entry, ...update, outcome };
    results[item.index] = { change: item.change, outcome, entry, ...(error ? { error } : {}) };
    progress[COUNTER[outcome]]++;
  };
  const fail = (item: Item, error: unknown) =>
    settle(item, 'failed', { error: errorSummary(error) }, error instanceof Error ? error : new Error(String(error)));

  const send = async <T>(requests: BatchRequest[], scopes: readonly string[]): Promise<BatchResult<T>[]> => {
    progress.requests += Math.ceil(requests.length / MAX_BATCH_SIZE);
    return batch<T>(graph, requests, { scopes, signal, retry: { maxRetries: 0 } });
  };

  /** Re-reads the group's grants; those gone already are done. Returns the items still to delete. */
  async function reread(items: Item[]): Promise<Item[]> {
    if (items[0]?.change.kind !== 'revoke-grant') return items;
    let pending = items;
    const found: Item[] = [];
    for (let attempt = 0; pending.length > 0; attempt++) {
      const answers = await send<GrantSnapshot>(pending.map((item, n) => ({ id: String(n), url: grantReadPath(grantId(item)) })), GRANT_READ_SCOPES);
      const retry: Item[] = [];
      await Promise.all(
        answers.map(async (answer, n) => {
          const item = pending[n]!;
          if (answer.ok) found.push({ ...item, current: grantSnapshot(answer.body) });
          else if (answer.status === 404) await settle(item, 'already-done', { before: item.entry.before, after: null });
          else if (isThrottled(answer) && attempt < maxThrottleRetries) retry.push(item);
          else await fail(item, answer.error);
        }),
      );
      if (retry.length > 0) await waitOut(answers, retry.length);
      pending = retry;
    }
    return found;
  }

  async function waitOut(answers: BatchResult<unknown>[], count: number) {
    progress.throttled += count;
    report();
    const seconds = Math.max(1, ...answers.filter(isThrottled).map((a) => a.error.retryAfterSeconds ?? 1));
    pacer.hold(seconds);
    await pacer.take(0, signal);
  }

  async function revoke(items: Item[]): Promise<void> {
    let pending = items;
    for (let attempt = 0; pending.length > 0; attempt++) {
      await pacer.take(pending.length, signal);
      const answers = await send<undefined>(pending.map((item, n) => ({ id: String(n), method: 'DELETE', url: deletePath(item) })), writeScopes(pending));
      const retry: Item[] = [];
      await Promise.all(
        answers.map(async (answer, n) => {
          const item = pending[n]!;
          const before = item.current ?? item.entry.before;
          if (answer.ok) await settle(item, 'succeeded', { before, after: null });
          else if (answer.status === 404) await settle(item, 'already-done', { before, after: null });
          else if (isThrottled(answer) && attempt < maxThrottleRetries) retry.push(item);
          else await fail(item, answer.error);
        }),
      );
      if (retry.length > 0) await waitOut(answers, retry.length);
      pending = retry;
    }
  }

  const indexed = changes.map((change, index) => ({ change, index }));
  const batchable = indexed.filter((x): x is { change: BatchableChange; index: number } => isBatchable(x.change));
  const groups = [
    ...chunk(batchable.filter((x) => x.change.kind === 'revoke-grant'), MAX_BATCH_SIZE),
    ...chunk(batchable.filter((x) => x.change.kind === 'revoke-app-role'), MAX_BATCH_SIZE),
  ];
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
    const applied = await applyChanges(graph, log, actor, others.map((x) => x.change), { signal });
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

const isThrottled = <T>(answer: BatchResult<T>): answer is Extract<BatchResult<T>, { ok: false }> =>
  !answer.ok && (answer.status === 429 || answer.status === 503);

const grantSnapshot = ({ id, clientId, consentType, principalId, resourceId, scope }: GrantSnapshot): GrantSnapshot => ({
  id,
  clientId,
  consentType,
  principalId,
  resourceId,
  scope,
});

const grantId = (item: Item) => (item.change.kind === 'revoke-grant' ? item.change.grant.id : item.change.assignment.id);

function deletePath(item: Item): string {
  const change = item.change;
  return change.kind === 'revoke-grant'
    ? grantPath(item.current?.id ?? change.grant.id)
    : appRoleAssignedToPath(change.assignment.resourceId, change.assignment.id);
}

function writeScopes(items: Item[]): readonly string[] {
  return items[0]?.change.kind === 'revoke-grant' ? WRITE_GRANTS.scopes : WRITE_APP_ROLE_ASSIGNMENTS.scopes;
}
