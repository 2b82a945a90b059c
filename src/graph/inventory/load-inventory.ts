/**
 * Loads the tenant's whole permission inventory with few round trips: service principals and grants as
 * two parallel page chains of 999; as soon as the service principals are in, the application permissions
 * of every resource that publishes app roles — first pages 20 at a time through $batch, further pages
 * followed directly — while the grant chain goes on.
 * Every page is reported as it lands, so screens show rows before the load finishes.
 */
import { ASSIGNMENT_SELECT, GRANT_SELECT, type AssignmentSnapshot, type GrantSnapshot } from '../entities';
import type { ServicePrincipalInfo } from '../../permissions/inventory';
import { batch } from '../batch';
import type { GraphClient } from '../graph-client';
import type { GraphOperation } from '../operation';
import { iteratePages, type GraphPage } from '../paging';

export const READ_APPLICATIONS: GraphOperation = {
  name: 'Read applications',
  scopes: ['Application.Read.All'],
  reason: 'Lists every application (service principal) in the tenant and the application permissions it holds.',
};

export const READ_GRANTS: GraphOperation = {
  name: 'Read delegated permission grants',
  scopes: ['Directory.Read.All'],
  reason: 'Reads which delegated permissions users and admins granted to each application (Graph requires Directory.Read.All for this).',
};

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

export interface LoadOptions {
  signal?: AbortSignal;
  onProgress?: (progress: InventoryProgress) => void;
}

export async function loadInventory(graph: GraphClient, { signal, onProgress }: LoadOptions = {}): Promise<InventoryData> {
  const data: InventoryData = { servicePrincipals: [], grants: [], assignments: [] };
  let requests = 0;
  const report = (done = false) => onProgress?.({ ...data, requests, done });

  async function drain<T>(first: string, scopes: readonly string[], sink: T[]): Promise<void> {
    for await (const page of iteratePages<T>(graph, first, { scopes, signal })) {
      requests++;
      sink.push(...page.value);
      report();
    }
  }

  // The app-permission reads need only the service principals: they run while the (longer) grant chain
  // is still paging, so the whole load takes about as long as its longest chain.
  async function loadAssignments(): Promise<void> {
    const resources = data.servicePrincipals.filter((sp) => (sp.appRoles ?? []).some((role) => role.allowedMemberTypes?.includes('Application')));
    const firstPages = await batch<GraphPage<AssignmentSnapshot>>(
      graph,
      resources.map((sp) => ({ id: sp.id, url: `/servicePrincipals/${sp.id}/appRoleAssignedTo?$top=999&$select=${ASSIGNMENT_SELECT}` })),
      { scopes: READ_APPLICATIONS.scopes, signal },
    );
    requests += Math.ceil(resources.length / 20);
    const nextLinks: string[] = [];
    for (const result of firstPages) {
      if (!result.ok) throw result.error;
      data.assignments.push(...result.body.value.filter(isServicePrincipalAssignment));
      if (result.body['@odata.nextLink']) nextLinks.push(result.body['@odata.nextLink']);
    }
    report();
    const more: AssignmentSnapshot[] = [];
    await Promise.all(nextLinks.map((link) => drain(link, READ_APPLICATIONS.scopes, more)));
    data.assignments.push(...more.filter(isServicePrincipalAssignment));
  }

  await Promise.all([
    drain(`/servicePrincipals?$top=999&$select=${SERVICE_PRINCIPAL_SELECT}`, READ_APPLICATIONS.scopes, data.servicePrincipals).then(loadAssignments),
    drain(`/oauth2PermissionGrants?$top=999&$select=${GRANT_SELECT}`, READ_GRANTS.scopes, data.grants),
  ]);
  report(true);
  return data;
}

/** Application permissions are app roles held by service principals (users' and groups' roles are not). */
export function isServicePrincipalAssignment(a: AssignmentSnapshot): boolean {
  return !a.principalType || a.principalType === 'ServicePrincipal';
}
