/**
 * What changed in the tenant since a review's snapshot: new apps that hold something, new grants (a new
 * user consent included), grants widened with more scopes (exactly the added ones), new application
 * permissions — and, for information, what was removed or narrowed. One pass over each list with Maps and
 * Sets, so a 10k-app, 100k-grant tenant diffs in linear time. Scopes compare case-insensitively, as Entra ID does.
 */
import type { AssignmentSnapshot, GrantSnapshot } from '../graph/entities';
import type { InventoryData } from '../graph/inventory/load-inventory';
import type { ServicePrincipalInfo } from '../permissions/inventory';
import { splitScopes } from '../permissions/scopes';
import type { ReviewSnapshot, SnapshotApp, SnapshotAssignment, SnapshotGrant } from './review-snapshot';

export interface NewApp {
  sp: ServicePrincipalInfo;
  grants: number;
  appPermissions: number;
}

/** The same grant (same id) with scopes it did not hold, or no longer holds. */
export interface ScopeChange {
  grant: GrantSnapshot;
  scopes: string[];
}

export interface SinceReview {
  /** Service principals not in the snapshot that hold a delegated grant or an application permission. */
  newApps: NewApp[];
  /** Service principals not in the snapshot that hold nothing (counted, not listed). */
  newAppsHoldingNothing: number;
  newGrants: GrantSnapshot[];
  /** `scopes`: exactly the scopes added since the snapshot. */
  widenedGrants: ScopeChange[];
  newAppPermissions: AssignmentSnapshot[];
  /** Information only: gone since the snapshot, or narrowed (`scopes`: the ones removed). */
  removed: { apps: SnapshotApp[]; grants: SnapshotGrant[]; narrowedGrants: ScopeChange[]; appPermissions: SnapshotAssignment[] };
}

/** The scopes of `scope` that `than` lacks, in `scope`'s order and spelling. */
function scopesBeyond(scope: string, than: string): string[] {
  const known = new Set(splitScopes(than).map((s) => s.toLowerCase()));
  return splitScopes(scope).filter((s) => !known.has(s.toLowerCase()));
}

export function changesSince(snapshot: ReviewSnapshot, inventory: InventoryData): SinceReview {
  const knownApps = new Set(snapshot.servicePrincipals.map((sp) => sp.id));
  const knownGrants = new Map(snapshot.grants.map((g) => [g.id, g]));
  const knownAssignments = new Set(snapshot.assignments.map((a) => a.id));

  const held = new Map<string, { grants: number; appPermissions: number }>();
  const holding = (id: string) => {
    let counts = held.get(id);
    if (!counts) held.set(id, (counts = { grants: 0, appPermissions: 0 }));
    return counts;
  };

  const newGrants: GrantSnapshot[] = [];
  const widenedGrants: ScopeChange[] = [];
  const narrowedGrants: ScopeChange[] = [];
  const currentGrants = new Set<string>();
  for (const grant of inventory.grants) {
    currentGrants.add(grant.id);
    holding(grant.clientId).grants += 1;
    const before = knownGrants.get(grant.id);
    if (!before) {
      newGrants.push(grant);
      continue;
    }
    if (before.scope === grant.scope) continue;
    const added = scopesBeyond(grant.scope, before.scope);
    const removed = scopesBeyond(before.scope, grant.scope);
    if (added.length > 0) widenedGrants.push({ grant, scopes: added });
    if (removed.length > 0) narrowedGrants.push({ grant, scopes: removed });
  }

  const newAppPermissions: AssignmentSnapshot[] = [];
  const currentAssignments = new Set<string>();
  for (const assignment of inventory.assignments) {
    currentAssignments.add(assignment.id);
    holding(assignment.principalId).appPermissions += 1;
    if (!knownAssignments.has(assignment.id)) newAppPermissions.push(assignment);
  }

  const newApps: NewApp[] = [];
  let newAppsHoldingNothing = 0;
  const currentApps = new Set<string>();
  for (const sp of inventory.servicePrincipals) {
    currentApps.add(sp.id);
    if (knownApps.has(sp.id)) continue;
    const counts = held.get(sp.id);
    if (counts) newApps.push({ sp, ...counts });
    else newAppsHoldingNothing += 1;
  }

  return {
    newApps,
    newAppsHoldingNothing,
    newGrants,
    widenedGrants,
    newAppPermissions,
    removed: {
      apps: snapshot.servicePrincipals.filter((sp) => !currentApps.has(sp.id)),
      grants: snapshot.grants.filter((g) => !currentGrants.has(g.id)),
      narrowedGrants,
      appPermissions: snapshot.assignments.filter((a) => !currentAssignments.has(a.id)),
    },
  };
}

/** The service principals that gained something since the snapshot: a new grant, wider scopes or a new application permission. */
export function appsChangedSince(snapshot: ReviewSnapshot, inventory: InventoryData): Set<string> {
  const since = changesSince(snapshot, inventory);
  return new Set([
    ...since.newApps.map((app) => app.sp.id),
    ...since.newGrants.map((g) => g.clientId),
    ...since.widenedGrants.map(({ grant }) => grant.clientId),
    ...since.newAppPermissions.map((a) => a.principalId),
  ]);
}
