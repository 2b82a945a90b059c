// Delegated permission grants (oauth2PermissionGrant): which scopes a user may use through a client on a
// resource, the writes consent and Graph make (each recorded as an audit event), and what Graph reads see
// while a write is still replicating.
import { grantChangeEvent, type Actor, type GrantChange } from './audit-events.ts';
import { newGrantId } from './object-ids.ts';
import { ReplicaLag } from './replication.ts';
import { sameScopes, splitScopes } from './scope-strings.ts';
import type { TenantData } from './tenant-data.ts';
import type { AuditEvent, OAuth2PermissionGrant } from './types.ts';

export type GrantKey = Pick<OAuth2PermissionGrant, 'clientId' | 'resourceId' | 'consentType' | 'principalId'>;

export class DelegatedGrants {
  readonly #tenant: Pick<TenantData, 'grants' | 'servicePrincipals' | 'audit'>;
  readonly #lag: ReplicaLag<OAuth2PermissionGrant>;

  constructor(tenant: Pick<TenantData, 'grants' | 'servicePrincipals' | 'audit'>, replicationDelayMs: () => number) {
    this.#tenant = tenant;
    this.#lag = new ReplicaLag(replicationDelayMs);
  }

  /** Forgets writes still replicating (the state they belong to is gone). */
  forgetReplication(): void {
    this.#lag.clear();
  }

  /** What Graph reads see: a replica, behind the primary by the replication delay. */
  visible(): Iterable<OAuth2PermissionGrant> {
    return this.#lag.visible(this.#tenant.grants);
  }

  visibleById(id: string): OAuth2PermissionGrant | undefined {
    return this.#lag.get(this.#tenant.grants, id);
  }

  find(clientId: string, resourceId: string, consentType: OAuth2PermissionGrant['consentType'], principalId: string | null): OAuth2PermissionGrant | undefined {
    for (const g of this.#tenant.grants.values()) {
      if (g.clientId !== clientId || g.resourceId !== resourceId || g.consentType !== consentType) continue;
      if (consentType === 'AllPrincipals' || g.principalId === principalId) return g;
    }
    return undefined;
  }

  /** The delegated scopes user U may use through client C on resource R (AllPrincipals ∪ U's own grant). */
  grantedScopes(clientId: string, resourceId: string, userId: string): Set<string> {
    const scopes = new Set<string>();
    for (const g of this.#tenant.grants.values()) {
      if (g.clientId !== clientId || g.resourceId !== resourceId) continue;
      if (g.consentType === 'AllPrincipals' || g.principalId === userId) {
        for (const s of splitScopes(g.scope)) scopes.add(s.toLowerCase());
      }
    }
    return scopes;
  }

  create(input: Omit<OAuth2PermissionGrant, 'id'>, actor: Actor, activity = 'Add delegated permission grant'): OAuth2PermissionGrant {
    const grant: OAuth2PermissionGrant = { id: newGrantId(), ...input };
    this.#lag.record(grant.id, undefined);
    this.#tenant.grants.set(grant.id, grant);
    this.#recordChange(activity, 'Add', grant, null, grant.scope, actor);
    return grant;
  }

  updateScope(grant: OAuth2PermissionGrant, scope: string, actor: Actor, activity = 'Update delegated permission grant'): void {
    const old = grant.scope;
    this.#lag.record(grant.id, grant);
    grant.scope = scope;
    this.#recordChange(activity, 'Update', grant, old, scope, actor);
  }

  delete(grant: OAuth2PermissionGrant, actor: Actor): void {
    this.#lag.record(grant.id, grant);
    this.#tenant.grants.delete(grant.id);
    this.#recordChange('Remove delegated permission grant', 'Delete', grant, grant.scope, null, actor);
  }

  /** Consent: create the grant or add the missing scopes to it; returns the grant before and after. */
  addScopes(key: GrantKey, scopes: string[], actor: Actor): GrantChange {
    const existing = this.find(key.clientId, key.resourceId, key.consentType, key.principalId);
    if (!existing) return { before: null, after: { ...this.create({ ...key, scope: scopes.join(' ') }, actor) } };
    const before = { ...existing };
    const have = splitScopes(existing.scope);
    const lower = new Set(have.map((s) => s.toLowerCase()));
    const added = scopes.filter((s) => !lower.has(s.toLowerCase()));
    if (added.length > 0) this.updateScope(existing, [...have, ...added].join(' '), actor);
    return { before, after: { ...existing } };
  }

  /**
   * Tenant-wide admin consent of an app's configured permissions: the grant gets exactly `scopes` —
   * scopes granted before and no longer configured are removed, and an empty grant is deleted.
   */
  setScopes(key: GrantKey, scopes: string[], actor: Actor): GrantChange {
    const existing = this.find(key.clientId, key.resourceId, key.consentType, key.principalId);
    const scope = scopes.join(' ');
    if (!existing) return { before: null, after: scope ? { ...this.create({ ...key, scope }, actor) } : null };
    const before = { ...existing };
    if (!scope) {
      this.delete(existing, actor);
      return { before, after: null };
    }
    if (!sameScopes(existing.scope, scope)) this.updateScope(existing, scope, actor);
    return { before, after: { ...existing } };
  }

  #recordChange(
    activity: string,
    operationType: AuditEvent['operationType'],
    grant: OAuth2PermissionGrant,
    oldScope: string | null,
    newScope: string | null,
    actor: Actor,
  ): void {
    const clientName = this.#tenant.servicePrincipals.get(grant.clientId)?.displayName ?? null;
    this.#tenant.audit.push(grantChangeEvent(activity, operationType, grant, clientName, { old: oldScope, new: newScope }, actor));
  }
}
