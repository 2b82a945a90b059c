/**
 * Provenance of the grants and app permissions a screen shows (the app page; the review screen can reuse
 * it). Reads after the inventory, never before: the licence (how far back the log reaches) and, beside it,
 * the whole retained window of ApplicationManagement audit events once, newest first and paced, shared by
 * every app (one cache entry). Gated by the audit read's directory roles (READ_AUDIT); without them nothing is read.
 */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { READ_AUDIT } from '../auth/role-requirements';
import { useReadAccess } from '../auth/use-directory-roles';
import type { AssignmentSnapshot, GrantSnapshot } from '../graph/entities';
import { useGraphClient } from '../graph/graph-client-context';
import { directoryAuditsUrl, readDirectoryAudits } from '../graph/read-directory-audits';
import { readAuditRetention } from '../graph/read-organization';
import { joinProvenance } from '../permissions/provenance';
import { provenanceKeys } from './keys';
import { READ_PROVENANCE } from './operations';

/** 999 events a page; 10 pages are read in two windows of the reports limit (5 requests per 10 s). */
export const MAX_PROVENANCE_PAGES = 10;

const DAY_MS = 24 * 60 * 60 * 1000;
/** Entra ID P1/P2 (reference-reports-data-retention.md); Free keeps 7. */
const LONGEST_RETENTION_DAYS = 30;

export function useProvenance(grants: readonly GrantSnapshot[], assignments: readonly AssignmentSnapshot[], enabled: boolean) {
  const graph = useGraphClient();
  const access = useReadAccess([READ_AUDIT]);
  const allowed = access.state === 'allowed';
  const retention = useQuery({ queryKey: provenanceKeys.retention(), queryFn: ({ signal }) => readAuditRetention(graph, signal), enabled: enabled && allowed });
  // Always as far as the longest retention, beside the licence read rather than after it: the service returns
  // only what the tenant's licence keeps, so the licence is needed to explain the reach, not to read.
  const audits = useQuery({
    queryKey: provenanceKeys.auditsFor(LONGEST_RETENTION_DAYS),
    enabled: enabled && allowed,
    queryFn: ({ signal }) => {
      const since = new Date(Date.now() - LONGEST_RETENTION_DAYS * DAY_MS).toISOString();
      return readDirectoryAudits(graph, directoryAuditsUrl(`activityDateTime ge ${since} and category eq 'ApplicationManagement'`), {
        scopes: READ_PROVENANCE.scopes,
        maxPages: MAX_PROVENANCE_PAGES,
        signal,
      });
    },
  });
  const joined = useMemo(
    () => (audits.data ? joinProvenance({ audits: audits.data.audits, grants, assignments }) : undefined),
    [audits.data, grants, assignments],
  );
  return {
    access,
    /** Undefined when the licence could not be read: the reach is 7 or 30 days, not known which. */
    retention: retention.data,
    retentionError: retention.error,
    /** The licence read has not answered yet (nor failed). */
    retentionPending: retention.isPending,
    audits,
    truncated: audits.data?.truncated ?? false,
    byGrantId: joined?.byGrantId,
    byAssignmentId: joined?.byAssignmentId,
  };
}
