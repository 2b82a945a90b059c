import type { ServicePrincipal } from '@microsoft/microsoft-graph-types';
import { infiniteQueryOptions } from '@tanstack/react-query';
import type { GraphClient } from './graph-client';
import { graphKeys } from './keys';
import { odataString } from './odata';
import type { GraphOperation } from './operation';
import type { GraphPage } from './paging';

export const LIST_SERVICE_PRINCIPALS: GraphOperation = {
  name: 'List applications',
  scopes: ['Application.Read.All'],
  reason: 'Lists the applications (service principals) in your tenant, with their publisher and sign-in settings.',
};

/** `publisherName` is returned by v1.0 but missing from the v1.0 type package. */
export type ServicePrincipalSummary = { publisherName?: string | null } & Pick<
  ServicePrincipal,
  | 'id'
  | 'appId'
  | 'displayName'
  | 'appOwnerOrganizationId'
  | 'servicePrincipalType'
  | 'accountEnabled'
  | 'verifiedPublisher'
  | 'homepage'
>;

const SELECT =
  'id,appId,displayName,publisherName,appOwnerOrganizationId,servicePrincipalType,accountEnabled,verifiedPublisher,homepage';

export const PAGE_SIZE = 100;

export function servicePrincipalsFirstPage(search: string): string {
  const params = new URLSearchParams({ $select: SELECT, $top: String(PAGE_SIZE) });
  const term = search.trim();
  if (term) params.set('$filter', `startsWith(displayName,${odataString(term)})`);
  return `/servicePrincipals?${params.toString()}`;
}

export function listServicePrincipalsPage(
  graph: GraphClient,
  pathOrNextLink: string,
  signal?: AbortSignal,
): Promise<GraphPage<ServicePrincipalSummary>> {
  return graph.request(pathOrNextLink, { scopes: LIST_SERVICE_PRINCIPALS.scopes, signal });
}

/** Pages follow `@odata.nextLink` unchanged; "Load more" fetches the next one. */
export const listServicePrincipalsQueryOptions = (graph: GraphClient, params: { search: string }) =>
  infiniteQueryOptions({
    queryKey: graphKeys.servicePrincipals.list(params),
    queryFn: ({ pageParam, signal }) => listServicePrincipalsPage(graph, pageParam, signal),
    initialPageParam: servicePrincipalsFirstPage(params.search),
    getNextPageParam: (last) => last['@odata.nextLink'],
  });
