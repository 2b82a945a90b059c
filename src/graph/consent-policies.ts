/**
 * Who may consent to what: the tenant's authorization policy (the permission grant policies assigned to
 * the default user role), the permission grant policies with their include and exclude condition sets,
 * a resource API's delegated permission classifications, a user's directory roles — the reads and
 * writes of these, their scopes declared in operations/consent-policies.ts (microsoft-graph-docs-contrib: authorizationpolicy-get
 * and -update, permissiongrantpolicy-list, -list-includes, -list-excludes,
 * serviceprincipal-list-delegatedpermissionclassifications, -post-, delegatedpermissionclassification-delete).
 */
import type { DelegatedPermissionClassification, PermissionGrantConditionSet, PermissionGrantPolicy } from '@microsoft/microsoft-graph-types';
import { queryOptions } from '@tanstack/react-query';
import type { GraphClient } from './graph-client';
import { graphKeys } from './keys';
import { listAllPages } from './paging';
import {
  READ_AUTHORIZATION_POLICY,
  READ_CLASSIFICATIONS,
  READ_PERMISSION_GRANT_POLICIES,
  READ_USER_ROLES,
  WRITE_AUTHORIZATION_POLICY,
  WRITE_CLASSIFICATIONS,
} from './operations/consent-policies';

/** The part of the authorization policy the console reads and writes. */
export interface AuthorizationPolicySnapshot {
  id: string;
  /** Policy ids with their kind: `ManagePermissionGrantsForSelf.{id}` (user consent), `ManagePermissionGrantsForOwnedResource.{id}` (owners). */
  permissionGrantPoliciesAssigned: string[];
}

export type ConditionSet = Required<Pick<PermissionGrantConditionSet, 'id'>> &
  Omit<PermissionGrantConditionSet, 'id'> & {
    /** Only Microsoft 365 certified client apps (Graph beta; v1.0 omits it). */
    certifiedClientApplicationsOnly?: boolean | null;
  };

export interface GrantPolicy {
  id: string;
  displayName: string;
  description: string;
  includes: ConditionSet[];
  excludes: ConditionSet[];
}

export interface ClassificationSnapshot {
  id: string;
  permissionId: string;
  permissionName: string;
  classification: string;
}

/** A classification as the Activity log records it: with the service principal id of the API it classifies. */
export type ClassificationRecord = ClassificationSnapshot & { resourceId: string };

/** The consent-policy objects a change records before and after it. */
export type PolicySnapshot = AuthorizationPolicySnapshot | ClassificationRecord;

export function isPolicySnapshot(value: object | null | undefined): value is PolicySnapshot {
  return Boolean(value) && ('permissionGrantPoliciesAssigned' in value! || 'classification' in value!);
}

export const isClassificationRecord = (value: object | null | undefined): value is ClassificationRecord => isPolicySnapshot(value) && 'classification' in value;

/** Query keys of this module's reads (prefixes under graphKeys.all, so a change can name what it alters). */
export const policyKeys = {
  all: () => [...graphKeys.all, 'consent-policy'] as const,
  authorization: () => [...policyKeys.all(), 'authorization'] as const,
  grantPolicies: () => [...policyKeys.all(), 'grant-policies'] as const,
  classifications: (resourceId: string) => [...policyKeys.all(), 'classifications', resourceId] as const,
  userRoles: (userId: string) => [...policyKeys.all(), 'user-roles', userId] as const,
};

const AUTHORIZATION_POLICY_PATH = '/policies/authorizationPolicy';

/** `scopes`: a change re-reads the policy with the scope of its write (the GET accepts it too). */
export async function getAuthorizationPolicy(
  graph: GraphClient,
  signal?: AbortSignal,
  scopes: readonly string[] = READ_AUTHORIZATION_POLICY.scopes,
): Promise<AuthorizationPolicySnapshot> {
  const policy = await graph.request<{ id?: string; defaultUserRolePermissions?: { permissionGrantPoliciesAssigned?: string[] | null } | null }>(
    AUTHORIZATION_POLICY_PATH,
    { scopes, signal },
  );
  return { id: policy.id ?? 'authorizationPolicy', permissionGrantPoliciesAssigned: policy.defaultUserRolePermissions?.permissionGrantPoliciesAssigned ?? [] };
}

/** PATCH the whole assignment list (the docs: keep the ManagePermissionGrantsForOwnedResource entries). */
export async function setAssignedPolicies(graph: GraphClient, assigned: readonly string[], signal?: AbortSignal): Promise<void> {
  await graph.request(AUTHORIZATION_POLICY_PATH, {
    method: 'PATCH',
    body: { defaultUserRolePermissions: { permissionGrantPoliciesAssigned: assigned } },
    scopes: WRITE_AUTHORIZATION_POLICY.scopes,
    signal,
  });
}

const conditionSets = (graph: GraphClient, policyId: string, which: 'includes' | 'excludes', signal?: AbortSignal) =>
  listAllPages<ConditionSet>(graph, `/policies/permissionGrantPolicies/${encodeURIComponent(policyId)}/${which}`, {
    scopes: READ_PERMISSION_GRANT_POLICIES.scopes,
    signal,
  });

/** Every policy with its condition sets: as the list returns them, or read from the policy's includes/excludes when it leaves them out. */
export async function listGrantPolicies(graph: GraphClient, signal?: AbortSignal): Promise<GrantPolicy[]> {
  const policies = await listAllPages<PermissionGrantPolicy & { id: string }>(graph, '/policies/permissionGrantPolicies', {
    scopes: READ_PERMISSION_GRANT_POLICIES.scopes,
    signal,
  });
  return Promise.all(
    policies.map(async (p) => ({
      id: p.id,
      displayName: p.displayName ?? p.id,
      description: p.description ?? '',
      includes: (p.includes as ConditionSet[] | null | undefined) ?? (await conditionSets(graph, p.id, 'includes', signal)),
      excludes: (p.excludes as ConditionSet[] | null | undefined) ?? (await conditionSets(graph, p.id, 'excludes', signal)),
    })),
  );
}

const classificationsPath = (resourceId: string) => `/servicePrincipals/${encodeURIComponent(resourceId)}/delegatedPermissionClassifications`;

export async function listClassifications(graph: GraphClient, resourceId: string, signal?: AbortSignal): Promise<ClassificationSnapshot[]> {
  const list = await listAllPages<DelegatedPermissionClassification>(graph, classificationsPath(resourceId), { scopes: READ_CLASSIFICATIONS.scopes, signal });
  return list.map((c) => ({
    id: c.id ?? '',
    permissionId: c.permissionId ?? '',
    permissionName: c.permissionName ?? '',
    classification: c.classification ?? 'low',
  }));
}

export function createClassification(
  graph: GraphClient,
  resourceId: string,
  body: Omit<ClassificationSnapshot, 'id'>,
  signal?: AbortSignal,
): Promise<ClassificationSnapshot> {
  return graph.request(classificationsPath(resourceId), { method: 'POST', body, scopes: WRITE_CLASSIFICATIONS.scopes, signal });
}

export async function deleteClassification(graph: GraphClient, resourceId: string, id: string, signal?: AbortSignal): Promise<void> {
  await graph.request(`${classificationsPath(resourceId)}/${encodeURIComponent(id)}`, { method: 'DELETE', scopes: WRITE_CLASSIFICATIONS.scopes, signal });
}

interface DirectoryObject {
  '@odata.type'?: string;
  roleTemplateId?: string | null;
}

/** Role template ids of the directory roles a user is a direct member of. */
export async function listUserDirectoryRoles(graph: GraphClient, userId: string, signal?: AbortSignal): Promise<string[]> {
  const objects = await listAllPages<DirectoryObject>(graph, `/users/${encodeURIComponent(userId)}/memberOf?$select=id,roleTemplateId`, {
    scopes: READ_USER_ROLES.scopes,
    signal,
  });
  return objects.filter((o) => o['@odata.type'] === '#microsoft.graph.directoryRole' && o.roleTemplateId).map((o) => o.roleTemplateId!.toLowerCase());
}

export const authorizationPolicyQueryOptions = (graph: GraphClient) =>
  queryOptions({ queryKey: policyKeys.authorization(), queryFn: ({ signal }) => getAuthorizationPolicy(graph, signal), retry: false });

export const grantPoliciesQueryOptions = (graph: GraphClient) =>
  queryOptions({ queryKey: policyKeys.grantPolicies(), queryFn: ({ signal }) => listGrantPolicies(graph, signal), retry: false, staleTime: 60_000 });

export const classificationsQueryOptions = (graph: GraphClient, resourceId: string) =>
  queryOptions({ queryKey: policyKeys.classifications(resourceId), queryFn: ({ signal }) => listClassifications(graph, resourceId, signal), retry: false });

export const userDirectoryRolesQueryOptions = (graph: GraphClient, userId: string) =>
  queryOptions({ queryKey: policyKeys.userRoles(userId), queryFn: ({ signal }) => listUserDirectoryRoles(graph, userId, signal), retry: false });
