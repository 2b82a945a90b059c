/**
 * Query keys of the provenance reads, under graphKeys.all so a sign-out or tenant switch clears them with
 * the rest. `audits()` is the prefix the change engine invalidates after a write to a grant or an app
 * permission (GRANT_DATA in src/changes/kinds/grant-kinds.ts): every such write adds an audit event.
 */
import { graphKeys } from '../graph/keys';

export const provenanceKeys = {
  /** The organization's service plans, read for the audit log's retention. */
  retention: () => [...graphKeys.all, 'organization', 'audit-retention'] as const,
  audits: () => [...graphKeys.all, 'provenance-audits'] as const,
  /** The retained window read: `days` back from now. */
  auditsFor: (days: number) => [...provenanceKeys.audits(), days] as const,
};
