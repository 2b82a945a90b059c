/**
 * The one way the console changes a tenant: each change is described before it runs, recorded in the
 * Activity log before the request goes out (pending) and after (succeeded / failed / already done /
 * not yet visible), and can be restored. Grants are re-read just before a PATCH, because PATCH replaces
 * the whole scope string and must not drop a scope someone added since the screen loaded. Every write
 * is confirmed by reading it back (read-after-write.ts): the directory is eventually consistent.
 */
import { createAppRoleAssignment, deleteAppRoleAssignment, isDuplicateAssignmentError } from '../graph/app-role-assignment-writes';
import { createGrant, deleteGrant, isDuplicateGrantError, scopeWithout, setGrantScope } from '../graph/grant-writes';
import type { GraphClient } from '../graph/graph-client';
import { GraphError } from '../graph/graph-error';
import { revokeSignInSessions } from '../graph/revoke-sign-in-sessions';
import type { ActivityLog } from './activity-log';
import { SESSION_REVOCATION_EFFECT } from './aftermath-text';
import { newEntryId } from './activity-log';
import { confirmWrite, READ_AFTER_WRITE, readTwiceIfMissing, type ReadAfterWritePolicy, type Visibility } from './read-after-write';
import { findGrant, isAssignmentListed, readGrant } from './read-current';
import { unionScopes } from './restore-plan';
import type { ActivityAction, ActivityEntry, AssignmentSnapshot, GrantSnapshot } from './types';

export interface ChangeActor {
  upn: string;
  oid: string;
  tenantId: string;
}

export interface ChangeNames {
  clientName?: string;
  resourceName?: string;
  principalName?: string;
  /** For app roles: the permission's value, e.g. Mail.Read. */
  permission?: string;
  /** For app roles: the resource's appId (Microsoft Graph's own app roles need a stronger role). */
  resourceAppId?: string;
}

export type Change =
  | { kind: 'revoke-grant'; grant: GrantSnapshot; names: ChangeNames }
  | { kind: 'remove-scopes'; grant: GrantSnapshot; scopes: string[]; names: ChangeNames }
  | { kind: 'add-scopes'; grant: GrantSnapshot | null; template: Omit<GrantSnapshot, 'id' | 'scope'>; scopes: string[]; names: ChangeNames }
  | { kind: 'revoke-app-role'; assignment: AssignmentSnapshot; names: ChangeNames }
  | { kind: 'add-app-role'; assignment: { principalId: string; principalType?: string | null; resourceId: string; appRoleId: string }; names: ChangeNames }
  | { kind: 'revoke-sessions'; userId: string; names: ChangeNames };

export interface ChangeResult {
  change: Change;
  /**
   * `already-done`: nothing needed doing (gone already, or already in place — a 409 on create).
   * `not-yet-visible`: Graph accepted the write, but reads did not show it within the read-after-write budget.
   */
  outcome: 'succeeded' | 'failed' | 'already-done' | 'not-yet-visible';
  entry: ActivityEntry;
  error?: Error;
}

/** An app role held by a user (the Users screen), as opposed to an application permission held by an app. */
const isUserRole = (assignment: { principalType?: string | null }) => assignment.principalType === 'User';

const who = (names: ChangeNames, principalId: string | null | undefined) =>
  principalId ? `for ${names.principalName ?? principalId}` : 'for all users (admin consent)';

/** Exactly what a change will do, in one line. */
export function describeChange(change: Change): string {
  const app = change.names.clientName ?? 'the app';
  const resource = change.names.resourceName ?? 'the API';
  switch (change.kind) {
    case 'revoke-grant':
      return `Revoke ${app}'s delegated permissions on ${resource} ${who(change.names, change.grant.principalId)}: ${change.grant.scope}`;
    case 'remove-scopes': {
      const left = scopeWithout(change.grant.scope, change.scopes);
      return `Remove ${change.scopes.join(', ')} from ${app}'s grant on ${resource} ${who(change.names, change.grant.principalId)}${
        left ? ` (keeps ${left})` : ' (no scope left: the grant is deleted)'
      }`;
    }
    case 'add-scopes':
      return `Grant ${app} ${change.scopes.join(', ')} on ${resource} ${who(change.names, change.template.principalId)}`;
    case 'revoke-app-role':
    case 'add-app-role': {
      const role = change.names.permission ?? change.assignment.appRoleId;
      const user = isUserRole(change.assignment) ? (change.names.principalName ?? change.assignment.principalId) : undefined;
      if (change.kind === 'revoke-app-role') {
        return user ? `Remove the app role ${role} in ${resource} from ${user}` : `Remove the application permission ${role} on ${resource} from ${app}`;
      }
      return user ? `Assign ${user} the app role ${role} in ${resource}` : `Grant ${app} the application permission ${role} on ${resource}`;
    }
    case 'revoke-sessions':
      return `Revoke every sign-in session of ${change.names.principalName ?? change.userId} (${SESSION_REVOCATION_EFFECT})`;
  }
}

const ACTION: Record<Change['kind'], ActivityAction> = {
  'revoke-grant': 'revoke-grant',
  'remove-scopes': 'remove-scopes',
  'add-scopes': 'add-scopes',
  'revoke-app-role': 'revoke-app-role',
  'add-app-role': 'add-app-role',
  'revoke-sessions': 'revoke-sessions',
};

interface Applied {
  outcome: ChangeResult['outcome'];
  before: ActivityEntry['before'];
  after: ActivityEntry['after'];
  /** Replaces the entry's summary when the outcome needs saying more (e.g. why nothing was done). */
  summary?: string;
}

const isNotFound = (e: unknown) => e instanceof GraphError && e.status === 404;

/** The outcome of a write Graph accepted: done once a read shows it, else honestly "not yet visible". */
const confirmed = (visibility: Visibility): Applied['outcome'] => (visibility === 'visible' ? 'succeeded' : 'not-yet-visible');

const sameScopes = (a: string, b: string) => {
  const set = (scope: string) => [...new Set(scope.split(/\s+/).filter(Boolean).map((s) => s.toLowerCase()))].sort().join(' ');
  return set(a) === set(b);
};

interface RunContext {
  graph: GraphClient;
  signal?: AbortSignal;
  policy: ReadAfterWritePolicy;
}

/** The grant as it is now; a 404 is read once more after a short wait (a just-created grant may 404). */
const readGrantNow = ({ graph, signal, policy }: RunContext, id: string) => readTwiceIfMissing(() => readGrant(graph, id, signal), policy, signal);

/** Waits until a read no longer finds the grant (a deleted grant stays readable for a while). */
const grantGone = ({ graph, signal, policy }: RunContext, id: string) => confirmWrite(async () => !(await readGrant(graph, id, signal)), policy, signal);

/** Waits until a read shows the grant with exactly this scope. */
const grantHolds = ({ graph, signal, policy }: RunContext, id: string, scope: string) =>
  confirmWrite(async () => {
    const now = await readGrant(graph, id, signal);
    return now !== null && sameScopes(now.scope, scope);
  }, policy, signal);

const assignmentVisible = ({ graph, signal, policy }: RunContext, a: Parameters<typeof isAssignmentListed>[1], listed: boolean) =>
  confirmWrite(async () => (await isAssignmentListed(graph, a, signal)) === listed, policy, signal);

async function deleteAndConfirm(ctx: RunContext, current: GrantSnapshot): Promise<Applied> {
  try {
    await deleteGrant(ctx.graph, current.id, ctx.signal);
  } catch (e) {
    if (isNotFound(e)) return { outcome: 'already-done', before: current, after: null };
    throw e;
  }
  return { outcome: confirmed(await grantGone(ctx, current.id)), before: current, after: null };
}

async function setScopeAndConfirm(ctx: RunContext, current: GrantSnapshot, scope: string): Promise<Applied> {
  await setGrantScope(ctx.graph, current.id, scope, ctx.signal);
  return { outcome: confirmed(await grantHolds(ctx, current.id, scope)), before: current, after: { ...current, scope } };
}

/** Adds scopes to the grant as it is now; already-done when it holds them all. */
async function extendGrant(ctx: RunContext, current: GrantSnapshot, scopes: readonly string[]): Promise<Applied> {
  const scope = unionScopes(current.scope, scopes.join(' '));
  if (scope === current.scope) return { outcome: 'already-done', before: current, after: current };
  return setScopeAndConfirm(ctx, current, scope);
}

/**
 * Creates a grant; a 409 means one with the same key exists (Graph allows one), so it is never POSTed
 * twice: the existing grant is looked up (it may take a while to be listed) and extended if needed.
 */
async function createGrantOnce(ctx: RunContext, change: Extract<Change, { kind: 'add-scopes' }>): Promise<Applied> {
  let created: GrantSnapshot;
  try {
    created = await createGrant(ctx.graph, { ...change.template, scope: change.scopes.join(' ') }, ctx.signal);
  } catch (e) {
    if (!isDuplicateGrantError(e)) throw e;
    let existing: GrantSnapshot | undefined;
    await confirmWrite(async () => Boolean((existing = await findGrant(ctx.graph, change.template, ctx.signal))), ctx.policy, ctx.signal);
    if (existing) return extendGrant(ctx, existing, change.scopes);
    return {
      outcome: 'already-done',
      before: null,
      after: null,
      summary: `${describeChange(change)} — already in place: Microsoft Graph answered that this grant exists (409), though it cannot be read yet`,
    };
  }
  const visible = await confirmWrite(async () => (await readGrant(ctx.graph, created.id, ctx.signal)) !== null, ctx.policy, ctx.signal);
  return { outcome: confirmed(visible), before: null, after: created };
}

async function run(graph: GraphClient, change: Change, signal: AbortSignal | undefined, policy: ReadAfterWritePolicy): Promise<Applied> {
  const ctx: RunContext = { graph, signal, policy };
  switch (change.kind) {
    case 'revoke-grant': {
      const current = await readGrantNow(ctx, change.grant.id);
      if (!current) return { outcome: 'already-done', before: change.grant, after: null };
      return deleteAndConfirm(ctx, current);
    }
    case 'remove-scopes': {
      const current = await readGrantNow(ctx, change.grant.id);
      if (!current) return { outcome: 'already-done', before: change.grant, after: null };
      const left = scopeWithout(current.scope, change.scopes);
      if (left === current.scope.split(/\s+/).filter(Boolean).join(' ')) return { outcome: 'already-done', before: current, after: current };
      return left ? setScopeAndConfirm(ctx, current, left) : deleteAndConfirm(ctx, current);
    }
    case 'add-scopes': {
      // A grant may exist already (someone consented since the screen loaded): extend it, never duplicate it.
      const current = change.grant ? await readGrantNow(ctx, change.grant.id) : ((await findGrant(graph, change.template, signal)) ?? null);
      return current ? extendGrant(ctx, current, change.scopes) : createGrantOnce(ctx, change);
    }
    case 'revoke-app-role': {
      try {
        await deleteAppRoleAssignment(graph, change.assignment.resourceId, change.assignment.id, signal);
      } catch (e) {
        if (isNotFound(e)) return { outcome: 'already-done', before: change.assignment, after: null };
        throw e;
      }
      return { outcome: confirmed(await assignmentVisible(ctx, change.assignment, false)), before: change.assignment, after: null };
    }
    case 'add-app-role': {
      let created: AssignmentSnapshot;
      try {
        created = await createAppRoleAssignment(graph, change.assignment, signal);
      } catch (e) {
        if (isDuplicateAssignmentError(e)) return { outcome: 'already-done', before: null, after: null };
        throw e;
      }
      const listed = { ...created, principalType: created.principalType ?? change.assignment.principalType };
      return { outcome: confirmed(await assignmentVisible(ctx, listed, true)), before: null, after: created };
    }
    case 'revoke-sessions':
      // Nothing to read back: the effect (refresh tokens refused) shows only when an app redeems one.
      await revokeSignInSessions(graph, change.userId, signal);
      return { outcome: 'succeeded', before: null, after: null };
  }
}

/** Who and what a change is about: the client app (grants, apps' permissions) and the user, if one. */
function parties(change: Change): { clientId?: string; principalId?: string | null } {
  switch (change.kind) {
    case 'revoke-grant':
    case 'remove-scopes':
      return { clientId: change.grant.clientId, principalId: change.grant.principalId };
    case 'add-scopes':
      return { clientId: change.template.clientId, principalId: change.template.principalId };
    case 'revoke-app-role':
    case 'add-app-role':
      return isUserRole(change.assignment) ? { principalId: change.assignment.principalId } : { clientId: change.assignment.principalId };
    case 'revoke-sessions':
      return { principalId: change.userId };
  }
}

function target(change: Change): ActivityEntry['target'] {
  const { names } = change;
  return { ...parties(change), clientName: names.clientName, resourceName: names.resourceName, principalName: names.principalName, permission: names.permission };
}

/** The Activity log entry written before a change's request goes out (also used by the batched path). */
export function pendingEntry(actor: ChangeActor, change: Change): ActivityEntry {
  return {
    id: newEntryId(),
    at: new Date().toISOString(),
    actor,
    action: ACTION[change.kind],
    summary: describeChange(change),
    target: target(change),
    before: 'grant' in change ? change.grant : 'assignment' in change && change.kind === 'revoke-app-role' ? change.assignment : null,
    after: null,
    outcome: 'pending',
  };
}

/** Applies changes one at a time, in order; each is recorded whatever happens. */
export async function applyChanges(
  graph: GraphClient,
  log: ActivityLog,
  actor: ChangeActor,
  changes: readonly Change[],
  { signal, readAfterWrite = READ_AFTER_WRITE }: { signal?: AbortSignal; readAfterWrite?: ReadAfterWritePolicy } = {},
): Promise<ChangeResult[]> {
  const results: ChangeResult[] = [];
  for (const change of changes) {
    const entry = pendingEntry(actor, change);
    await log.add(entry);
    try {
      const applied = await run(graph, change, signal, readAfterWrite);
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
