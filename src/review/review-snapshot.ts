/**
 * What a review keeps of the inventory it reviewed: per service principal, grant and app role assignment
 * only the fields the "since the last review" diff reads (since-review.ts) — ids to tell new from known,
 * a grant's scope string to tell a widened grant, and the parties and names that let a removal be told in
 * words once its object is gone. A 10k-app, 100k-grant tenant's snapshot is one pass over the inventory.
 */
import type { InventoryData } from '../graph/inventory/load-inventory';

export const SNAPSHOT_VERSION = 1;

export interface SnapshotApp {
  id: string;
  appId: string;
  displayName: string;
}

export interface SnapshotGrant {
  id: string;
  clientId: string;
  resourceId: string;
  /** The consenting user; null when an admin consented for everyone (AllPrincipals). */
  principalId: string | null;
  scope: string;
}

export interface SnapshotAssignment {
  id: string;
  /** The service principal holding the app role. */
  principalId: string;
  resourceId: string;
  appRoleId: string;
}

export interface ReviewSnapshot {
  version: typeof SNAPSHOT_VERSION;
  servicePrincipals: SnapshotApp[];
  grants: SnapshotGrant[];
  assignments: SnapshotAssignment[];
}

/** The inventory as a review keeps it. */
export function snapshotOf(inventory: InventoryData): ReviewSnapshot {
  return {
    version: SNAPSHOT_VERSION,
    servicePrincipals: inventory.servicePrincipals.map(({ id, appId, displayName }) => ({ id, appId, displayName })),
    grants: inventory.grants.map(({ id, clientId, resourceId, consentType, principalId, scope }) => ({
      id,
      clientId,
      resourceId,
      principalId: consentType === 'AllPrincipals' ? null : principalId,
      scope,
    })),
    assignments: inventory.assignments.map(({ id, principalId, resourceId, appRoleId }) => ({ id, principalId, resourceId, appRoleId })),
  };
}
