/**
 * What a client application holds on Microsoft Graph in this tenant: its delegated grants (who
 * consented to what) and its application permissions. Evidence for the 403 diagnosis.
 */
import type { AppRole, AppRoleAssignment, OAuth2PermissionGrant, ServicePrincipal } from '@microsoft/microsoft-graph-types';
import { queryOptions } from '@tanstack/react-query';
import type { GraphClient } from './graph-client';
import { graphKeys } from './keys';
import { GRAPH_APP_ID } from './microsoft-graph';
import { odataString } from './odata';
import { listAllPages } from './paging';
import { READ_CLIENT_GRANTS } from './operations/grants';

export interface ClientGrantFactsResult {
  clientSpId: string;
  graph: { id: string; appRoles: { id: string; value?: string | null }[] };
  grants: { clientId: string; consentType: string; principalId?: string | null; resourceId: string; scope?: string | null }[];
  assignments: { resourceId: string; appRoleId: string }[];
}

const byAppId = (appId: string) => `/servicePrincipals(appId=${encodeURIComponent(odataString(appId))})`;

export async function loadClientGrantFacts(graph: GraphClient, clientAppId: string, signal?: AbortSignal): Promise<ClientGrantFactsResult> {
  const init = { scopes: READ_CLIENT_GRANTS.scopes, signal };
  const [client, graphSp] = await Promise.all([
    graph.request<Pick<ServicePrincipal, 'id'>>(`${byAppId(clientAppId)}?$select=id`, init),
    graph.request<Pick<ServicePrincipal, 'id' | 'appRoles'>>(`${byAppId(GRAPH_APP_ID)}?$select=id,appRoles`, init),
  ]);
  const clientSpId = client.id ?? '';
  const [grants, assignments] = await Promise.all([
    listAllPages<OAuth2PermissionGrant>(
      graph,
      `/oauth2PermissionGrants?$filter=${encodeURIComponent(`clientId eq ${odataString(clientSpId)}`)}&$top=999`,
      init,
    ),
    listAllPages<AppRoleAssignment>(graph, `/servicePrincipals/${encodeURIComponent(clientSpId)}/appRoleAssignments?$top=999`, init),
  ]);
  return {
    clientSpId,
    graph: { id: graphSp.id ?? '', appRoles: (graphSp.appRoles ?? []).map((r: AppRole) => ({ id: r.id ?? '', value: r.value })) },
    grants: grants.map((g) => ({
      clientId: g.clientId ?? '',
      consentType: g.consentType ?? '',
      principalId: g.principalId,
      resourceId: g.resourceId ?? '',
      scope: g.scope,
    })),
    assignments: assignments.map((a) => ({ resourceId: a.resourceId ?? '', appRoleId: a.appRoleId ?? '' })),
  };
}

export const clientGrantFactsQueryOptions = (graph: GraphClient, clientAppId: string) =>
  queryOptions({
    queryKey: graphKeys.clientGrantFacts(clientAppId),
    queryFn: ({ signal }) => loadClientGrantFacts(graph, clientAppId, signal),
    retry: false,
  });
