/**
 * The reads behind an app's hygiene (src/permissions/hygiene.ts): application objects with their credentials,
 * the ownerless service principals in one advanced query (a few pages instead of one owners request per app),
 * and the beta sign-in activity report, paced by the reports limit. The beta URL is built from the client's
 * own base, so the token still goes only to the Graph audience the client serves.
 */
import type { ApplicationObjectInfo } from '../permissions/hygiene';
import type { GraphClient } from './graph-client';
import { listAllPages } from './paging';
import { pacedReportsClient, type ReportsPacer } from './reports-pacer';

interface ReadInit {
  scopes: readonly string[];
  signal?: AbortSignal;
}

export const APPLICATION_CREDENTIALS_URL = '/applications?$top=999&$select=id,appId,displayName,passwordCredentials,keyCredentials';
/** Advanced query: needs `ConsistencyLevel: eventual` and `$count=true` (aad-advanced-queries.md). */
export const OWNERLESS_URL = '/servicePrincipals?$filter=owners/$count eq 0&$count=true&$top=999&$select=id';
const ADVANCED = { ConsistencyLevel: 'eventual' };

export function readApplicationCredentials(graph: GraphClient, init: ReadInit): Promise<ApplicationObjectInfo[]> {
  return listAllPages<ApplicationObjectInfo>(graph, APPLICATION_CREDENTIALS_URL, init);
}

export async function readOwnerlessServicePrincipals(graph: GraphClient, init: ReadInit): Promise<Set<string>> {
  const page = await listAllPages<{ id: string }>(graph, OWNERLESS_URL, { ...init, headers: ADVANCED });
  return new Set(page.map((sp) => sp.id));
}

/** The client's base with its version swapped for beta: `https://graph.microsoft.com/v1.0` → `…/beta`. */
export function betaUrl(graph: GraphClient, path: string): string {
  return `${graph.baseUrl.replace(/\/v1\.0\/?$/, '/beta')}${path}`;
}

interface SignInActivity {
  appId?: string | null;
  lastSignInActivity?: { lastSignInDateTime?: string | null } | null;
}

/** appId (lower case) → last sign-in (ISO). An app the report does not list has no sign-in recorded. */
export async function readSignInActivity(graph: GraphClient, init: ReadInit & { pacer?: ReportsPacer }): Promise<Map<string, string>> {
  const reports = pacedReportsClient(graph, { pacer: init.pacer });
  const url = betaUrl(graph, '/reports/servicePrincipalSignInActivities?$top=999&$select=appId,lastSignInActivity');
  const items = await listAllPages<SignInActivity>(reports, url, { scopes: init.scopes, signal: init.signal });
  const byApp = new Map<string, string>();
  for (const item of items) {
    const at = item.lastSignInActivity?.lastSignInDateTime;
    if (item.appId && at) byApp.set(item.appId.toLowerCase(), at);
  }
  return byApp;
}
