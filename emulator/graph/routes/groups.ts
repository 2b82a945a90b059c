// /groups: list, get, direct members (+ /$count), and the app roles assigned to a group — with removal of
// one (the docs recommend removing through the resource's appRoleAssignedTo, which works too).
import type { Group } from '../../tenant/types.ts';
import { notFound } from '../errors.ts';
import { countResponse, listResponse, project, type Entity } from '../odata/page.ts';
import type { CollectionPolicy } from '../odata/query.ts';
import { parseListQuery } from '../odata/query.ts';
import { ASSIGNMENTS, USERS } from '../policies.ts';
import { assignmentEntity, typed, USER_DEFAULTS, userEntity } from '../serialize.ts';
import type { GraphResponse, RouteCall } from '../types.ts';
import { actorOf, entityResponse, noContent } from './helpers.ts';
import type { RouteSpec } from './table.ts';

/** What /groups accepts (a subset of the documented group properties: the ones the emulator models). */
export const GROUPS: CollectionPolicy = {
  type: 'group',
  filter: {
    properties: { id: ['eq', 'in'], displayname: ['eq', 'startswith', 'in'], securityenabled: ['eq'], mailenabled: ['eq'] },
    lambdas: { grouptypes: { '': ['eq'] } },
  },
  selectable: [
    'id',
    'createdDateTime',
    'deletedDateTime',
    'description',
    'displayName',
    'groupTypes',
    'mail',
    'mailEnabled',
    'mailNickname',
    'securityEnabled',
    'visibility',
  ],
  searchable: ['displayName', 'description'],
  sortable: ['displayName'],
};

/** Members are directory objects; ours are users, returned with a user's default properties. */
const MEMBERS: CollectionPolicy = { ...USERS, type: 'directoryObject', defaults: undefined };

export function groupEntity(group: Group): Entity {
  return {
    id: group.id,
    deletedDateTime: null,
    classification: null,
    createdDateTime: group.createdDateTime,
    description: group.description,
    displayName: group.displayName,
    groupTypes: group.groupTypes,
    mail: null,
    mailEnabled: group.mailEnabled,
    mailNickname: group.displayName.replace(/[^A-Za-z0-9]/g, '').toLowerCase(),
    securityEnabled: group.securityEnabled,
    visibility: null,
  };
}

function requireGroup(call: RouteCall): Group {
  const id = call.params.id!;
  const group = call.context.store.groups.get(id) ?? call.context.store.groups.get(id.toLowerCase());
  if (!group) throw notFound(id);
  return group;
}

const allGroups = (call: RouteCall) => [...call.context.store.groups.values()];
const groupPath = (call: RouteCall, rest: string) => `groups('${call.params.id!}')/${rest}`;

function getGroup(call: RouteCall): GraphResponse {
  const q = parseListQuery(call, { ...GROUPS, filter: { properties: {} } });
  const fragment = q.select ? `groups(${q.select.join(',')})/$entity` : 'groups/$entity';
  return entityResponse(call, fragment, project(groupEntity(requireGroup(call)), q.select));
}

function members(call: RouteCall) {
  const { store } = call.context;
  return requireGroup(call)
    .memberIds.map((id) => store.users.get(id))
    .filter((u) => u !== undefined);
}

function listMembers(call: RouteCall): GraphResponse {
  return listResponse(call, members(call), MEMBERS, 'directoryObjects', (u) => typed('user', project(userEntity(u), USER_DEFAULTS)));
}

function groupAssignments(call: RouteCall): GraphResponse {
  const group = requireGroup(call);
  const items = [...call.context.store.visibleAppRoleAssignments()].filter((a) => a.principalId === group.id);
  return listResponse(call, items, ASSIGNMENTS, groupPath(call, 'appRoleAssignments'), assignmentEntity);
}

/** Writes act on the primary state (an assignment deleted a moment ago is gone: 404). */
function removeGroupAssignment(call: RouteCall): GraphResponse {
  const group = requireGroup(call);
  const { store } = call.context;
  const assignment = store.appRoleAssignments.get(call.params.assignmentId!);
  if (!assignment || assignment.principalId !== group.id) throw notFound(call.params.assignmentId!);
  store.deleteAppRoleAssignment(assignment, actorOf(call));
  return noContent();
}

export const groupRoutes: RouteSpec[] = [
  { method: 'GET', pattern: '/groups', handler: (c) => listResponse(c, allGroups(c), GROUPS, 'groups', groupEntity) },
  { method: 'GET', pattern: '/groups/{id}', handler: getGroup },
  { method: 'GET', pattern: '/groups/{id}/members', handler: listMembers },
  { method: 'GET', pattern: '/groups/{id}/members/$count', permissionPattern: '/groups/{id}/members', handler: (c) => countResponse(c, members(c), MEMBERS) },
  { method: 'GET', pattern: '/groups/{id}/appRoleAssignments', handler: groupAssignments },
  // Roles: the documented list (graph/authorize.ts), Privileged Role Administrator for Graph's own app roles.
  { method: 'DELETE', pattern: '/groups/{id}/appRoleAssignments/{assignmentId}', handler: removeGroupAssignment },
];
