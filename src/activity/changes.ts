/**
 * The one way the console changes a tenant: each change is described before it runs, recorded in the
 * Activity log before the request goes out (pending) and after (succeeded / failed / already done), and
 * can be restored. Grants are re-read just before a PATCH, because PATCH replaces the whole scope
 * string and must not drop a scope someone added since the screen loaded.
 */
import { createAppRoleAssignment, deleteAppRoleAssignment } from '../graph/app-role-assignment-writes';
import { createGrant, deleteGrant, scopeWithout, setGrantScope } from '../graph/grant-writes';
import type { GraphClient } from '../graph/graph-client';
import { GraphError } from '../graph/graph-error';
import { revokeSignInSessions } from '../graph/revoke-sign-in-sessions';
import type { ActivityLog } from './activity-log';
import { newEntryId } from './activity-log';
import { findGrant, readGrant } from './read-current';
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
  outcome: 'succeeded' | 'failed' | 'already-done';
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
      return `Revoke every sign-in session of ${change.names.principalName ?? change.userId} (refresh tokens stop working; access tokens already issued last until they expire)`;
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
  outcome: 'succeeded' | 'already-done';
  before: ActivityEntry['before'];
  after: ActivityEntry['after'];
}

const isNotFound = (e: unknown) => e instanceof GraphError && e.status === 404;

async function run(graph: GraphClient, change: Change, signal?: AbortSignal): Promise<Applied> {
  switch (change.kind) {
    case 'revoke-grant': {
      const current = await readGrant(graph, change.grant.id, signal);
      if (!current) return { outcome: 'already-done', before: change.grant, after: null };
      try {
        await deleteGrant(graph, current.id, signal);
      } catch (e) {
        if (isNotFound(e)) return { outcome: 'already-done', before: current, after: null };
        throw e;
      }
      return { outcome: 'succeeded', before: current, after: null };
    }
    case 'remove-scopes': {
      const current = await readGrant(graph, change.grant.id, signal);
      if (!current) return { outcome: 'already-done', before: change.grant, after: null };
      const left = scopeWithout(current.scope, change.scopes);
      if (left === current.scope.split(/\s+/).filter(Boolean).join(' ')) return { outcome: 'already-done', before: current, after: current };
      if (!left) await deleteGrant(graph, current.id, signal);
      else await setGrantScope(graph, current.id, left, signal);
      return { outcome: 'succeeded', before: current, after: left ? { ...current, scope: left } : null };
    }
    case 'add-scopes': {
      // A grant may exist already (someone consented since the screen loaded): extend it, never duplicate it.
      const current = change.grant ? await readGrant(graph, change.grant.id, signal) : ((await findGrant(graph, change.template, signal)) ?? null);
      if (!current) {
        const created = await createGrant(graph, { ...change.template, scope: change.scopes.join(' ') }, signal);
        return { outcome: 'succeeded', before: null, after: created };
      }
      const scope = unionScopes(current.scope, change.scopes.join(' '));
      if (scope === current.scope) return { outcome: 'already-done', before: current, after: current };
      await setGrantScope(graph, current.id, scope, signal);
      return { outcome: 'succeeded', before: current, after: { ...current, scope } };
    }
    case 'revoke-app-role': {
      try {
        await deleteAppRoleAssignment(graph, change.assignment.resourceId, change.assignment.id, signal);
      } catch (e) {
        if (isNotFound(e)) return { outcome: 'already-done', before: change.assignment, after: null };
        throw e;
      }
      return { outcome: 'succeeded', before: change.assignment, after: null };
    }
    case 'add-app-role': {
      const created = await createAppRoleAssignment(graph, change.assignment, signal);
      return { outcome: 'succeeded', before: null, after: created };
    }
    case 'revoke-sessions':
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
  { signal }: { signal?: AbortSignal } = {},
): Promise<ChangeResult[]> {
  const results: ChangeResult[] = [];
  for (const change of changes) {
    const entry = pendingEntry(actor, change);
    await log.add(entry);
    try {
      const applied = await run(graph, change, signal);
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
