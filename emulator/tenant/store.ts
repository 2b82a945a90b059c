// The tenant's state, in memory. Every identity and Graph route reads and writes through this store, so
// a grant created by consent is visible in Graph and a grant deleted through Graph stops the next refresh.
import { randomBytes } from 'node:crypto';
import { assignmentChangeEvent, auditEvent, consentEvent, grantChangeEvent, type Actor, type AuditInput } from './audit-events.ts';
import type {
  AppRoleAssignment,
  AuditEvent,
  OAuth2PermissionGrant,
  ServicePrincipal,
  TenantSettings,
  User,
} from './types.ts';

export interface TenantSnapshot {
  settings: TenantSettings;
  users: User[];
  servicePrincipals: ServicePrincipal[];
  grants: OAuth2PermissionGrant[];
  appRoleAssignments: AppRoleAssignment[];
  audit: AuditEvent[];
}

export type { Actor } from './audit-events.ts';

/** OIDC scopes need no grant: they are always allowed. */
export const OIDC_SCOPES = ['openid', 'profile', 'email', 'offline_access'];

export function splitScopes(scope: string | null | undefined): string[] {
  return (scope ?? '').split(/\s+/).filter(Boolean);
}

export class TenantStore {
  settings!: TenantSettings;
  users = new Map<string, User>();
  servicePrincipals = new Map<string, ServicePrincipal>();
  grants = new Map<string, OAuth2PermissionGrant>();
  appRoleAssignments = new Map<string, AppRoleAssignment>();
  audit: AuditEvent[] = [];

  readonly #seed: TenantSnapshot;
  readonly #resetListeners: (() => void)[] = [];

  constructor(seed: TenantSnapshot) {
    this.#seed = seed;
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
    const s = structuredClone(snapshot);
    this.settings = s.settings;
    this.users = new Map(s.users.map((u) => [u.id, u]));
    this.servicePrincipals = new Map(s.servicePrincipals.map((sp) => [sp.id, sp]));
    this.grants = new Map(s.grants.map((g) => [g.id, g]));
    this.appRoleAssignments = new Map(s.appRoleAssignments.map((a) => [a.id, a]));
    this.audit = s.audit;
  }

  get tenantId(): string {
    return this.settings.tenantId;
  }

  // --- look-ups -----------------------------------------------------------------------------------

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
    this.grants.set(grant.id, grant);
    this.recordGrantChange(activity, 'Add', grant, null, grant.scope, actor);
    return grant;
  }

  updateGrantScope(grant: OAuth2PermissionGrant, scope: string, actor: Actor, activity = 'Update delegated permission grant'): void {
    const old = grant.scope;
    grant.scope = scope;
    this.recordGrantChange(activity, 'Update', grant, old, scope, actor);
  }

  deleteGrant(grant: OAuth2PermissionGrant, actor: Actor): void {
    this.grants.delete(grant.id);
    this.recordGrantChange('Remove delegated permission grant', 'Delete', grant, grant.scope, null, actor);
  }

  /** Consent: create the grant or add the missing scopes to it. */
  addScopesToGrant(
    key: { clientId: string; resourceId: string; consentType: OAuth2PermissionGrant['consentType']; principalId: string | null },
    scopes: string[],
    actor: Actor,
  ): OAuth2PermissionGrant {
    const existing = this.findGrant(key.clientId, key.resourceId, key.consentType, key.principalId);
    if (!existing) return this.createGrant({ ...key, scope: scopes.join(' ') }, actor);
    const have = splitScopes(existing.scope);
    const lower = new Set(have.map((s) => s.toLowerCase()));
    const added = scopes.filter((s) => !lower.has(s.toLowerCase()));
    if (added.length > 0) this.updateGrantScope(existing, [...have, ...added].join(' '), actor);
    return existing;
  }

  createAppRoleAssignment(
    input: { principalId: string; resourceId: string; appRoleId: string },
    actor: Actor,
  ): AppRoleAssignment {
    const resource = this.servicePrincipals.get(input.resourceId);
    const principal = this.servicePrincipals.get(input.principalId) ?? this.users.get(input.principalId);
    if (!resource || !principal) throw new Error('principal or resource not found');
    const assignment: AppRoleAssignment = {
      id: newAssignmentId(),
      appRoleId: input.appRoleId,
      createdDateTime: new Date().toISOString(),
      deletedDateTime: null,
      principalId: input.principalId,
      principalType: this.users.has(input.principalId) ? 'User' : 'ServicePrincipal',
      principalDisplayName: principal.displayName,
      resourceId: input.resourceId,
      resourceDisplayName: resource.displayName,
    };
    this.appRoleAssignments.set(assignment.id, assignment);
    this.recordAssignmentChange('Add app role assignment to service principal', 'Assign', assignment, actor);
    return assignment;
  }

  deleteAppRoleAssignment(assignment: AppRoleAssignment, actor: Actor): void {
    this.appRoleAssignments.delete(assignment.id);
    this.recordAssignmentChange('Remove app role assignment from service principal', 'Unassign', assignment, actor);
  }

  revokeSignInSessions(user: User, actor: Actor): void {
    user.signInSessionsValidFromDateTime = new Date().toISOString();
    this.record({
      activityDisplayName: 'Invalidate all refresh tokens for user',
      category: 'UserManagement',
      operationType: 'Update',
      actor,
      targets: [{ id: user.id, displayName: user.displayName, type: 'User', userPrincipalName: user.userPrincipalName, modifiedProperties: [] }],
    });
  }

  /** Consent events written by the identity endpoints ("Consent to application"). */
  recordConsent(client: ServicePrincipal, actor: Actor, details: { scopes: string[]; onBehalfOfAll: boolean; appRoles?: string[] }): void {
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

  private recordAssignmentChange(activity: string, operationType: AuditEvent['operationType'], a: AppRoleAssignment, actor: Actor): void {
    this.audit.push(assignmentChangeEvent(activity, operationType, a, actor));
  }
}

// Graph grant and assignment ids are 43-character base64url strings; ours look the same.
export function newGrantId(): string {
  return randomBytes(32).toString('base64url');
}

export const newAssignmentId = newGrantId;
