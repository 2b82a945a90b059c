import { READ_GRANT_NOW } from '../graph/operations/grants';
/**
 * Reads of the tenant's current state that a change or a restore needs right before it writes. They are
 * declared Graph operations in src/graph (read-grants.ts, read-app-role-assignments.ts); this module
 * gathers them for the engine.
 */

export { findGrant, grantReadPath, readGrant } from '../graph/read-grants';
export { hasAssignment, isAssignmentListed, listedAssignmentIds, principalAssignmentsPath } from '../graph/read-app-role-assignments';

export const GRANT_READ_SCOPES: readonly string[] = READ_GRANT_NOW.scopes;
