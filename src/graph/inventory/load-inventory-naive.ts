/**
 * The simple way to read the inventory, as per-app scripts do it: list service principals, then one
 * request per service principal for its grants and one for its application permissions. Kept as the
 * reference the fast loader is tested against, and as the benchmark's comparison — never used by screens.
 */
import type { AssignmentSnapshot, GrantSnapshot } from '../entities';
import type { ServicePrincipalInfo } from '../../permissions/inventory';
import type { GraphClient } from '../graph-client';
import { iteratePages } from '../paging';
import { ASSIGNMENT_SELECT, GRANT_SELECT, SERVICE_PRINCIPAL_SELECT, type InventoryData } from './load-inventory';
import { READ_APPLICATIONS } from '../operations/applications';
import { READ_GRANTS } from '../operations/grants';

export async function loadInventoryNaively(
  graph: GraphClient,
  { signal, limit }: { signal?: AbortSignal; limit?: number } = {},
): Promise<InventoryData & { requests: number }> {
  let requests = 0;
  const count = async <T>(first: string, scopes: readonly string[]) => {
    const items: T[] = [];
    for await (const page of iteratePages<T>(graph, first, { scopes, signal })) {
      requests++;
      items.push(...page.value);
    }
    return items;
  };
  const servicePrincipals = await count<ServicePrincipalInfo>(`/servicePrincipals?$top=100&$select=${SERVICE_PRINCIPAL_SELECT}`, READ_APPLICATIONS.scopes);
  const grants: GrantSnapshot[] = [];
  const assignments: AssignmentSnapshot[] = [];
  for (const sp of servicePrincipals.slice(0, limit ?? servicePrincipals.length)) {
    grants.push(...(await count<GrantSnapshot>(`/servicePrincipals/${sp.id}/oauth2PermissionGrants?$select=${GRANT_SELECT}`, READ_GRANTS.scopes)));
    assignments.push(
      ...(await count<AssignmentSnapshot>(`/servicePrincipals/${sp.id}/appRoleAssignments?$select=${ASSIGNMENT_SELECT}`, READ_APPLICATIONS.scopes)),
    );
  }
  return { servicePrincipals, grants, assignments, requests };
}
