/**
 * How to undo a recorded change, given what the tenant holds now. Pure: the caller reads the current
 * state from Graph and executes the plan. A restore writes only what the change removed: scopes the
 * grant had but the change did not remove (another admin may have removed them since) are never
 * written back, and nothing anyone added since is removed.
 */
import { kindOfAction } from './kinds';
import { scopesMissingFrom, splitScopes, unionScopes } from '../permissions/scopes';
import { isAssignment, isGrant, type ActivityEntry, type AssignmentSnapshot, type GrantSnapshot } from './types';

export type RestoreStep =
  | { kind: 'create-grant'; grant: Omit<GrantSnapshot, 'id'>; differences: string[] }
  | { kind: 'set-grant-scope'; grantId: string; scope: string; previousScope: string; differences: string[] }
  | { kind: 'create-assignment'; assignment: Omit<AssignmentSnapshot, 'id'> }
  /** A kind's own restore (kinds' restorePreview): what it writes, in words. */
  | { kind: 'inverse'; description: string; differences: string[] }
  | { kind: 'nothing'; reason: string };

/** The scopes the recorded change removed: all of them for a revoke, the difference for a removal. */
export function removedScopesOf(entry: ActivityEntry): string[] {
  if (!isGrant(entry.before)) return [];
  const after = isGrant(entry.after) ? entry.after.scope : '';
  return scopesMissingFrom(entry.before.scope, after);
}

export interface CurrentState {
  /** The grant with the same client, resource, consent type and principal, if one exists now. */
  grant?: GrantSnapshot;
  /** Whether an assignment of the same role to the same principal exists now. */
  assignmentExists?: boolean;
}

/** A change that removed or replaced an object (or, for a kind that restores what it created, created one) and has an inverse. */
export function isRestorable(entry: ActivityEntry): boolean {
  const kind = kindOfAction(entry.action);
  const recorded = entry.before !== null || (kind?.restorePreview !== undefined && entry.after !== null);
  return entry.outcome === 'succeeded' && !entry.restoredBy && recorded && kind?.inverse !== undefined;
}

/** What the tenant holds now that differs from what the change left, in sentences for the restore preview. */
export function grantDifferences(entry: ActivityEntry, now: GrantSnapshot | undefined): string[] {
  if (!isGrant(entry.before)) return [];
  const left = isGrant(entry.after) ? entry.after.scope : '';
  if (!now) {
    return left
      ? [`The grant was deleted since the change (it then kept ${splitScopes(left).join(', ')}): it is recreated with only the restored permissions.`]
      : [];
  }
  const differences: string[] = [];
  const goneSince = scopesMissingFrom(left, now.scope);
  const addedSince = scopesMissingFrom(now.scope, left);
  if (goneSince.length > 0) differences.push(`Removed since the change, and not restored: ${goneSince.join(', ')}.`);
  if (addedSince.length > 0) differences.push(`Added since the change, and kept: ${addedSince.join(', ')}.`);
  return differences;
}

function planGrantRestore(entry: ActivityEntry, before: GrantSnapshot, now: CurrentState): RestoreStep {
  const removed = removedScopesOf(entry);
  const differences = grantDifferences(entry, now.grant);
  if (!now.grant) {
    const { id: _id, ...definition } = before;
    return { kind: 'create-grant', grant: { ...definition, scope: removed.join(' ') }, differences };
  }
  const scope = unionScopes(now.grant.scope, removed.join(' '));
  if (scope === now.grant.scope) return { kind: 'nothing', reason: 'The grant already holds every permission the change removed.' };
  return { kind: 'set-grant-scope', grantId: now.grant.id, scope, previousScope: now.grant.scope, differences };
}

export function planRestore(entry: ActivityEntry, now: CurrentState): RestoreStep {
  if (!isRestorable(entry) || !entry.before) return { kind: 'nothing', reason: 'This change cannot be restored.' };
  const before = entry.before;
  if (isGrant(before)) return planGrantRestore(entry, before, now);
  if (!isAssignment(before)) return { kind: 'nothing', reason: 'This change cannot be restored.' };
  if (now.assignmentExists) return { kind: 'nothing', reason: 'The permission is already assigned again.' };
  const { id: _id, ...assignment } = before;
  return { kind: 'create-assignment', assignment };
}
