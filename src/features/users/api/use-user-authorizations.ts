import { queryOptions, useQuery } from '@tanstack/react-query';
import { getServicePrincipalsById } from '../../../graph/get-service-principals-by-id';
import type { GraphClient } from '../../../graph/graph-client';
import { useGraphClient } from '../../../graph/graph-client-context';
import { graphKeys } from '../../../graph/keys';
import { listTenantWideGrants } from '../../../graph/list-tenant-wide-grants';
import { listUserAppRoleAssignments } from '../../../graph/list-user-app-role-assignments';
import { listUserGrants } from '../../../graph/list-user-grants';
import { buildUserAuthorizations, servicePrincipalIdsOf } from '../user-apps';

/** The user's grants, the tenant-wide grants and the user's app roles in parallel, then the apps' names. */
async function loadUserAuthorizations(graph: GraphClient, userId: string, signal: AbortSignal) {
  const [userGrants, tenantWideGrants, assignments] = await Promise.all([
    listUserGrants(graph, userId, signal),
    listTenantWideGrants(graph, signal),
    listUserAppRoleAssignments(graph, userId, signal),
  ]);
  const ids = servicePrincipalIdsOf([...userGrants, ...tenantWideGrants], assignments);
  const servicePrincipals = await getServicePrincipalsById(graph, ids, signal);
  return buildUserAuthorizations({ userGrants, tenantWideGrants, assignments, servicePrincipals });
}

export const userAuthorizationsQueryOptions = (graph: GraphClient, userId: string) =>
  // eslint-disable-next-line @tanstack/query/exhaustive-deps -- the client is a per-session service, not a key input
  queryOptions({
    queryKey: graphKeys.users.authorizations(userId),
    queryFn: ({ signal }) => loadUserAuthorizations(graph, userId, signal),
  });

export function useUserAuthorizations(userId: string | undefined) {
  const graph = useGraphClient();
  return useQuery({ ...userAuthorizationsQueryOptions(graph, userId ?? ''), enabled: Boolean(userId) });
}
