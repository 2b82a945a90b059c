import type { GrantSnapshot } from './entities';
import type { GraphClient } from './graph-client';
import { GRANT_FIELDS } from './list-user-grants';
import { listAllPages } from './paging';
import { READ_USER_GRANTS } from './operations/grants';

/** Grants an admin made for everyone (consentType AllPrincipals): they apply to every user. */
export function listTenantWideGrants(graph: GraphClient, signal?: AbortSignal): Promise<GrantSnapshot[]> {
  const params = new URLSearchParams({ $filter: "consentType eq 'AllPrincipals'", $select: GRANT_FIELDS, $top: '999' });
  return listAllPages<GrantSnapshot>(graph, `/oauth2PermissionGrants?${params.toString()}`, { scopes: READ_USER_GRANTS.scopes, signal });
}
