/**
 * The change kinds, as one table: for each, the Graph operation (scopes) and directory role it needs,
 * how it describes itself, how it runs (with read-after-write), whether and how it goes through $batch,
 * how it is restored (its inverse change) and which cached queries it can alter. Apply, batch apply,
 * restore, the gate and the log derive everything from here: adding a kind is one entry (and its test).
 */
import type { QueryKey } from '@tanstack/react-query';
import { APP_ROLE_ASSIGNMENT_WRITE, GRANT_WRITE, GRAPH_APP_ROLE_WRITE, REVOKE_SESSIONS, type RoleRequirement } from '../auth/role-requirements';
import {
  appRoleAssignedToPath,
  createAppRoleAssignment,
  deleteAppRoleAssignment,
  isDuplicateAssignmentError,
  WRITE_APP_ROLE_ASSIGNMENTS,
} from '../graph/app-role-assignment-writes';
import type { BatchRequest } from '../graph/batch';
import { isGraphAppId } from '../graph/microsoft-graph';
import { grantPath, scopeWithout, WRITE_GRANTS } from '../graph/grant-writes';
import type { GraphClient } from '../graph/graph-client';
import { graphKeys } from '../graph/keys';
import type { GraphOperation } from '../graph/operation';
import { REVOKE_SIGN_IN_SESSIONS, revokeSignInSessions } from '../graph/revoke-sign-in-sessions';
import { SESSION_REVOCATION_EFFECT } from './aftermath-text';
import type { Applied, Change, ChangeNames, ChangeOf, RunContext } from './change-types';
import { assignmentVisible, confirmed, createGrantOnce, deleteAndConfirm, extendGrant, isNotFound, readGrantNow, setScopeAndConfirm } from './grant-runs';
import { findGrant, GRANT_READ_SCOPES, grantReadPath, hasAssignment, isAssignmentListed, listedAssignmentIds, readGrant } from './read-current';
import { scopesMissingFrom } from './scope-sets';
import { isGrant, type ActivityEntry, type AssignmentSnapshot, type GrantSnapshot } from './types';

type Snapshot = NonNullable<ActivityEntry['before']>;

/** How a kind goes through $batch: a revocation whose 404 means "already gone". */
export interface BatchSpec<C> {
  /** The write's delegated scopes. */
  scopes: readonly string[];
  /** The write (a DELETE), given the object as re-read just before it (when the kind re-reads). */
  request(change: C, current: Snapshot | undefined): BatchRequest;
  /** A GET whose 404 means gone: re-read before the write (the log holds the object as it really was), and until gone after it. */
  read?: { scopes: readonly string[]; path(change: C): string; snapshot(body: unknown): Snapshot };
  /** Without `read`: whether each written change shows as done now (e.g. no longer listed). */
  isDone?(graph: GraphClient, changes: readonly C[], signal?: AbortSignal): Promise<boolean[]>;
}

export interface ChangeKind<C extends { kind: string; names: ChangeNames } = Change> {
  kind: C['kind'];
  operation(change: C): GraphOperation;
  requirement(change: C): RoleRequirement;
  /** Exactly what the change will do, in one line. */
  describe(change: C): string;
  run(change: C, ctx: RunContext): Promise<Applied>;
  /** Who the change is about: the client app and/or the user. */
  parties(change: C): { clientId?: string; principalId?: string | null };
  /** The object as the screen knew it before the change (null when the change creates it). */
  before(change: C): Snapshot | null;
  batch?: BatchSpec<C>;
  /** The change that undoes a recorded one (only what it removed); absent when it cannot be restored. */
  inverse?(entry: ActivityEntry): Change;
  /** What the change means to write, recorded in its pending entry (for reconciling it later). */
  planned?(change: C): NonNullable<ActivityEntry['planned']>;
  /**
   * Whether Graph shows a recorded change as done (true), not done (false) or cannot tell (undefined):
   * reconciles a pending entry a closed tab left behind.
   */
  reconcile?(entry: ActivityEntry, ctx: Pick<RunContext, 'graph' | 'signal'>): Promise<boolean | undefined>;
  /** Query keys (prefixes) whose data this change can alter. */
  alters: readonly QueryKey[];
}

/**
 * What a grant or app-role change can alter: the inventory (patched in place, not re-read), one app's
 * consent detail, users' authorizations and consent events, and the console's own grant facts — not
 * the service principal lists to pick from, user names or the signed-in user.
 */
const GRANT_DATA: readonly QueryKey[] = [
  graphKeys.inventory(),
  [...graphKeys.appConsent.all(), 'detail'],
  [...graphKeys.users.all(), 'authorizations'],
  [...graphKeys.users.all(), 'consent-events'],
  [...graphKeys.all, 'client-grant-facts'],
];
/** A session revocation changes the user's own object (signInSessionsValidFromDateTime) only. */
const SESSION_DATA: readonly QueryKey[] = [[...graphKeys.users.all(), 'detail']];

/** An app role held by a user (the Users screen), as opposed to an application permission held by an app. */
const isUserRole = (assignment: { principalType?: string | null }) => assignment.principalType === 'User';

const who = (names: ChangeNames, principalId: string | null | undefined) =>
  principalId ? `for ${names.principalName ?? principalId}` : 'for all users (admin consent)';
const appOf = (names: ChangeNames) => names.clientName ?? 'the app';
const resourceOf = (names: ChangeNames) => names.resourceName ?? 'the API';

/**
 * An app role of Microsoft Graph itself: by the resource's appId when the change names it, else (a restore
 * built from the log) by the resource's name — a false match only asks for the stronger role.
 */
function isGraphAppRole(change: ChangeOf<'revoke-app-role' | 'add-app-role'>): boolean {
  if (change.names.resourceAppId) return isGraphAppId(change.names.resourceAppId);
  const name = change.names.resourceName ?? ('resourceDisplayName' in change.assignment ? change.assignment.resourceDisplayName : undefined);
  return name === 'Microsoft Graph';
}
const appRoleRequirement = (change: ChangeOf<'revoke-app-role' | 'add-app-role'>) => (isGraphAppRole(change) ? GRAPH_APP_ROLE_WRITE : APP_ROLE_ASSIGNMENT_WRITE);
const appRoleParties = (assignment: { principalId: string; principalType?: string | null }) =>
  isUserRole(assignment) ? { principalId: assignment.principalId } : { clientId: assignment.principalId };

const grantParties = (grant: Pick<GrantSnapshot, 'clientId' | 'principalId'>) => ({ clientId: grant.clientId, principalId: grant.principalId });

const namesOf = (entry: ActivityEntry): ChangeNames => ({
  clientName: entry.target.clientName,
  resourceName: entry.target.resourceName ?? (entry.before && !isGrant(entry.before) ? (entry.before.resourceDisplayName ?? undefined) : undefined),
  principalName: entry.target.principalName,
  permission: entry.target.permission,
});

/** Undoes a grant change: adds back only the scopes it removed, to the grant as it is then (or a new one). */
function grantInverse(entry: ActivityEntry): Change {
  const before = entry.before as GrantSnapshot;
  const { id: _id, scope: _scope, ...template } = before;
  const removed = scopesMissingFrom(before.scope, isGrant(entry.after) ? entry.after.scope : '');
  return { kind: 'add-scopes', grant: null, template, scopes: removed, names: namesOf(entry) };
}

const grantSnapshot = (body: unknown): GrantSnapshot => {
  const { id, clientId, consentType, principalId, resourceId, scope } = body as GrantSnapshot;
  return { id, clientId, consentType, principalId, resourceId, scope };
};

const revokeGrant: ChangeKind<ChangeOf<'revoke-grant'>> = {
  kind: 'revoke-grant',
  operation: () => WRITE_GRANTS,
  requirement: () => GRANT_WRITE,
  describe: (c) => `Revoke ${appOf(c.names)}'s delegated permissions on ${resourceOf(c.names)} ${who(c.names, c.grant.principalId)}: ${c.grant.scope}`,
  async run(c, ctx) {
    const current = await readGrantNow(ctx, c.grant.id);
    if (!current) return { outcome: 'already-done', before: c.grant, after: null };
    return deleteAndConfirm(ctx, current);
  },
  parties: (c) => grantParties(c.grant),
  before: (c) => c.grant,
  reconcile: async (entry, { graph, signal }) => (await readGrant(graph, (entry.before as GrantSnapshot).id, signal)) === null,
  batch: {
    scopes: WRITE_GRANTS.scopes,
    request: (c, current) => ({ method: 'DELETE', url: grantPath(current?.id ?? c.grant.id) }),
    read: { scopes: GRANT_READ_SCOPES, path: (c) => grantReadPath(c.grant.id), snapshot: grantSnapshot },
  },
  inverse: grantInverse,
  alters: GRANT_DATA,
};

const removeScopes: ChangeKind<ChangeOf<'remove-scopes'>> = {
  kind: 'remove-scopes',
  operation: () => WRITE_GRANTS,
  requirement: () => GRANT_WRITE,
  describe(c) {
    const left = scopeWithout(c.grant.scope, c.scopes);
    return `Remove ${c.scopes.join(', ')} from ${appOf(c.names)}'s grant on ${resourceOf(c.names)} ${who(c.names, c.grant.principalId)}${
      left ? ` (keeps ${left})` : ' (no scope left: the grant is deleted)'
    }`;
  },
  async run(c, ctx) {
    const current = await readGrantNow(ctx, c.grant.id);
    if (!current) return { outcome: 'already-done', before: c.grant, after: null };
    const left = scopeWithout(current.scope, c.scopes);
    if (left === current.scope.split(/\s+/).filter(Boolean).join(' ')) return { outcome: 'already-done', before: current, after: current };
    return left ? setScopeAndConfirm(ctx, current, left) : deleteAndConfirm(ctx, current);
  },
  parties: (c) => grantParties(c.grant),
  before: (c) => c.grant,
  planned: (c) => ({ scopes: c.scopes }),
  async reconcile(entry, { graph, signal }) {
    const now = await readGrant(graph, (entry.before as GrantSnapshot).id, signal);
    const removed = entry.planned?.scopes;
    if (!removed) return undefined;
    return now === null || scopesMissingFrom(removed.join(' '), now.scope).length === removed.length;
  },
  inverse: grantInverse,
  alters: GRANT_DATA,
};

const addScopes: ChangeKind<ChangeOf<'add-scopes'>> = {
  kind: 'add-scopes',
  operation: () => WRITE_GRANTS,
  requirement: () => GRANT_WRITE,
  describe: (c) => `Grant ${appOf(c.names)} ${c.scopes.join(', ')} on ${resourceOf(c.names)} ${who(c.names, c.template.principalId)}`,
  async run(c, ctx) {
    // A grant may exist already (someone consented since the screen loaded): extend it, never duplicate it.
    const current = c.grant ? await readGrantNow(ctx, c.grant.id) : ((await findGrant(ctx.graph, c.template, ctx.signal)) ?? null);
    return current ? extendGrant(ctx, current, c.scopes) : createGrantOnce(ctx, c.template, c.scopes, addScopes.describe(c));
  },
  parties: (c) => grantParties(c.template),
  before: () => null,
  planned: (c) => ({ scopes: c.scopes, grantKey: c.template }),
  async reconcile(entry, { graph, signal }) {
    const { grantKey, scopes } = entry.planned ?? {};
    if (!grantKey || !scopes) return undefined;
    const now = await findGrant(graph, grantKey, signal);
    return now !== undefined && scopesMissingFrom(scopes.join(' '), now.scope).length === 0;
  },
  alters: GRANT_DATA,
};

const revokeAppRole: ChangeKind<ChangeOf<'revoke-app-role'>> = {
  kind: 'revoke-app-role',
  operation: () => WRITE_APP_ROLE_ASSIGNMENTS,
  requirement: appRoleRequirement,
  describe(c) {
    const role = c.names.permission ?? c.assignment.appRoleId;
    if (isUserRole(c.assignment)) return `Remove the app role ${role} in ${resourceOf(c.names)} from ${c.names.principalName ?? c.assignment.principalId}`;
    return `Remove the application permission ${role} on ${resourceOf(c.names)} from ${appOf(c.names)}`;
  },
  async run(c, ctx) {
    try {
      await deleteAppRoleAssignment(ctx.graph, c.assignment.resourceId, c.assignment.id, ctx.signal);
    } catch (e) {
      if (isNotFound(e)) return { outcome: 'already-done', before: c.assignment, after: null };
      throw e;
    }
    return { outcome: confirmed(await assignmentVisible(ctx, c.assignment, false)), before: c.assignment, after: null };
  },
  parties: (c) => appRoleParties(c.assignment),
  before: (c) => c.assignment,
  reconcile: async (entry, { graph, signal }) => !(await isAssignmentListed(graph, entry.before as AssignmentSnapshot, signal)),
  batch: {
    scopes: WRITE_APP_ROLE_ASSIGNMENTS.scopes,
    request: (c) => ({ method: 'DELETE', url: appRoleAssignedToPath(c.assignment.resourceId, c.assignment.id) }),
    // App role assignments have no GET by id: each principal's list is read once per round.
    async isDone(graph, changes, signal) {
      const lists = new Map<string, Promise<Set<string>>>();
      return Promise.all(
        changes.map(async ({ assignment: a }) => {
          const key = `${a.principalType ?? ''}|${a.principalId}`;
          if (!lists.has(key)) lists.set(key, listedAssignmentIds(graph, a, signal));
          return !(await lists.get(key)!).has(a.id);
        }),
      );
    },
  },
  inverse(entry) {
    const { principalId, principalType, resourceId, appRoleId } = entry.before as AssignmentSnapshot;
    return { kind: 'add-app-role', assignment: { principalId, principalType, resourceId, appRoleId }, names: namesOf(entry) };
  },
  alters: GRANT_DATA,
};

const addAppRole: ChangeKind<ChangeOf<'add-app-role'>> = {
  kind: 'add-app-role',
  operation: () => WRITE_APP_ROLE_ASSIGNMENTS,
  requirement: appRoleRequirement,
  describe(c) {
    const role = c.names.permission ?? c.assignment.appRoleId;
    if (isUserRole(c.assignment)) return `Assign ${c.names.principalName ?? c.assignment.principalId} the app role ${role} in ${resourceOf(c.names)}`;
    return `Grant ${appOf(c.names)} the application permission ${role} on ${resourceOf(c.names)}`;
  },
  async run(c, ctx) {
    let created: AssignmentSnapshot;
    try {
      created = await createAppRoleAssignment(ctx.graph, c.assignment, ctx.signal);
    } catch (e) {
      if (isDuplicateAssignmentError(e)) return { outcome: 'already-done', before: null, after: null };
      throw e;
    }
    const listed = { ...created, principalType: created.principalType ?? c.assignment.principalType };
    return { outcome: confirmed(await assignmentVisible(ctx, listed, true)), before: null, after: created };
  },
  parties: (c) => appRoleParties(c.assignment),
  before: () => null,
  planned: (c) => ({ assignment: c.assignment }),
  reconcile: async (entry, { graph, signal }) => (entry.planned?.assignment ? hasAssignment(graph, entry.planned.assignment, signal) : undefined),
  alters: GRANT_DATA,
};

const revokeSessions: ChangeKind<ChangeOf<'revoke-sessions'>> = {
  kind: 'revoke-sessions',
  operation: () => REVOKE_SIGN_IN_SESSIONS,
  requirement: () => REVOKE_SESSIONS,
  describe: (c) => `Revoke every sign-in session of ${c.names.principalName ?? c.userId} (${SESSION_REVOCATION_EFFECT})`,
  async run(c, ctx) {
    // Nothing to read back: the effect (refresh tokens refused) shows only when an app redeems one.
    await revokeSignInSessions(ctx.graph, c.userId, ctx.signal);
    return { outcome: 'succeeded', before: null, after: null };
  },
  parties: (c) => ({ principalId: c.userId }),
  before: () => null,
  // Whether sessions were revoked shows nowhere in Graph: a pending revocation stays of unknown outcome.
  reconcile: async () => undefined,
  alters: SESSION_DATA,
};

// Each entry is typed by its own change; the table holds them by kind name, so lookups widen to Change.
const table = new Map<string, ChangeKind>();

/** Adds a kind to the table (the built-in ones below; a test may register its own). */
export function registerChangeKind<C extends { kind: string; names: ChangeNames }>(spec: ChangeKind<C>): void {
  table.set(spec.kind, spec as unknown as ChangeKind);
}

[revokeGrant, removeScopes, addScopes, revokeAppRole, addAppRole, revokeSessions].forEach((spec) => registerChangeKind<Change>(spec as unknown as ChangeKind));

export function kindOf(change: Pick<Change, 'kind'>): ChangeKind {
  const spec = table.get(change.kind);
  if (!spec) throw new Error(`Unknown change kind: ${change.kind}`);
  return spec;
}

/** The kind an Activity entry's action names, if it is a change kind (admin-consent and restore entries are not). */
export const kindOfAction = (action: string): ChangeKind | undefined => table.get(action);
