import type { DirectoryAudit } from '@microsoft/microsoft-graph-types';
import { queryOptions } from '@tanstack/react-query';
import type { GraphClient } from './graph-client';
import { graphKeys } from './keys';
import { odataString } from './list-service-principals';
import type { GraphOperation } from './operation';
import { listAllPages } from './paging';

export const READ_CONSENT_EVENTS: GraphOperation = {
  name: "Read a user's consent events",
  scopes: ['AuditLog.Read.All'],
  reason: 'Reads the directory audit log’s “Consent to application” events of a user, to show when each consent happened.',
};

export interface ConsentEvent {
  at: string;
  /** The client service principal the user consented to. */
  clientId: string;
  /** The scopes consented in that event, when the log records them. */
  scopes: string[];
  adminConsent: boolean;
}

/** The audit log keeps 30 days (7 without Entra ID P1/P2): older consents have no event. */
export function toConsentEvents(audits: readonly DirectoryAudit[]): ConsentEvent[] {
  const events: ConsentEvent[] = [];
  for (const audit of audits) {
    if (audit.result && audit.result !== 'success') continue;
    for (const target of audit.targetResources ?? []) {
      if (target.type !== 'ServicePrincipal' || !target.id || !audit.activityDateTime) continue;
      const property = (name: string) => target.modifiedProperties?.find((p) => p.displayName === name)?.newValue ?? '';
      // The real log quotes values ("\"True\""); the emulator does not.
      const unquote = (value: string) => value.replace(/^"|"$/g, '');
      events.push({
        at: audit.activityDateTime,
        clientId: target.id,
        scopes: unquote(property('ConsentAction.Permissions')).split(/\s+/).filter(Boolean),
        adminConsent: unquote(property('ConsentContext.IsAdminConsent')).toLowerCase() === 'true',
      });
    }
  }
  return events.sort((a, b) => b.at.localeCompare(a.at));
}

export async function listUserConsentEvents(graph: GraphClient, userId: string, signal?: AbortSignal): Promise<ConsentEvent[]> {
  const params = new URLSearchParams({
    $filter: `initiatedBy/user/id eq ${odataString(userId)} and activityDisplayName eq 'Consent to application'`,
    $top: '999',
  });
  const audits = await listAllPages<DirectoryAudit>(graph, `/auditLogs/directoryAudits?${params.toString()}`, {
    scopes: READ_CONSENT_EVENTS.scopes,
    signal,
    maxPages: 20,
  });
  return toConsentEvents(audits);
}

export const userConsentEventsQueryOptions = (graph: GraphClient, userId: string) =>
  // eslint-disable-next-line @tanstack/query/exhaustive-deps -- the client is a per-session service, not a key input
  queryOptions({
    queryKey: graphKeys.users.consentEvents(userId),
    queryFn: ({ signal }) => listUserConsentEvents(graph, userId, signal),
  });
