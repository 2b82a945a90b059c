/**
 * Groups and their direct members, for approving a request for the members of a group (one Principal grant
 * per member). GroupMember.ReadBasic.All and Group.ReadBasic.All are the least permissions of these reads;
 * Directory.Read.All is on both documented lists and is the one the approval already holds to read grants
 * (no second consent prompt).
 */
import type { DirectoryObject, Group } from '@microsoft/microsoft-graph-types';
import { queryOptions } from '@tanstack/react-query';
import type { GraphClient } from './graph-client';
import { graphKeys } from './keys';
import { listAllPages } from './paging';
import type { UserBasic } from './list-users';
import { READ_GROUP_MEMBERS } from './operations/groups';

export type GroupBasic = Required<Pick<Group, 'id'>> & Pick<Group, 'displayName'>;

export const groupKeys = {
  all: () => [...graphKeys.all, 'groups'] as const,
  list: () => [...groupKeys.all(), 'list'] as const,
  members: (groupId: string) => [...groupKeys.all(), 'members', groupId] as const,
};

export function listGroups(graph: GraphClient, signal?: AbortSignal): Promise<GroupBasic[]> {
  return listAllPages<GroupBasic>(graph, '/groups?$select=id,displayName&$top=999', { scopes: READ_GROUP_MEMBERS.scopes, signal });
}

type Member = DirectoryObject & UserBasic & { '@odata.type'?: string };

/** The group's direct members that are users (devices, apps and nested groups receive no delegated grant). */
export async function listGroupUsers(graph: GraphClient, groupId: string, signal?: AbortSignal): Promise<UserBasic[]> {
  const members = await listAllPages<Member>(graph, `/groups/${encodeURIComponent(groupId)}/members?$select=id,displayName,userPrincipalName&$top=999`, {
    scopes: READ_GROUP_MEMBERS.scopes,
    signal,
  });
  return members
    .filter((m) => m['@odata.type'] === '#microsoft.graph.user')
    .map(({ id, displayName, userPrincipalName }) => ({ id, displayName, userPrincipalName }));
}

export const groupsQueryOptions = (graph: GraphClient) => queryOptions({ queryKey: groupKeys.list(), queryFn: ({ signal }) => listGroups(graph, signal) });

export const groupUsersQueryOptions = (graph: GraphClient, groupId: string) =>
  queryOptions({ queryKey: groupKeys.members(groupId), queryFn: ({ signal }) => listGroupUsers(graph, groupId, signal) });
