/**
 * The one reader of the directory audit log (GET /auditLogs/directoryAudits): every page goes through the
 * reports pacer (5 requests per 10 s per app), newest first, up to a page cap. The user page's consent
 * dates and the provenance of grants both read through it, each with its own filter and operation.
 */
import type { DirectoryAudit } from '@microsoft/microsoft-graph-types';
import type { GraphClient } from './graph-client';
import { iteratePages } from './paging';
import { pacedReportsClient, type ReportsPacer } from './reports-pacer';

export interface DirectoryAuditsRead {
  audits: DirectoryAudit[];
  /** The page cap was hit: older events were not read. */
  truncated: boolean;
}

export interface ReadDirectoryAuditsOptions {
  /** The operation's scopes (directoryaudit-list: AuditLog.Read.All and Directory.Read.All). */
  scopes: readonly string[];
  maxPages: number;
  signal?: AbortSignal;
  pacer?: ReportsPacer;
}

/** The first page's URL: `filter` as OData, as many events per page as the service gives (999). */
export function directoryAuditsUrl(filter: string): string {
  const params = new URLSearchParams({ $filter: filter, $top: '999' });
  return `/auditLogs/directoryAudits?${params.toString()}`;
}

export async function readDirectoryAudits(
  graph: GraphClient,
  firstPageUrl: string,
  { scopes, maxPages, signal, pacer }: ReadDirectoryAuditsOptions,
): Promise<DirectoryAuditsRead> {
  const reports = pacedReportsClient(graph, { pacer });
  const audits: DirectoryAudit[] = [];
  let pages = 0;
  for await (const page of iteratePages<DirectoryAudit>(reports, firstPageUrl, { scopes, signal })) {
    audits.push(...page.value);
    // Leaving the loop cancels the page requested ahead.
    if (++pages >= maxPages && page['@odata.nextLink']) return { audits, truncated: true };
  }
  return { audits, truncated: false };
}

/** The real log quotes string values ("\"True\""); the emulator may not. */
export const unquoteAuditValue = (value: string | null | undefined): string =>
  (value ?? '')
    .trim()
    .replace(/^\\?"+|\\?"+$/g, '')
    .trim();

/** A target's modified property by name, unquoted ('' when absent). */
export function modifiedProperty(
  target: { modifiedProperties?: { displayName?: string | null; newValue?: string | null; oldValue?: string | null }[] | null },
  name: string,
  side: 'newValue' | 'oldValue' = 'newValue',
): string {
  return unquoteAuditValue(target.modifiedProperties?.find((p) => p.displayName === name)?.[side]);
}
