/**
 * Applies finished changes to a cached inventory in place of reloading it: a revoked grant or app
 * permission leaves, a created or narrowed one is added or replaced. Reloading a large tenant costs
 * hundreds of requests; a patch costs none.
 */
import { isPolicySnapshot, type PolicySnapshot } from '../consent-policies';
import { isGrant, type AssignmentSnapshot, type GrantSnapshot } from '../entities';
import { isServicePrincipalAssignment, type InventoryData } from './load-inventory';

export interface FinishedChange {
  outcome: 'succeeded' | 'failed' | 'already-done';
  /** The object before and after the change (null where none): an Activity entry fits. */
  entry: { before: GrantSnapshot | AssignmentSnapshot | PolicySnapshot | null; after: GrantSnapshot | AssignmentSnapshot | PolicySnapshot | null };
}

/** The inventory after the changes that succeeded (or were already done); failed ones change nothing. */
export function patchInventory(data: InventoryData, changes: readonly FinishedChange[]): InventoryData {
  const gone = new Set<string>();
  const grants = new Map<string, GrantSnapshot>();
  const assignments = new Map<string, AssignmentSnapshot>();
  for (const { outcome, entry } of changes) {
    // Consent-policy objects are not part of the inventory.
    if (outcome === 'failed' || isPolicySnapshot(entry.before) || isPolicySnapshot(entry.after)) continue;
    if (entry.before) gone.add(entry.before.id);
    if (entry.after && isGrant(entry.after)) grants.set(entry.after.id, entry.after);
    // A user's app role (restored from the Users screen) is not an application permission.
    else if (entry.after && isServicePrincipalAssignment(entry.after)) assignments.set(entry.after.id, entry.after);
  }
  if (gone.size === 0 && grants.size === 0 && assignments.size === 0) return data;
  const keep = <T extends { id: string }>(items: T[], added: Map<string, T>) => [
    ...items.filter((item) => !gone.has(item.id) && !added.has(item.id)),
    ...added.values(),
  ];
  return { ...data, grants: keep(data.grants, grants), assignments: keep(data.assignments, assignments) };
}
