/**
 * How to undo a recorded change, given what the tenant holds now. Pure: the caller reads the current
 * state from Graph and executes the plan. Restoring never removes anything someone added since.
 */
import { isGrant, type ActivityEntry, type AssignmentSnapshot, type GrantSnapshot } from './types';

export type RestoreStep =
  | { kind: 'create-grant'; grant: Omit<GrantSnapshot, 'id'> }
  | { kind: 'set-grant-scope'; grantId: string; scope: string; previousScope: string }
  | { kind: 'create-assignment'; assignment: Omit<AssignmentSnapshot, 'id'> }
  | { kind: 'nothing'; reason: string };

const split = (scope: string) => scope.split(/\s+/).filter(Boolean);

/** Scopes of `base` plus those of `extra` it lacks, keeping base's order and spelling. */
export function unionScopes(base: string, extra: string): string {
  const have = split(base);
  const lower = new Set(have.map((s) => s.toLowerCase()));
  return [...have, ...split(extra).filter((s) => !lower.has(s.toLowerCase()))].join(' ');
}

export interface CurrentState {
  /** The grant with the same client, resource, consent type and principal, if one exists now. */
  grant?: GrantSnapshot;
  /** Whether an assignment of the same role to the same principal exists now. */
  assignmentExists?: boolean;
}

export function isRestorable(entry: ActivityEntry): boolean {
  return (
    entry.outcome === 'succeeded' &&
    !entry.restoredBy &&
    entry.before !== null &&
    ['revoke-grant', 'remove-scopes', 'revoke-app-role'].includes(entry.action)
  );
}

export function planRestore(entry: ActivityEntry, now: CurrentState): RestoreStep {
  if (!isRestorable(entry) || !entry.before) return { kind: 'nothing', reason: 'This change cannot be restored.' };
  const before = entry.before;
  if (isGrant(before)) {
    const { id: _id, ...definition } = before;
    if (!now.grant) return { kind: 'create-grant', grant: definition };
    const scope = unionScopes(now.grant.scope, before.scope);
    if (scope === now.grant.scope) return { kind: 'nothing', reason: 'The grant already holds every scope it had.' };
    return { kind: 'set-grant-scope', grantId: now.grant.id, scope, previousScope: now.grant.scope };
  }
  if (now.assignmentExists) return { kind: 'nothing', reason: 'The permission is already assigned again.' };
  const { id: _id, ...assignment } = before;
  return { kind: 'create-assignment', assignment };
}
