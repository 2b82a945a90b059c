import { queryOptions, useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTenantId } from '../../../auth/use-session';
import { getGroupMemberCount } from '../../../graph/get-group-member-count';
import { getServicePrincipalsById } from '../../../graph/get-service-principals-by-id';
import type { GraphClient } from '../../../graph/graph-client';
import { useGraphClient } from '../../../graph/graph-client-context';
import { GraphError } from '../../../graph/graph-error';
import { graphKeys } from '../../../graph/keys';
import { listTenantWideGrants } from '../../../graph/list-tenant-wide-grants';
import { listUserAppRoleAssignments } from '../../../graph/list-user-app-role-assignments';
import { listUserGrants } from '../../../graph/list-user-grants';
import { permissionCatalogQueryOptions } from '../../../permissions/catalog';
import {
  buildUserAuthorizations,
  groupIdsOf,
  servicePrincipalIdsOf,
  type JudgeContext,
  type UserAuthorizations,
  type UserAuthorizationsData,
} from '../user-apps';

/** Which of the three reads the account's directory roles allow (the others are not attempted). */
export interface UserReads {
  userGrants: boolean;
  tenantWide: boolean;
  appRoles: boolean;
}

export type UserReadPart = keyof UserReads;

/** Reads Graph refused with 403 although the roles seemed to allow them: each section explains its own. */
type Refused = Partial<Record<UserReadPart, GraphError>>;

/** What Graph returned, before it is judged (publisher, risk) for the signed-in tenant. */
export interface UserAuthorizationsRead extends UserAuthorizationsData {
  refused: Refused;
}

export interface UserAuthorizationsResult extends UserAuthorizations {
  refused: Refused;
}

/** The user's page rows from what was read, judged as the Applications screen judges them. */
export function judgeUserAuthorizations(read: UserAuthorizationsRead, context: JudgeContext): UserAuthorizationsResult {
  return { ...buildUserAuthorizations(read, context), refused: read.refused };
}

/** A read the roles allow; a 403 is kept for its section instead of failing the whole screen. */
async function readPart<T>(allowed: boolean, read: () => Promise<T[]>): Promise<{ items: T[]; refused?: GraphError }> {
  if (!allowed) return { items: [] };
  try {
    return { items: await read() };
  } catch (error) {
    if (error instanceof GraphError && error.status === 403) return { items: [], refused: error };
    throw error;
  }
}

/** Member counts are a detail of the group rows: a group Graph cannot count shows without one. */
async function countMembers(graph: GraphClient, groupIds: readonly string[], signal: AbortSignal): Promise<Map<string, number>> {
  const counted = await Promise.all(
    groupIds.map((id) =>
      getGroupMemberCount(graph, id, signal).then(
        (n): [string, number] | null => [id, n],
        () => null,
      ),
    ),
  );
  return new Map(counted.filter((entry): entry is [string, number] => entry !== null));
}

/** The user's grants, the tenant-wide grants and the user's app roles in parallel, then the apps' names and groups' sizes. */
export async function loadUserAuthorizations(graph: GraphClient, userId: string, reads: UserReads, signal: AbortSignal): Promise<UserAuthorizationsRead> {
  const [userGrants, tenantWideGrants, assignments] = await Promise.all([
    readPart(reads.userGrants, () => listUserGrants(graph, userId, signal)),
    readPart(reads.tenantWide, () => listTenantWideGrants(graph, signal)),
    readPart(reads.appRoles, () => listUserAppRoleAssignments(graph, userId, signal)),
  ]);
  const ids = servicePrincipalIdsOf([...userGrants.items, ...tenantWideGrants.items], assignments.items);
  const [servicePrincipals, groupMemberCounts] = await Promise.all([
    getServicePrincipalsById(graph, ids, signal),
    countMembers(graph, groupIdsOf(assignments.items), signal),
  ]);
  const refused: Refused = {};
  if (userGrants.refused) refused.userGrants = userGrants.refused;
  if (tenantWideGrants.refused) refused.tenantWide = tenantWideGrants.refused;
  if (assignments.refused) refused.appRoles = assignments.refused;
  return {
    userGrants: userGrants.items,
    tenantWideGrants: tenantWideGrants.items,
    assignments: assignments.items,
    servicePrincipals,
    groupMemberCounts,
    refused,
  };
}

export const userAuthorizationsQueryOptions = (graph: GraphClient, userId: string, reads: UserReads) =>
  queryOptions({
    // Under the factory's key (its invalidation covers every variant); what was read is part of the data.
    queryKey: [...graphKeys.users.authorizations(userId), reads] as const,
    queryFn: ({ signal }) => loadUserAuthorizations(graph, userId, reads, signal),
  });

/**
 * `reads` undefined while the account's roles load: nothing is read until they are known. The rows are
 * judged when the data arrives and again once the permission catalogue (privilege levels) is in.
 */
export function useUserAuthorizations(userId: string | undefined, reads: UserReads | undefined) {
  const graph = useGraphClient();
  const tenantId = useTenantId();
  const catalog = useQuery(permissionCatalogQueryOptions()).data;
  const judge = useCallback((read: UserAuthorizationsRead) => judgeUserAuthorizations(read, { tenantId, catalog }), [tenantId, catalog]);
  const allowed = reads ?? { userGrants: false, tenantWide: false, appRoles: false };
  return useQuery({ ...userAuthorizationsQueryOptions(graph, userId ?? '', allowed), select: judge, enabled: Boolean(userId) && reads !== undefined });
}
