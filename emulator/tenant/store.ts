// The tenant's state, in memory. Every identity and Graph route reads and writes through this store, so
// a grant created by consent is visible in Graph and a grant deleted through Graph stops the next refresh.
import { randomBytes } from 'node:crypto';
import { assignmentChangeEvent, auditEvent, consentEvent, grantChangeEvent, type Actor, type AuditInput, type ConsentDetails, type GrantChange } from './audit-events.ts';
import { ReplicaLag } from './replication.ts';
import { SessionRevocations } from './session-revocations.ts';
import type {
  AppRoleAssignment,
  AuditEvent,
  Group,
  OAuth2PermissionGrant,
  ServicePrincipal,
  TenantSettings,
  User,
} from './types.ts';

export interface TenantSnapshot {
  settings: TenantSettings;
  users: User[];
  groups?: Group[];
  servicePrincipals: ServicePrincipal[];
  grants: OAuth2PermissionGrant[];
  appRoleAssignments: AppRoleAssignment[];
  audit: AuditEvent[];
}

/** Behaviour switches a test may change at run time; reset() returns them to the start-up values. */
export interface RuntimeSettings {
  /** Graph reads of grants and app role assignments see a write only this long after it (0: at once). */
  replicationDelayMs: number;
  /** revokeSignInSessions takes effect this long after the call (0: at once). */
  revokeSessionsDelayMs: number;
}

export type GrantKey = Pick<OAuth2PermissionGrant, 'clientId' | 'resourceId' | 'consentType' | 'principalId'>;

export type { Actor, GrantChange } from './audit-events.ts';

/** OIDC scopes need no grant: they are always allowed. */
export const OIDC_SCOPES = ['openid', 'profile', 'email', 'offline_access'];

export function splitScopes(scope: string | null | undefined): string[] {
  return (scope ?? '').split(/\s+/).filter(Boolean);
}

export class TenantStore {
  settings!: TenantSettings;
  users = new Map<string, User>();
  groups = new Map<string, Group>();
  servicePrincipals = new Map<string, ServicePrincipal>();
  grants = new Map<string, OAuth2PermissionGrant>();
  appRoleAssignments = new Map<string, AppRoleAssignment>();
  audit: AuditEvent[] = [];

  readonly runtime: RuntimeSettings;
  readonly #seed: TenantSnapshot;
  readonly #startup: RuntimeSettings;
  readonly #resetListeners: (() => void)[] = [];
  readonly #grantLag = new ReplicaLag<OAuth2PermissionGrant>(() => this.runtime.replicationDelayMs);
  readonly #assignmentLag = new ReplicaLag<AppRoleAssignment>(() => this.runtime.replicationDelayMs);
  readonly #revocations = new SessionRevocations(() => this.runtime.revokeSessionsDelayMs);

  constructor(seed: TenantSnapshot, runtime: Partial<RuntimeSettings> = {}) {
    this.#seed = seed;
    this.#startup = { replicationDelayMs: runtime.replicationDelayMs ?? 0, revokeSessionsDelayMs: runtime.revokeSessionsDelayMs ?? 0 };
    this.runtime = { ...this.#startup };
    this.reset();
  }

  /** Runs after every reset: state kept outside the store (sessions, codes, tokens) is dropped with it. */
  onReset(listener: () => void): void {
    this.#resetListeners.push(listener);
  }

  /** Back to the seed, as if the emulator had just started. */
  reset(): void {
    this.resetTo(this.#seed);
  }

  /** Replaces the whole state with another snapshot (a seed variant); reset() still returns to the seed. */
  resetTo(snapshot: TenantSnapshot): void {
    for (const listener of this.#resetListeners) listener();
    Object.assign(this.runtime, this.#startup);
    this.#grantLag.clear();
    this.#assignmentLag.clear();
    this.#revocations.cancelAll();
    const s = structuredClone(snapshot);
    this.settings = s.settings;
    this.users = new Map(s.users.map((u) => [u.id, u]));
    this.groups = new Map((s.groups ?? []).map((g) => [g.id, g]));
    this.servicePrincipals = new Map(s.servicePrincipals.map((sp) => [sp.id, sp]));
    this.grants = new Map(s.grants.map((g) => [g.id, g]));
    this.appRoleAssignments = new Map(s.appRoleAssignments.map((a) => [a.id, a]));
    this.audit = s.audit;
  }

  get tenantId(): string {
    return this.settings.tenantId;
  }

  /** Changes a runtime setting; turning the replication delay off makes every write visible at once. */
  configure(settings: Partial<RuntimeSettings>): void {
    Object.assign(this.runtime, settings);
  }

  // --- what Graph reads see (a replica, behind the primary by the replication delay) ---------------

  visibleGrants(): Iterable<OAuth2PermissionGrant> {
    return this.#grantLag.visible(this.grants);
  }

  visibleGrant(id: string): OAuth2PermissionGrant | undefined {
    return this.#grantLag.get(this.grants, id);
  }

  visibleAppRoleAssignments(): Iterable<AppRoleAssignment> {
    return this.#assignmentLag.visible(this.appRoleAssignments);
  }

  // --- look-ups -----------------------------------------------------------------------------------

  /** The groups a user is a direct member of (nested groups are not modelled). */
  groupsOf(userId: string): Group[] {
    return [...this.groups.values()].filter((g) => g.memberIds.includes(userId));
  }

  servicePrincipalByAppId(appId: string): ServicePrincipal | undefined {
    const wanted = appId.toLowerCase();
    for (const sp of this.servicePrincipals.values()) if (sp.appId.toLowerCase() === wanted) return sp;
    return undefined;
  }

  /** A resource named the way scopes name it: an app id, or an identifier URI such as https://graph.microsoft.com. */
  resourceByIdentifier(identifier: string): ServicePrincipal | undefined {
    const wanted = identifier.replace(/\/+$/, '').toLowerCase();
    for (const sp of this.servicePrincipals.values()) {
      if (sp.appId.toLowerCase() === wanted) return sp;
      if (sp.servicePrincipalNames.some((n) => n.replace(/\/+$/, '').toLowerCase() === wanted)) return sp;
    }
    return undefined;
  }

  userByUpn(upn: string): User | undefined {
    const wanted = upn.toLowerCase();
    for (const u of this.users.values()) if (u.userPrincipalName.toLowerCase() === wanted) return u;
    return undefined;
  }

  /** Who may hold an app role: a user, a group or a service principal. */
  principal(id: string): { displayName: string; type: AppRoleAssignment['principalType'] } | undefined {
    const user = this.users.get(id);
    if (user) return { displayName: user.displayName, type: 'User' };
    const group = this.groups.get(id);
    if (group) return { displayName: group.displayName, type: 'Group' };
    const sp = this.servicePrincipals.get(id);
    return sp && { displayName: sp.displayName, type: 'ServicePrincipal' };
  }

  findGrant(
    clientId: string,
    resourceId: string,
    consentType: OAuth2PermissionGrant['consentType'],
    principalId: string | null,
  ): OAuth2PermissionGrant | undefined {
    for (const g of this.grants.values()) {
      if (g.clientId !== clientId || g.resourceId !== resourceId || g.consentType !== consentType) continue;
      if (consentType === 'AllPrincipals' || g.principalId === principalId) return g;
    }
    return undefined;
  }

  /** The delegated scopes user U may use through client C on resource R (AllPrincipals ∪ U's own grant). */
  grantedScopes(clientId: string, resourceId: string, userId: string): Set<string> {
    const scopes = new Set<string>();
    for (const g of this.grants.values()) {
      if (g.clientId !== clientId || g.resourceId !== resourceId) continue;
      if (g.consentType === 'AllPrincipals' || g.principalId === userId) {
        for (const s of splitScopes(g.scope)) scopes.add(s.toLowerCase());
      }
    }
    return scopes;
  }

  /** App roles assigned to a principal on a resource, as role values. */
  assignedAppRoles(principalId: string, resourceId: string): string[] {
    const resource = this.servicePrincipals.get(resourceId);
    if (!resource) return [];
    const values: string[] = [];
    for (const a of this.appRoleAssignments.values()) {
      if (a.principalId !== principalId || a.resourceId !== resourceId) continue;
      const role = resource.appRoles.find((r) => r.id === a.appRoleId);
      if (role) values.push(role.value);
    }
    return values;
  }

  // --- writes (each records an audit event) -------------------------------------------------------

  createGrant(input: Omit<OAuth2PermissionGrant, 'id'>, actor: Actor, activity = 'Add delegated permission grant'): OAuth2PermissionGrant {
    const grant: OAuth2PermissionGrant = { id: newGrantId(), ...input };
    this.#grantLag.record(grant.id, undefined);
    this.grants.set(grant.id, grant);
    this.recordGrantChange(activity, 'Add', grant, null, grant.scope, actor);
    return grant;
  }

  updateGrantScope(grant: OAuth2PermissionGrant, scope: string, actor: Actor, activity = 'Update delegated permission grant'): void {
    const old = grant.scope;
    this.#grantLag.record(grant.id, grant);
    grant.scope = scope;
    this.recordGrantChange(activity, 'Update', grant, old, scope, actor);
  }

  deleteGrant(grant: OAuth2PermissionGrant, actor: Actor): void {
    this.#grantLag.record(grant.id, grant);
    this.grants.delete(grant.id);
    this.recordGrantChange('Remove delegated permission grant', 'Delete', grant, grant.scope, null, actor);
  }

  /** Consent: create the grant or add the missing scopes to it; returns the grant before and after. */
  addScopesToGrant(key: GrantKey, scopes: string[], actor: Actor): GrantChange {
    const existing = this.findGrant(key.clientId, key.resourceId, key.consentType, key.principalId);
    if (!existing) return { before: null, after: { ...this.createGrant({ ...key, scope: scopes.join(' ') }, actor) } };
    const before = { ...existing };
    const have = splitScopes(existing.scope);
    const lower = new Set(have.map((s) => s.toLowerCase()));
    const added = scopes.filter((s) => !lower.has(s.toLowerCase()));
    if (added.length > 0) this.updateGrantScope(existing, [...have, ...added].join(' '), actor);
    return { before, after: { ...existing } };
  }

  /**
   * Tenant-wide admin consent of an app's configured permissions: the grant gets exactly `scopes` —
   * scopes granted before and no longer configured are removed, and an empty grant is deleted.
   */
  setGrantScopes(key: GrantKey, scopes: string[], actor: Actor): GrantChange {
    const existing = this.findGrant(key.clientId, key.resourceId, key.consentType, key.principalId);
    const scope = scopes.join(' ');
    if (!existing) return { before: null, after: scope ? { ...this.createGrant({ ...key, scope }, actor) } : null };
    const before = { ...existing };
    if (!scope) {
      this.deleteGrant(existing, actor);
      return { before, after: null };
    }
    if (!sameScopes(existing.scope, scope)) this.updateGrantScope(existing, scope, actor);
    return { before, after: { ...existing } };
  }

  createAppRoleAssignment(
    input: { principalId: string; resourceId: string; appRoleId: string },
    actor: Actor,
  ): AppRoleAssignment {
    const resource = this.servicePrincipals.get(input.resourceId);
    const principal = this.principal(input.principalId);
    if (!resource || !principal) throw new Error('principal or resource not found');
    const assignment: AppRoleAssignment = {
      id: newAssignmentId(),
      appRoleId: input.appRoleId,
      createdDateTime: new Date().toISOString(),
      deletedDateTime: null,
      principalId: input.principalId,
      principalType: principal.type,
      principalDisplayName: principal.displayName,
      resourceId: input.resourceId,
      resourceDisplayName: resource.displayName,
    };
    this.#assignmentLag.record(assignment.id, undefined);
    this.appRoleAssignments.set(assignment.id, assignment);
    this.audit.push(assignmentChangeEvent('add', assignment, actor));
    return assignment;
  }

  deleteAppRoleAssignment(assignment: AppRoleAssignment, actor: Actor): void {
    this.#assignmentLag.record(assignment.id, assignment);
    this.appRoleAssignments.delete(assignment.id);
    this.audit.push(assignmentChangeEvent('remove', assignment, actor));
  }

  /**
   * Invalidates the user's refresh tokens and sessions issued before now — after the configured delay
   * ("takes effect after a small delay of a few minutes"), and never for a guest ("does not affect
   * external (guest) users", api-reference/v1.0/api/user-revokesigninsessions.md). The call itself is
   * recorded either way.
   */
  revokeSignInSessions(user: User, actor: Actor): void {
    if (user.userType !== 'Guest') this.#revocations.revoke(user);
    this.record({
      activityDisplayName: 'Invalidate all refresh tokens for user',
      category: 'UserManagement',
      operationType: 'Update',
      actor,
      targets: [{ id: user.id, displayName: user.displayName, type: 'User', userPrincipalName: user.userPrincipalName, modifiedProperties: [] }],
    });
  }

  /** Consent events written by the identity endpoints ("Consent to application"). */
  recordConsent(client: ServicePrincipal, actor: Actor, details: ConsentDetails): void {
    this.audit.push(consentEvent(client, actor, details));
  }

  record(event: AuditInput): AuditEvent {
    const entry = auditEvent(event);
    this.audit.push(entry);
    return entry;
  }

  private recordGrantChange(
    activity: string,
    operationType: AuditEvent['operationType'],
    grant: OAuth2PermissionGrant,
    oldScope: string | null,
    newScope: string | null,
    actor: Actor,
  ): void {
    const clientName = this.servicePrincipals.get(grant.clientId)?.displayName ?? null;
    this.audit.push(grantChangeEvent(activity, operationType, grant, clientName, { old: oldScope, new: newScope }, actor));
  }
}

function sameScopes(a: string, b: string): boolean {
  const key = (s: string) => splitScopes(s).map((v) => v.toLowerCase()).sort().join(' ');
  return key(a) === key(b);
}

// Graph grant and assignment ids are 43-character base64url strings; ours look the same.
export function newGrantId(): string {
  return randomBytes(32).toString('base64url');
}

export const newAssignmentId = newGrantId;
