// The tenant's state, in memory. Every identity and Graph route reads and writes through this store, so
// a grant created by consent is visible in Graph and a grant deleted through Graph stops the next refresh.
// The store holds the objects and their reset; grants, app role assignments and directory look-ups are
// worked out in their own modules (delegated-grants.ts, app-role-assignments.ts, directory-lookups.ts).
import { auditEvent, consentEvent, servicePrincipalAddedEvent, type Actor, type AuditInput, type ConsentDetails, type GrantChange } from './audit-events.ts';
import { AppRoleAssignments } from './app-role-assignments.ts';
import { DelegatedGrants, type GrantKey } from './delegated-grants.ts';
import * as directory from './directory-lookups.ts';
import { defaultGovernance } from './governance.ts';
import type { ConsentGovernance } from './governance-types.ts';
import { SessionRevocations } from './session-revocations.ts';
import { recordSignIn, type SignInFlow } from './sign-in-activity.ts';
import type { TenantData, TenantSnapshot } from './tenant-data.ts';
import type { AppRoleAssignment, AuditEvent, Group, OAuth2PermissionGrant, ServicePrincipal, TenantSettings, User } from './types.ts';

// The store's public API: routes and tests name these through the store, wherever they are defined.
export type { Actor, GrantChange } from './audit-events.ts';
export type { GrantKey } from './delegated-grants.ts';
export { OIDC_SCOPES, splitScopes } from './scope-strings.ts';
export type { TenantSnapshot } from './tenant-data.ts';

/** Behaviour switches a test may change at run time; reset() returns them to the start-up values. */
export interface RuntimeSettings {
  /** Graph reads of grants and app role assignments see a write only this long after it (0: at once). */
  replicationDelayMs: number;
  /** revokeSignInSessions takes effect this long after the call (0: at once). */
  revokeSessionsDelayMs: number;
  /** The beta service principal sign-in activity report answers (false: as a route Graph does not have). */
  signInActivityReport: boolean;
}

export class TenantStore implements TenantData {
  settings!: TenantSettings;
  users = new Map<string, User>();
  groups = new Map<string, Group>();
  servicePrincipals = new Map<string, ServicePrincipal>();
  grants = new Map<string, OAuth2PermissionGrant>();
  appRoleAssignments = new Map<string, AppRoleAssignment>();
  audit: AuditEvent[] = [];
  /** Apps registered elsewhere whose service principal the first consent creates here, by lower-case appId. */
  unprovisioned = new Map<string, ServicePrincipal>();
  /** Consent governance (governance.ts): policies, the default user role's assignment, classifications, requests. */
  governance!: ConsentGovernance;

  readonly runtime: RuntimeSettings;
  readonly #seed: TenantSnapshot;
  readonly #startup: RuntimeSettings;
  readonly #resetListeners: (() => void)[] = [];
  readonly #grants = new DelegatedGrants(this, () => this.runtime.replicationDelayMs);
  readonly #assignments = new AppRoleAssignments(this, () => this.runtime.replicationDelayMs);
  readonly #revocations = new SessionRevocations(() => this.runtime.revokeSessionsDelayMs);

  constructor(seed: TenantSnapshot, runtime: Partial<RuntimeSettings> = {}) {
    this.#seed = seed;
    this.#startup = {
      replicationDelayMs: runtime.replicationDelayMs ?? 0,
      revokeSessionsDelayMs: runtime.revokeSessionsDelayMs ?? 0,
      signInActivityReport: runtime.signInActivityReport ?? true,
    };
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
    this.#grants.forgetReplication();
    this.#assignments.forgetReplication();
    this.#revocations.cancelAll();
    const s = structuredClone(snapshot);
    this.settings = s.settings;
    this.users = new Map(s.users.map((u) => [u.id, u]));
    this.groups = new Map((s.groups ?? []).map((g) => [g.id, g]));
    this.servicePrincipals = new Map(s.servicePrincipals.map((sp) => [sp.id, sp]));
    this.grants = new Map(s.grants.map((g) => [g.id, g]));
    this.appRoleAssignments = new Map(s.appRoleAssignments.map((a) => [a.id, a]));
    this.audit = s.audit;
    this.unprovisioned = new Map((s.unprovisionedApps ?? []).map((sp) => [sp.appId.toLowerCase(), sp]));
    this.governance = s.governance ?? defaultGovernance();
  }

  get tenantId(): string {
    return this.settings.tenantId;
  }

  /** Changes a runtime setting; turning the replication delay off makes every write visible at once. */
  configure(settings: Partial<RuntimeSettings>): void {
    Object.assign(this.runtime, settings);
  }

  // --- directory look-ups (directory-lookups.ts) ---------------------------------------------------

  groupsOf(userId: string): Group[] {
    return directory.groupsOf(this, userId);
  }

  servicePrincipalByAppId(appId: string): ServicePrincipal | undefined {
    return directory.servicePrincipalByAppId(this, appId);
  }

  /** The client an authorization request names: its service principal here, or a multi-tenant app not yet provisioned. */
  clientApp(appId: string): ServicePrincipal | undefined {
    return this.servicePrincipalByAppId(appId) ?? this.unprovisioned.get(appId.toLowerCase());
  }

  /** Creates a not-yet-provisioned app's service principal (on consent), logging "Add service principal". */
  provision(client: ServicePrincipal, actor: Actor): void {
    const key = client.appId.toLowerCase();
    if (this.unprovisioned.get(key) !== client) return;
    this.unprovisioned.delete(key);
    client.createdDateTime = new Date().toISOString();
    this.servicePrincipals.set(client.id, client);
    this.audit.push(servicePrincipalAddedEvent(client, actor));
  }

  resourceByIdentifier(identifier: string): ServicePrincipal | undefined {
    return directory.resourceByIdentifier(this, identifier);
  }

  userByUpn(upn: string): User | undefined {
    return directory.userByUpn(this, upn);
  }

  principal(id: string): directory.Principal | undefined {
    return directory.principal(this, id);
  }

  // --- delegated permission grants (delegated-grants.ts); Graph reads see the visible ones ----------

  visibleGrants(): Iterable<OAuth2PermissionGrant> {
    return this.#grants.visible();
  }

  visibleGrant(id: string): OAuth2PermissionGrant | undefined {
    return this.#grants.visibleById(id);
  }

  findGrant(
    clientId: string,
    resourceId: string,
    consentType: OAuth2PermissionGrant['consentType'],
    principalId: string | null,
  ): OAuth2PermissionGrant | undefined {
    return this.#grants.find(clientId, resourceId, consentType, principalId);
  }

  grantedScopes(clientId: string, resourceId: string, userId: string): Set<string> {
    return this.#grants.grantedScopes(clientId, resourceId, userId);
  }

  createGrant(input: Omit<OAuth2PermissionGrant, 'id'>, actor: Actor, activity?: string): OAuth2PermissionGrant {
    return this.#grants.create(input, actor, activity);
  }

  updateGrantScope(grant: OAuth2PermissionGrant, scope: string, actor: Actor, activity?: string): void {
    this.#grants.updateScope(grant, scope, actor, activity);
  }

  deleteGrant(grant: OAuth2PermissionGrant, actor: Actor): void {
    this.#grants.delete(grant, actor);
  }

  addScopesToGrant(key: GrantKey, scopes: string[], actor: Actor): GrantChange {
    return this.#grants.addScopes(key, scopes, actor);
  }

  setGrantScopes(key: GrantKey, scopes: string[], actor: Actor): GrantChange {
    return this.#grants.setScopes(key, scopes, actor);
  }

  // --- app role assignments (app-role-assignments.ts); Graph reads see the visible ones ------------

  visibleAppRoleAssignments(): Iterable<AppRoleAssignment> {
    return this.#assignments.visible();
  }

  assignedAppRoles(principalId: string, resourceId: string): string[] {
    return this.#assignments.roleValues(principalId, resourceId);
  }

  createAppRoleAssignment(input: { principalId: string; resourceId: string; appRoleId: string }, actor: Actor): AppRoleAssignment {
    return this.#assignments.create(input, actor);
  }

  deleteAppRoleAssignment(assignment: AppRoleAssignment, actor: Actor): void {
    this.#assignments.delete(assignment, actor);
  }

  /** A token issued to `client` for `resource` (sign-in-activity.ts). */
  recordSignIn(client: ServicePrincipal, resource: ServicePrincipal | undefined, flow: SignInFlow): void {
    recordSignIn(client, resource, flow);
  }

  // --- sessions and the audit log --------------------------------------------------------------------

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
}
