import { GRANT_SELECT, type GrantSnapshot } from './entities';
import type { GraphClient } from './graph-client';
import type { GraphOperation } from './operation';
import { listAllPages } from './paging';

export const READ_USER_GRANTS: GraphOperation = {
  name: "Read a user's authorized apps",
  scopes: ['Directory.Read.All'],
  reason:
    'Reads the delegated permissions a user consented to, the apps the whole organization consented to, the app roles assigned to the user, and those apps’ names (Graph requires Directory.Read.All to read grants).',
};

/** Kept for callers; the one grant `$select` is GRANT_SELECT in entities.ts. */
export const GRANT_FIELDS = GRANT_SELECT;

/** The user's own (Principal) grants; every page. */
export function listUserGrants(graph: GraphClient, userId: string, signal?: AbortSignal): Promise<GrantSnapshot[]> {
  return listAllPages<GrantSnapshot>(graph, `/users/${encodeURIComponent(userId)}/oauth2PermissionGrants?$select=${GRANT_FIELDS}`, {
    scopes: READ_USER_GRANTS.scopes,
    signal,
  });
}
