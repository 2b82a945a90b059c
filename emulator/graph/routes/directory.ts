// Directory roles (activated roles and their members), unified role assignments and the directory audit
// log — read-only views over the store.
import { directoryRoleEntity, auditEntity, roleAssignmentEntity, typed, userEntity } from '../serialize.ts';
import { notFound } from '../errors.ts';
import { listResponse, type Entity } from '../odata/page.ts';
import { DIRECTORY_AUDITS, DIRECTORY_ROLES, MEMBER_OF, ROLE_ASSIGNMENTS } from '../policies.ts';
import type { RouteCall } from '../types.ts';
import { entityResponse } from './helpers.ts';
import type { RouteSpec } from './table.ts';
import { USER_DEFAULTS } from '../serialize.ts';
import { retainedAudit } from '../../tenant/licence.ts';
import { project } from '../odata/page.ts';

/** A role is "activated" in a tenant once someone holds it; only activated roles appear under /directoryRoles. */
function activatedRoles(call: RouteCall): Entity[] {
  const { store } = call.context;
  const templates = new Set<string>();
  for (const user of store.users.values()) for (const id of user.roleTemplateIds) templates.add(id);
  return [...templates].map((id) => directoryRoleEntity(store.tenantId, id));
}

function requireRole(call: RouteCall): Entity {
  const role = activatedRoles(call).find((r) => r.id === call.params.id || r.roleTemplateId === call.params.id);
  if (!role) throw notFound(call.params.id!);
  return role;
}

function roleMembers(call: RouteCall) {
  const role = requireRole(call);
  const members = [...call.context.store.users.values()].filter((u) => u.roleTemplateIds.includes(String(role.roleTemplateId)));
  return listResponse(call, members, MEMBER_OF, 'directoryObjects', (u) => typed('user', project(userEntity(u), USER_DEFAULTS)));
}

function roleAssignments(call: RouteCall) {
  const items: Entity[] = [];
  for (const user of call.context.store.users.values()) for (const id of user.roleTemplateIds) items.push(roleAssignmentEntity(id, user.id));
  return listResponse(call, items, ROLE_ASSIGNMENTS, 'roleManagement/directory/roleAssignments', (a) => a);
}

/** The events within the licence's retention, newest first, as the audit log API returns them. */
const retained = (call: RouteCall) => retainedAudit(call.context.store.settings, call.context.store.audit).reverse();

function audits(call: RouteCall) {
  return listResponse(call, retained(call), DIRECTORY_AUDITS, 'auditLogs/directoryAudits', auditEntity);
}

export const directoryRoutes: RouteSpec[] = [
  { method: 'GET', pattern: '/directoryRoles', handler: (c) => listResponse(c, activatedRoles(c), DIRECTORY_ROLES, 'directoryRoles', (r) => r) },
  { method: 'GET', pattern: '/directoryRoles/{id}', handler: (c) => entityResponse(c, 'directoryRoles/$entity', requireRole(c)) },
  { method: 'GET', pattern: '/directoryRoles/{id}/members', handler: roleMembers },
  { method: 'GET', pattern: '/roleManagement/directory/roleAssignments', handler: roleAssignments },
  { method: 'GET', pattern: '/auditLogs/directoryAudits', handler: audits },
  {
    method: 'GET',
    pattern: '/auditLogs/directoryAudits/{id}',
    handler: (c) => {
      const event = retained(c).find((e) => e.id === c.params.id);
      if (!event) throw notFound(c.params.id!);
      return entityResponse(c, 'auditLogs/directoryAudits/$entity', auditEntity(event));
    },
  },
];
