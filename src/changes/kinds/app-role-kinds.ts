/** The change kinds of app role assignments: remove or add an app role (a user's) or an application permission (an app's). */
import { APP_ROLE_ASSIGNMENT_WRITE, GRAPH_APP_ROLE_WRITE } from '../../auth/role-requirements';
import { appRoleAssignedToPath, createAppRoleAssignment, deleteAppRoleAssignment, isDuplicateAssignmentError } from '../../graph/app-role-assignment-writes';
import { isGraphAppId } from '../../graph/microsoft-graph';
import { READ_ASSIGNMENT_FOR_UNDO } from '../../graph/read-app-role-assignments';
import type { ChangeOf } from '../change-types';
import { assignmentVisible, confirmed, isNotFound } from '../grant-runs';
import { hasAssignment, isAssignmentListed, listedAssignmentIds } from '../read-current';
import type { RestoreStep } from '../restore-plan';
import { isAssignment, type ActivityEntry, type AssignmentSnapshot } from '../types';
import type { ChangeKind } from './change-kind';
import { appOf, namesOf, resourceOf, roleOf, userOf } from './change-names';
import { GRANT_DATA } from './grant-kinds';
import { WRITE_APP_ROLE_ASSIGNMENTS } from '../../graph/operations/app-role-assignments';

/** An app role held by a user (the Users screen), as opposed to an application permission held by an app. */
const isUserRole = (assignment: { principalType?: string | null }) => assignment.principalType === 'User';

/**
 * An app role of Microsoft Graph itself: by the resource's appId when the change names it, else (a restore
 * built from the log) by the resource's name — a false match only asks for the stronger role.
 */
function isGraphAppRole(change: ChangeOf<'revoke-app-role' | 'add-app-role'>): boolean {
  if (change.names.resourceAppId) return isGraphAppId(change.names.resourceAppId);
  const name = change.names.resourceName ?? ('resourceDisplayName' in change.assignment ? change.assignment.resourceDisplayName : undefined);
  return name === 'Microsoft Graph';
}
const appRoleRequirement = (change: ChangeOf<'revoke-app-role' | 'add-app-role'>) =>
  isGraphAppRole(change) ? GRAPH_APP_ROLE_WRITE : APP_ROLE_ASSIGNMENT_WRITE;
const appRoleParties = (assignment: { principalId: string; principalType?: string | null }) =>
  isUserRole(assignment) ? { principalId: assignment.principalId } : { clientId: assignment.principalId };

export const revokeAppRole: ChangeKind<ChangeOf<'revoke-app-role'>> = {
  kind: 'revoke-app-role',
  operation: () => WRITE_APP_ROLE_ASSIGNMENTS,
  requirement: appRoleRequirement,
  retrySafe: true,
  describe(c) {
    const role = roleOf(c.names, c.assignment.appRoleId);
    if (isUserRole(c.assignment)) return `Remove the app role ${role} in ${resourceOf(c.names)} from ${userOf(c.names, c.assignment.principalId)}`;
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

export const addAppRole: ChangeKind<ChangeOf<'add-app-role'>> = {
  kind: 'add-app-role',
  operation: () => WRITE_APP_ROLE_ASSIGNMENTS,
  requirement: appRoleRequirement,
  retrySafe: true,
  describe(c) {
    const role = roleOf(c.names, c.assignment.appRoleId);
    if (isUserRole(c.assignment)) return `Assign ${userOf(c.names, c.assignment.principalId)} the app role ${role} in ${resourceOf(c.names)}`;
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
  // Undone by removing exactly the assignment it created (by id): one made since by someone else is never touched.
  inverse: (entry) => ({ kind: 'revoke-app-role', assignment: entry.after as AssignmentSnapshot, names: namesOf(entry) }),
  restorePreview: {
    operation: READ_ASSIGNMENT_FOR_UNDO,
    plan: (entry, { graph, signal }) => planAdditionUndo(entry, graph, signal),
  },
  alters: GRANT_DATA,
};

async function planAdditionUndo(entry: ActivityEntry, graph: Parameters<typeof isAssignmentListed>[0], signal?: AbortSignal): Promise<RestoreStep> {
  if (!isAssignment(entry.after)) return { kind: 'nothing', reason: 'This change cannot be restored.' };
  const created = entry.after;
  if (!(await isAssignmentListed(graph, created, signal))) {
    return { kind: 'nothing', reason: 'The assignment the change created no longer exists: there is nothing to remove.' };
  }
  const names = namesOf(entry);
  const role = roleOf(names, created.appRoleId);
  const description = isUserRole(created)
    ? `Removes the app role ${role} in ${resourceOf(names)} from ${userOf(names, created.principalId)} (the assignment the change created).`
    : `Removes the application permission ${role} on ${resourceOf(names)} from ${appOf(names)} (the assignment the change created).`;
  return { kind: 'inverse', description, differences: [] };
}
