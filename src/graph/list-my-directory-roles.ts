import { queryOptions } from '@tanstack/react-query';
import type { GraphClient } from './graph-client';
import { graphKeys } from './keys';
import { listAllPages } from './paging';
import { READ_MY_ROLES } from './operations/users';

interface DirectoryObject {
  '@odata.type'?: string;
  id: string;
  roleTemplateId?: string | null;
}

/** Role template ids of the directory roles the signed-in user is a member of (groups are skipped). */
export async function listMyDirectoryRoles(graph: GraphClient, signal?: AbortSignal): Promise<string[]> {
  const objects = await listAllPages<DirectoryObject>(graph, '/me/memberOf?$select=id,roleTemplateId', {
    scopes: READ_MY_ROLES.scopes,
    signal,
    maxPages: 50,
  });
  return objects
    .filter((o) => (o['@odata.type'] ?? '#microsoft.graph.directoryRole') === '#microsoft.graph.directoryRole' && o.roleTemplateId)
    .map((o) => o.roleTemplateId!.toLowerCase());
}

export const myDirectoryRolesQueryOptions = (graph: GraphClient) =>
  queryOptions({
    queryKey: graphKeys.myDirectoryRoles(),
    queryFn: ({ signal }) => listMyDirectoryRoles(graph, signal),
  });
