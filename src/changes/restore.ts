/** Restores a recorded change: reads what the tenant holds now, plans, writes, and records the restore. */
import { createAppRoleAssignment, isDuplicateAssignmentError } from '../graph/app-role-assignment-writes';
import { createGrant, isDuplicateGrantError, setGrantScope } from '../graph/grant-writes';
import type { GraphClient } from '../graph/graph-client';
import type { ActivityLog } from './activity-log';
import { newEntryId } from './activity-log';
import { errorSummary, type ChangeActor } from './changes';
import { findGrant, hasAssignment } from './read-current';
import { isRestorable, planRestore, type CurrentState } from './restore-plan';
import { isGrant, type ActivityEntry } from './types';

export class RestoreError extends Error {
  override name = 'RestoreError';
}

async function currentState(graph: GraphClient, entry: ActivityEntry, signal?: AbortSignal): Promise<CurrentState> {
  const before = entry.before!;
  if (isGrant(before)) {
    const { id: _id, scope: _scope, ...key } = before;
    return { grant: await findGrant(graph, key, signal) };
  }
  const { id: _id, ...assignment } = before;
  return { assignmentExists: await hasAssignment(graph, assignment, signal) };
}

const ALREADY_IN_PLACE = 'already in place: Microsoft Graph answered that it exists (it was not listed yet when read)';

/** Creates once: a duplicate answer (409, or 400 for an existing app role) means it is already in place. */
async function createdOnce(
  create: () => Promise<NonNullable<ActivityEntry['after']>>,
  isDuplicate: (error: unknown) => boolean,
  summary: string,
): Promise<Partial<ActivityEntry>> {
  try {
    return { outcome: 'succeeded', after: await create() };
  } catch (error) {
    if (isDuplicate(error)) return { outcome: 'already-done', summary };
    throw error;
  }
}

/** Returns the restore's own Activity entry (succeeded, already done, or failed with the Graph error). */
export async function restoreEntry(
  graph: GraphClient,
  log: ActivityLog,
  actor: ChangeActor,
  entryId: string,
  { signal }: { signal?: AbortSignal } = {},
): Promise<ActivityEntry> {
  const original = await log.get(entryId);
  if (!original) throw new RestoreError('That change is not in the Activity log.');
  if (!isRestorable(original)) throw new RestoreError('That change cannot be restored (it failed, created something, or was restored already).');

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
    const now = await currentState(graph, original, signal);
    const step = planRestore(original, now);
    let change: Partial<ActivityEntry>;
    switch (step.kind) {
      case 'create-grant':
        change = await createdOnce(() => createGrant(graph, step.grant, signal), isDuplicateGrantError, `${entry.summary} — ${ALREADY_IN_PLACE}`);
        break;
      case 'set-grant-scope':
        await setGrantScope(graph, step.grantId, step.scope, signal);
        change = { outcome: 'succeeded', before: now.grant ?? null, after: now.grant ? { ...now.grant, scope: step.scope } : null };
        break;
      case 'create-assignment':
        change = await createdOnce(() => createAppRoleAssignment(graph, step.assignment, signal), isDuplicateAssignmentError, `${entry.summary} — ${ALREADY_IN_PLACE}`);
        break;
      case 'nothing':
        change = { outcome: 'already-done', summary: `${entry.summary} — ${step.reason}` };
        break;
    }
    const done = (await log.update(entry.id, change)) ?? { ...entry, ...change };
    await log.update(original.id, { restoredBy: entry.id });
    return done;
  } catch (error) {
    return (await log.update(entry.id, { outcome: 'failed', error: errorSummary(error) })) ?? entry;
  }
}
