// The tenant's objects in their two shapes: a snapshot (a seed or seed variant, plain arrays) and the
// maps by id that the store holds and every identity and Graph route reads.
import type { ConsentGovernance } from './governance-types.ts';
import type { AppRoleAssignment, AuditEvent, Group, OAuth2PermissionGrant, ServicePrincipal, TenantSettings, User } from './types.ts';

export interface TenantSnapshot {
  settings: TenantSettings;
  users: User[];
  groups?: Group[];
  servicePrincipals: ServicePrincipal[];
  grants: OAuth2PermissionGrant[];
  appRoleAssignments: AppRoleAssignment[];
  audit: AuditEvent[];
  /**
   * Multi-tenant apps registered in other tenants that have no service principal here yet: what Entra creates
   * on the first consent (app-objects-and-service-principals.md). Absent: none.
   */
  unprovisionedApps?: ServicePrincipal[];
  /** Consent policies, classifications and requests; absent: governance.ts defaultGovernance(). */
  governance?: ConsentGovernance;
}

/** The live objects. The store replaces these maps on reset, so holders read them through it each time. */
export interface TenantData {
  users: Map<string, User>;
  groups: Map<string, Group>;
  servicePrincipals: Map<string, ServicePrincipal>;
  grants: Map<string, OAuth2PermissionGrant>;
  appRoleAssignments: Map<string, AppRoleAssignment>;
  audit: AuditEvent[];
}
