/**
 * What one application holds in the tenant: its service principal, its delegated grants (as the client)
 * and its application permissions (app roles assigned to it), with the resource APIs they point at so
 * scopes and roles can be named. Also the list of resource APIs (service principals publishing
 * delegated scopes or application roles), for choosing what to grant.
 */
import { queryOptions } from '@tanstack/react-query';
import type { AssignmentSnapshot, GrantSnapshot } from './entities';
import type { ServicePrincipalInfo } from '../permissions/inventory';
import type { GraphClient } from './graph-client';
import { ASSIGNMENT_SELECT, GRANT_SELECT, SERVICE_PRINCIPAL_SELECT } from './inventory/load-inventory';
import { graphKeys } from './keys';
import { odataString } from './odata';
import { listAllPages } from './paging';
import { READ_APP_PERMISSIONS } from './operations/applications';

export interface AppConsentState {
  servicePrincipal: ServicePrincipalInfo;
  /** Delegated grants where the application is the client (AllPrincipals and per-user). */
  grants: GrantSnapshot[];
  /** Application permissions: app roles assigned to the application's service principal. */
  assignments: AssignmentSnapshot[];
  /** The resource APIs the grants and assignments point at, by service principal id. */
  resources: Record<string, ServicePrincipalInfo>;
}

const scopes = READ_APP_PERMISSIONS.scopes;

export function getServicePrincipalByAppId(graph: GraphClient, appId: string, signal?: AbortSignal): Promise<ServicePrincipalInfo> {
  return graph.request(`/servicePrincipals(appId=${encodeURIComponent(odataString(appId))})?$select=${SERVICE_PRINCIPAL_SELECT}`, { scopes, signal });
}

function getServicePrincipal(graph: GraphClient, id: string, signal?: AbortSignal): Promise<ServicePrincipalInfo> {
  return graph.request(`/servicePrincipals/${encodeURIComponent(id)}?$select=${SERVICE_PRINCIPAL_SELECT}`, { scopes, signal });
}

export async function loadAppConsentState(graph: GraphClient, appId: string, signal?: AbortSignal): Promise<AppConsentState> {
  const servicePrincipal = await getServicePrincipalByAppId(graph, appId, signal);
  const id = servicePrincipal.id;
  const [grants, assignments] = await Promise.all([
    listAllPages<GrantSnapshot>(graph, `/oauth2PermissionGrants?$filter=${encodeURIComponent(`clientId eq ${odataString(id)}`)}&$select=${GRANT_SELECT}`, {
      scopes,
      signal,
    }),
    listAllPages<AssignmentSnapshot>(graph, `/servicePrincipals/${encodeURIComponent(id)}/appRoleAssignments?$select=${ASSIGNMENT_SELECT}`, { scopes, signal }),
  ]);
  const resourceIds = [...new Set([...grants.map((g) => g.resourceId), ...assignments.map((a) => a.resourceId)])];
  const resources: Record<string, ServicePrincipalInfo> = {};
  const loaded = await Promise.all(resourceIds.map((rid) => getServicePrincipal(graph, rid, signal)));
  for (const resource of loaded) resources[resource.id] = resource;
  return { servicePrincipal, grants, assignments, resources };
}

/** What an app holds tenant-wide: compared before and after an admin consent to see what it added and removed. */
export interface TenantWideSnapshot {
  servicePrincipalId: string;
  /** The app's AllPrincipals delegated grants. */
  grants: GrantSnapshot[];
  /** The app's application permissions. */
  assignments: AssignmentSnapshot[];
}

export function tenantWideSnapshot(state: Pick<AppConsentState, 'servicePrincipal' | 'grants' | 'assignments'>): TenantWideSnapshot {
  return {
    servicePrincipalId: state.servicePrincipal.id,
    grants: state.grants.filter((g) => g.consentType === 'AllPrincipals'),
    assignments: state.assignments,
  };
}

/** The snapshot read now, or undefined when it cannot be read (no consent or role yet, no service principal). */
export async function readTenantWideSnapshot(graph: GraphClient, appId: string, signal?: AbortSignal): Promise<TenantWideSnapshot | undefined> {
  try {
    return tenantWideSnapshot(await loadAppConsentState(graph, appId, signal));
  } catch {
    return undefined;
  }
}

export const appConsentQueryOptions = (graph: GraphClient, appId: string) =>
  queryOptions({
    queryKey: graphKeys.appConsent.detail(appId),
    queryFn: ({ signal }) => loadAppConsentState(graph, appId, signal),
    retry: false,
  });

/** Every service principal with its published scopes and roles (the app and API pickers filter it). */
export function listServicePrincipalsWithPermissions(graph: GraphClient, signal?: AbortSignal): Promise<ServicePrincipalInfo[]> {
  return listAllPages<ServicePrincipalInfo>(graph, `/servicePrincipals?$top=999&$select=${SERVICE_PRINCIPAL_SELECT}`, { scopes, signal });
}

export const servicePrincipalsWithPermissionsQueryOptions = (graph: GraphClient) =>
  queryOptions({
    queryKey: graphKeys.appConsent.servicePrincipals(),
    queryFn: ({ signal }) => listServicePrincipalsWithPermissions(graph, signal),
    staleTime: 60_000,
  });

/** A resource API: publishes delegated scopes, or app roles an application can hold. */
export function isResourceApi(sp: ServicePrincipalInfo): boolean {
  return (sp.oauth2PermissionScopes ?? []).length > 0 || (sp.appRoles ?? []).some((role) => role.allowedMemberTypes?.includes('Application'));
}
