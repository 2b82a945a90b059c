import { GRANT_SELECT, type GrantSnapshot } from './entities';
import type { GraphClient } from './graph-client';
import { listAllPages } from './paging';
import { READ_USER_GRANTS } from './operations/grants';

/** Kept for callers; the one grant `$select` is GRANT_SELECT in entities.ts. */
export const GRANT_FIELDS = GRANT_SELECT;

/** The user's own (Principal) grants; every page. */
export function listUserGrants(graph: GraphClient, userId: string, signal?: AbortSignal): Promise<GrantSnapshot[]> {
  return listAllPages<GrantSnapshot>(graph, `/users/${encodeURIComponent(userId)}/oauth2PermissionGrants?$select=${GRANT_FIELDS}`, {
    scopes: READ_USER_GRANTS.scopes,
    signal,
  });
}
