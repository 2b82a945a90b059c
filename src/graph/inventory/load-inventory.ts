/**
 * Loads the tenant's whole permission inventory with few round trips: grants and service principals as
 * two page chains of 999; as soon as the service principals are in, the application permissions of every
 * resource that publishes app roles (a chain per resource) while the grant chain goes on. Batched paging
 * (the default) follows all chains in shared `$batch` rounds, one URL whose CORS preflight stays cached;
 * plain paging (the fallback and the comparison) pages each chain on its own and sends the resources'
 * first pages 20 per `$batch`. Every page is reported as it lands, so screens show rows before the load
 * finishes; `requests` counts HTTP requests (a `$batch` call is one).
 */
import { ASSIGNMENT_SELECT, GRANT_SELECT, type AssignmentSnapshot, type GrantSnapshot } from '../entities';
import type { ServicePrincipalInfo } from '../../permissions/inventory';
import { followChainsInBatches } from '../batched-paging';
import type { GraphClient } from '../graph-client';
import { followChainsPlainly, type GraphPage, type PageChain } from '../paging';
import { READ_APPLICATIONS } from '../operations/applications';
import { READ_GRANTS } from '../operations/grants';

export const SERVICE_PRINCIPAL_SELECT = [
  'id',
  'appId',
  'displayName',
  'publisherName',
  'appOwnerOrganizationId',
  'verifiedPublisher',
  'servicePrincipalType',
  'tags',
  'homepage',
  'appRoles',
  'oauth2PermissionScopes',
  'keyCredentials',
  'passwordCredentials',
].join(',');

export { ASSIGNMENT_SELECT, GRANT_SELECT } from '../entities';

export interface InventoryData {
  servicePrincipals: ServicePrincipalInfo[];
  grants: GrantSnapshot[];
  /** Application permissions: app roles assigned to service principals. */
  assignments: AssignmentSnapshot[];
}

export interface InventoryProgress extends InventoryData {
  requests: number;
  done: boolean;
}

/** How the page chains are followed: one GET per page, or shared `$batch` rounds (src/graph/batched-paging.ts). */
export type InventoryPaging = 'plain' | 'batched';

export interface LoadOptions {
  signal?: AbortSignal;
  onProgress?: (progress: InventoryProgress) => void;
  /** Default batched; plain is the fallback and the comparison. */
  paging?: InventoryPaging;
}

export async function loadInventory(graph: GraphClient, { signal, onProgress, paging = 'batched' }: LoadOptions = {}): Promise<InventoryData> {
  const data: InventoryData = { servicePrincipals: [], grants: [], assignments: [] };
  let requests = 0;
  const report = (done = false) => onProgress?.({ ...data, requests, done });
  const collect =
    <T>(sink: T[], keep: (item: T) => boolean = () => true) =>
    (page: GraphPage<unknown>) => {
      for (const item of page.value as T[]) if (keep(item)) sink.push(item);
      report();
    };

  // The app-permission reads need only the service principals: they run while the (longer) grant chain
  // is still paging, so the whole load takes about as long as its longest chain.
  const assignmentChains = (): PageChain[] =>
    data.servicePrincipals
      .filter((sp) => (sp.appRoles ?? []).some((role) => role.allowedMemberTypes?.includes('Application')))
      .map((sp) => ({
        first: `/servicePrincipals/${sp.id}/appRoleAssignedTo?$top=999&$select=${ASSIGNMENT_SELECT}`,
        scopes: READ_APPLICATIONS.scopes,
        onPage: collect(data.assignments, isServicePrincipalAssignment),
      }));

  // The grant chain first: usually the longest, it leads every round.
  const chains: PageChain[] = [
    { first: `/oauth2PermissionGrants?$top=999&$select=${GRANT_SELECT}`, scopes: READ_GRANTS.scopes, onPage: collect(data.grants) },
    {
      first: `/servicePrincipals?$top=999&$select=${SERVICE_PRINCIPAL_SELECT}`,
      scopes: READ_APPLICATIONS.scopes,
      onPage: collect(data.servicePrincipals),
      then: assignmentChains,
    },
  ];
  const counted = { signal, onRequest: () => void requests++ };
  await (paging === 'plain' ? followChainsPlainly(graph, chains, { ...counted, batchFirstPages: true }) : followChainsInBatches(graph, chains, counted));
  report(true);
  return data;
}

/** Application permissions are app roles held by service principals (users' and groups' roles are not). */
export function isServicePrincipalAssignment(a: AssignmentSnapshot): boolean {
  return !a.principalType || a.principalType === 'ServicePrincipal';
}
