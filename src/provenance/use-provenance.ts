/**
 * Provenance of the grants and app permissions a screen shows (the app page; the review screen can reuse
 * it). Reads after the inventory, never before: the licence (how far back the log reaches), then the whole
 * retained window of ApplicationManagement audit events once, newest first and paced, shared by every app
 * (one cache entry). Gated by the audit read's directory roles (READ_AUDIT); without them nothing is read.
 */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { READ_AUDIT } from '../auth/role-requirements';
import { useReadAccess } from '../auth/use-directory-roles';
import type { AssignmentSnapshot, GrantSnapshot } from '../graph/entities';
import { useGraphClient } from '../graph/graph-client-context';
import { graphKeys } from '../graph/keys';
import { directoryAuditsUrl, readDirectoryAudits } from '../graph/read-directory-audits';
import { readAuditRetention } from '../graph/read-organization';
import { joinProvenance } from '../permissions/provenance';
import { READ_PROVENANCE } from './operations';

/** 999 events a page; 10 pages are read in two windows of the reports limit (5 requests per 10 s). */
export const MAX_PROVENANCE_PAGES = 10;

const DAY_MS = 24 * 60 * 60 * 1000;

// Keys under graphKeys.all, so a sign-out or tenant switch clears them with the rest (graphKeys itself is not this module’s to edit).
const retentionKey = () => [...graphKeys.all, 'organization', 'audit-retention'] as const;
const auditsKey = (days: number) => [...graphKeys.all, 'provenance-audits', days] as const;

export function useProvenance(grants: readonly GrantSnapshot[], assignments: readonly AssignmentSnapshot[], enabled: boolean) {
  const graph = useGraphClient();
  const access = useReadAccess([READ_AUDIT]);
  const allowed = access.state === 'allowed';
  const retention = useQuery({ queryKey: retentionKey(), queryFn: ({ signal }) => readAuditRetention(graph, signal), enabled: enabled && allowed });
  // Unknown licence: read as far as the longest retention; the service returns what it keeps.
  const days = retention.data?.days ?? 30;
  const audits = useQuery({
    queryKey: auditsKey(days),
    enabled: enabled && allowed && !retention.isPending,
    queryFn: ({ signal }) => {
      const since = new Date(Date.now() - days * DAY_MS).toISOString();
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
    audits,
    truncated: audits.data?.truncated ?? false,
    byGrantId: joined?.byGrantId,
    byAssignmentId: joined?.byAssignmentId,
  };
}
