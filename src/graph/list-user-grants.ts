import type { GrantSnapshot } from '../changes/types';
import type { GraphClient } from './graph-client';
import type { GraphOperation } from './operation';
import { listAllPages } from './paging';

export const READ_USER_GRANTS: GraphOperation = {
  name: "Read a user's authorized apps",
  scopes: ['Directory.Read.All'],
  reason:
    'Reads the delegated permissions a user consented to, the apps the whole organization consented to, the app roles assigned to the user, and those apps’ names (Graph requires Directory.Read.All to read grants).',
};

export const GRANT_FIELDS = 'id,clientId,consentType,principalId,resourceId,scope';

/** The user's own (Principal) grants; every page. */
export function listUserGrants(graph: GraphClient, userId: string, signal?: AbortSignal): Promise<GrantSnapshot[]> {
  return listAllPages<GrantSnapshot>(graph, `/users/${encodeURIComponent(userId)}/oauth2PermissionGrants?$select=${GRANT_FIELDS}`, {
    scopes: READ_USER_GRANTS.scopes,
    signal,
  });
}
