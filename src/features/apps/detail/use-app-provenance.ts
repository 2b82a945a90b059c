/**
 * Provenance of what one app holds: its grants and app permissions picked from the inventory (by object id,
 * memoized so the join runs once per inventory), read after the inventory, and the page's one state — the
 * lines wait, are unavailable (the page says why once), or are ready with what the log reaches.
 */
import { useMemo } from 'react';
import type { InventoryData } from '../../../graph/inventory/load-inventory';
import type { Provenance } from '../../../permissions/provenance';
import { MAX_PROVENANCE_PAGES, useProvenance } from '../../../provenance/use-provenance';
import type { ProvenanceContext } from '../../../provenance/provenance-text';

export type AppProvenanceLines =
  | { state: 'waiting' }
  /** The roles cannot read the log, or the read failed: the "Who granted this" section says why. */
  | { state: 'unavailable' }
  | { state: 'ready'; context: ProvenanceContext; grant: (id: string) => Provenance | undefined; assignment: (id: string) => Provenance | undefined };

export type AppProvenance = ReturnType<typeof useProvenance> & { lines: AppProvenanceLines };

export function useAppProvenance(appObjectId: string, inventory: InventoryData | undefined): AppProvenance {
  const grants = useMemo(() => inventory?.grants.filter((g) => g.clientId === appObjectId) ?? [], [inventory, appObjectId]);
  const assignments = useMemo(() => inventory?.assignments.filter((a) => a.principalId === appObjectId) ?? [], [inventory, appObjectId]);
  const provenance = useProvenance(grants, assignments, inventory !== undefined);
  const { access, audits, byGrantId, byAssignmentId, retention, retentionPending, truncated } = provenance;
  let lines: AppProvenanceLines;
  if (access.state === 'denied' || audits.isError) lines = { state: 'unavailable' };
  // Waiting for the licence too: the lines beyond the log say how far it reaches.
  else if (!byGrantId || !byAssignmentId || retentionPending) lines = { state: 'waiting' };
  else {
    lines = {
      state: 'ready',
      context: { retention, truncated, maxEvents: MAX_PROVENANCE_PAGES * 999 },
      grant: (id) => byGrantId.get(id),
      assignment: (id) => byAssignmentId.get(id),
    };
  }
  return { ...provenance, lines };
}
