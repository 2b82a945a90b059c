// App role assignments (appRoleAssignment): which app roles a user, group or service principal holds on a
// resource, the writes Graph makes (each recorded as an audit event), and what Graph reads see while a
// write is still replicating.
import { assignmentChangeEvent, type Actor } from './audit-events.ts';
import { principal } from './directory-lookups.ts';
import { newAssignmentId } from './object-ids.ts';
import { ReplicaLag } from './replication.ts';
import type { TenantData } from './tenant-data.ts';
import type { AppRoleAssignment } from './types.ts';

export class AppRoleAssignments {
  readonly #tenant: TenantData;
  readonly #lag: ReplicaLag<AppRoleAssignment>;

  constructor(tenant: TenantData, replicationDelayMs: () => number) {
    this.#tenant = tenant;
    this.#lag = new ReplicaLag(replicationDelayMs);
  }

  /** Forgets writes still replicating (the state they belong to is gone). */
  forgetReplication(): void {
    this.#lag.clear();
  }

  /** What Graph reads see: a replica, behind the primary by the replication delay. */
  visible(): Iterable<AppRoleAssignment> {
    return this.#lag.visible(this.#tenant.appRoleAssignments);
  }

  /** App roles assigned to a principal on a resource, as role values. */
  roleValues(principalId: string, resourceId: string): string[] {
    const resource = this.#tenant.servicePrincipals.get(resourceId);
    if (!resource) return [];
    const values: string[] = [];
    for (const a of this.#tenant.appRoleAssignments.values()) {
      if (a.principalId !== principalId || a.resourceId !== resourceId) continue;
      const role = resource.appRoles.find((r) => r.id === a.appRoleId);
      if (role) values.push(role.value);
    }
    return values;
  }

  create(input: { principalId: string; resourceId: string; appRoleId: string }, actor: Actor): AppRoleAssignment {
    const resource = this.#tenant.servicePrincipals.get(input.resourceId);
    const holder = principal(this.#tenant, input.principalId);
    if (!resource || !holder) throw new Error('principal or resource not found');
    const assignment: AppRoleAssignment = {
      id: newAssignmentId(),
      appRoleId: input.appRoleId,
      createdDateTime: new Date().toISOString(),
      deletedDateTime: null,
      principalId: input.principalId,
      principalType: holder.type,
      principalDisplayName: holder.displayName,
      resourceId: input.resourceId,
      resourceDisplayName: resource.displayName,
    };
    this.#lag.record(assignment.id, undefined);
    this.#tenant.appRoleAssignments.set(assignment.id, assignment);
    this.#tenant.audit.push(assignmentChangeEvent('add', assignment, actor));
    return assignment;
  }

  delete(assignment: AppRoleAssignment, actor: Actor): void {
    this.#lag.record(assignment.id, assignment);
    this.#tenant.appRoleAssignments.delete(assignment.id);
    this.#tenant.audit.push(assignmentChangeEvent('remove', assignment, actor));
  }
}
