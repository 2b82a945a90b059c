import type { ServicePrincipalInfo } from '../permissions/inventory';
import { batch } from './batch';
import type { GraphClient } from './graph-client';
import { READ_USER_GRANTS } from './operations/grants';

const SELECT = 'id,appId,displayName,publisherName,appOwnerOrganizationId,verifiedPublisher,servicePrincipalType,homepage,appRoles,oauth2PermissionScopes';

/**
 * The named service principals, 20 per $batch. Directory.Read.All reads them too, so a screen that
 * already holds it for grants needs no Application.Read.All. Ids Graph no longer knows (404) are left
 * out; any other failure rejects.
 */
export async function getServicePrincipalsById(graph: GraphClient, ids: readonly string[], signal?: AbortSignal): Promise<Map<string, ServicePrincipalInfo>> {
  const unique = [...new Set(ids)];
  const results = await batch<ServicePrincipalInfo>(
    graph,
    unique.map((id) => ({ id, url: `/servicePrincipals/${encodeURIComponent(id)}?$select=${SELECT}` })),
    { scopes: READ_USER_GRANTS.scopes, signal },
  );
  const found = new Map<string, ServicePrincipalInfo>();
  for (const result of results) {
    if (result.ok) found.set(result.id, result.body);
    else if (result.status !== 404) throw result.error;
  }
  return found;
}
