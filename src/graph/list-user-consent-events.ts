import type { DirectoryAudit } from '@microsoft/microsoft-graph-types';
import { queryOptions } from '@tanstack/react-query';
import { parseConsentPermissions, scopesAdded, scopesAfter } from './consent-action-permissions';
import type { GraphClient } from './graph-client';
import { graphKeys } from './keys';
import { odataString } from './odata';
import { directoryAuditsUrl, modifiedProperty, readDirectoryAudits } from './read-directory-audits';
import type { ReportsPacer } from './reports-pacer';
import { READ_CONSENT_EVENTS } from './operations/users';

/**
 * Pages read at most: 999 events each, the newest first. The reports service allows 5 requests per 10 s
 * per app, so 5 pages are read in the first window; a user with more consent events than that in the
 * log's retention is rare, and the newest (those the screen shows) come first.
 */
export const MAX_CONSENT_EVENT_PAGES = 5;

export interface ConsentEvent {
  at: string;
  /** The client service principal the user consented to. */
  clientId: string;
  /** The scopes the app held after this consent (those of the new grants), when the log records them. */
  scopes: string[];
  /** The scopes this consent added (new minus old): what was consented to at that time. */
  addedScopes: string[];
  adminConsent: boolean;
}

export interface ConsentEventsRead {
  events: ConsentEvent[];
  /** The page cap was hit: older events were not read. */
  truncated: boolean;
}

/** The audit log keeps 30 days (7 without Entra ID P1/P2): older consents have no event. */
export function toConsentEvents(audits: readonly DirectoryAudit[]): ConsentEvent[] {
  const events: ConsentEvent[] = [];
  for (const audit of audits) {
    if (audit.result && audit.result !== 'success') continue;
    for (const target of audit.targetResources ?? []) {
      if (target.type !== 'ServicePrincipal' || !target.id || !audit.activityDateTime) continue;
      const permissions = parseConsentPermissions(modifiedProperty(target, 'ConsentAction.Permissions'));
      events.push({
        at: audit.activityDateTime,
        clientId: target.id,
        scopes: scopesAfter(permissions),
        addedScopes: scopesAdded(permissions),
        adminConsent: modifiedProperty(target, 'ConsentContext.IsAdminConsent').toLowerCase() === 'true',
      });
    }
  }
  return events.sort((a, b) => b.at.localeCompare(a.at));
}

/** The first page's URL: this user's consent events only, as many per page as the service gives. */
export function consentEventsFirstPage(userId: string): string {
  return directoryAuditsUrl(`initiatedBy/user/id eq ${odataString(userId)} and activityDisplayName eq 'Consent to application'`);
}

export async function listUserConsentEvents(
  graph: GraphClient,
  userId: string,
  signal?: AbortSignal,
  { pacer, maxPages = MAX_CONSENT_EVENT_PAGES }: { pacer?: ReportsPacer; maxPages?: number } = {},
): Promise<ConsentEventsRead> {
  const { audits, truncated } = await readDirectoryAudits(graph, consentEventsFirstPage(userId), {
    scopes: READ_CONSENT_EVENTS.scopes,
    maxPages,
    signal,
    pacer,
  });
  return { events: toConsentEvents(audits), truncated };
}

export const userConsentEventsQueryOptions = (graph: GraphClient, userId: string) =>
  queryOptions({
    queryKey: graphKeys.users.consentEvents(userId),
    queryFn: ({ signal }) => listUserConsentEvents(graph, userId, signal),
  });
