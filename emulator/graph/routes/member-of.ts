// /users/{id}/memberOf (and /me, transitiveMemberOf): the user's direct groups and directory roles.
// "Objects of types the caller can't read come back with only @odata.type and id"
// (api-reference/v1.0/api/user-list-memberof.md): a token with only User.Read reads neither groups nor
// directory roles. Nested groups are not modelled, so transitiveMemberOf lists the same objects.
import type { User } from '../../tenant/types.ts';
import { listResponse, type Entity } from '../odata/page.ts';
import type { CollectionPolicy } from '../odata/query.ts';
import { MEMBER_OF } from '../policies.ts';
import { directoryRoleEntity, typed } from '../serialize.ts';
import type { GraphResponse, Principal, RouteCall } from '../types.ts';
import { groupEntity } from './groups.ts';

/** Permissions that read groups' properties (delegated or application). */
const READS_GROUPS = [
  'Directory.Read.All',
  'Directory.ReadWrite.All',
  'Group.Read.All',
  'Group.ReadWrite.All',
  'GroupMember.Read.All',
  'GroupMember.ReadWrite.All',
  'Group.ReadBasic.All',
  'GroupMember.ReadBasic.All',
];

/**
 * Permissions that read directory roles (the directoryRole list's permissions). Stricter than the docs
 * say outright: GroupMember.Read.All and the group permissions do not make a role readable.
 */
const READS_ROLES = [
  'Directory.Read.All',
  'Directory.ReadWrite.All',
  'RoleManagement.Read.Directory',
  'RoleManagement.Read.All',
  'RoleManagement.ReadWrite.Directory',
];

const holdsAny = (principal: Principal, permissions: readonly string[]) => permissions.some((p) => principal.permissions.has(p.toLowerCase()));

/** An object of a type the caller cannot read: only its type and id. */
export function limitedObject(entity: Entity): Entity {
  return { '@odata.type': entity['@odata.type'], id: entity.id };
}

const MEMBER_OF_OBJECTS: CollectionPolicy = {
  ...MEMBER_OF,
  selectable: [...new Set([...MEMBER_OF.selectable, 'displayName', 'description', 'groupTypes', 'mailEnabled', 'securityEnabled'])],
};

export function memberOf(call: RouteCall, user: User, fragment: string): GraphResponse {
  const { store } = call.context;
  const groups = holdsAny(call.principal, READS_GROUPS);
  const roles = holdsAny(call.principal, READS_ROLES);
  const objects: Entity[] = [
    ...store
      .groupsOf(user.id)
      .map((g) => typed('group', groupEntity(g)))
      .map((e) => (groups ? e : limitedObject(e))),
    ...user.roleTemplateIds.map((id) => directoryRoleEntity(store.tenantId, id)).map((e) => (roles ? e : limitedObject(e))),
  ];
  return listResponse(call, objects, MEMBER_OF_OBJECTS, fragment, (o) => o);
}
