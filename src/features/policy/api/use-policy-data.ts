/** The consent-policy screen's reads, each through its operation's query options. */
import { useQuery } from '@tanstack/react-query';
import { servicePrincipalsWithPermissionsQueryOptions } from '../../../graph/app-consent';
import {
  authorizationPolicyQueryOptions,
  classificationsQueryOptions,
  grantPoliciesQueryOptions,
  userDirectoryRolesQueryOptions,
} from '../../../graph/consent-policies';
import { useGraphClient } from '../../../graph/graph-client-context';

/** `enabled`: false while the account's roles are not known, or do not allow the read. */
export function useAuthorizationPolicy(enabled: boolean) {
  const graph = useGraphClient();
  return useQuery({ ...authorizationPolicyQueryOptions(graph), enabled });
}

export function useGrantPolicies() {
  return useQuery(grantPoliciesQueryOptions(useGraphClient()));
}

export function useClassifications(resourceId: string | undefined) {
  const graph = useGraphClient();
  return useQuery({ ...classificationsQueryOptions(graph, resourceId ?? ''), enabled: Boolean(resourceId) });
}

/** Every service principal with its published permissions: the apps and APIs to choose from, and their names. */
export function useServicePrincipals() {
  return useQuery(servicePrincipalsWithPermissionsQueryOptions(useGraphClient()));
}

export function useUserDirectoryRoles(userId: string | undefined) {
  const graph = useGraphClient();
  return useQuery({ ...userDirectoryRolesQueryOptions(graph, userId ?? ''), enabled: Boolean(userId) });
}
