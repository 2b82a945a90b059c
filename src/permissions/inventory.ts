/**
 * The permission inventory: every service principal with what it was granted — delegated grants
 * (admin-consented for everyone, or by individual users) and application permissions — and its highest
 * risk. Pure functions over Graph objects, so the fast loader and the simple one can be compared.
 */
import type { AssignmentSnapshot, GrantSnapshot } from '../graph/entities';
import { assessPermission, maxTier, RISK_ORDER, type RiskTier } from './risk';

export interface ServicePrincipalInfo {
  id: string;
  appId: string;
  displayName: string;
  publisherName?: string | null;
  appOwnerOrganizationId?: string | null;
  verifiedPublisher?: { displayName?: string | null; verifiedPublisherId?: string | null } | null;
  servicePrincipalType?: string | null;
  tags?: string[] | null;
  homepage?: string | null;
  appRoles?: AppRoleInfo[] | null;
  oauth2PermissionScopes?: PermissionScopeInfo[] | null;
}

export interface AppRoleInfo {
  id: string;
  value?: string | null;
  displayName?: string | null;
  description?: string | null;
  allowedMemberTypes?: string[] | null;
}

export interface PermissionScopeInfo {
  id: string;
  value?: string | null;
  /** `Admin` (admin consent required) or `User`. */
  type?: string | null;
  adminConsentDisplayName?: string | null;
  adminConsentDescription?: string | null;
}

/** Tenants Microsoft publishes its own apps from. */
export const MICROSOFT_TENANT_IDS = ['f8cdef31-a31e-4b4a-93e4-5f571e91255a', '72f988bf-86f1-41af-91ab-2d7cd011db47'];

export const isFirstParty = (sp: ServicePrincipalInfo) =>
  MICROSOFT_TENANT_IDS.includes((sp.appOwnerOrganizationId ?? '').toLowerCase());

export const isVerified = (sp: ServicePrincipalInfo) => Boolean(sp.verifiedPublisher?.verifiedPublisherId);

export interface InventoryRow {
  sp: ServicePrincipalInfo;
  firstParty: boolean;
  verified: boolean;
  /** Delegated grants consented by an admin for everyone. */
  adminGrants: number;
  /** Distinct users who consented for themselves. */
  consentingUsers: number;
  appPermissions: number;
  risk: RiskTier;
}

export type PrivilegeLookup = (value: string, type: 'delegated' | 'application') => number | undefined;

export const splitScope = (scope: string | null | undefined) => (scope ?? '').split(/\s+/).filter(Boolean);

export interface InventoryInput {
  servicePrincipals: readonly ServicePrincipalInfo[];
  grants: readonly GrantSnapshot[];
  assignments: readonly AssignmentSnapshot[];
  privilegeLevel?: PrivilegeLookup;
}

/** App role id → value, across every resource service principal. */
export function appRoleIndex(servicePrincipals: readonly ServicePrincipalInfo[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const sp of servicePrincipals) for (const role of sp.appRoles ?? []) if (role.value) index.set(`${sp.id}/${role.id}`, role.value);
  return index;
}

export function buildInventory({ servicePrincipals, grants, assignments, privilegeLevel }: InventoryInput): InventoryRow[] {
  const rows = new Map<string, InventoryRow>();
  for (const sp of servicePrincipals) {
    rows.set(sp.id, { sp, firstParty: isFirstParty(sp), verified: isVerified(sp), adminGrants: 0, consentingUsers: 0, appPermissions: 0, risk: 'low' });
  }
  const users = new Map<string, Set<string>>();
  const riskCache = new Map<string, RiskTier>();
  const risk = (value: string, type: 'delegated' | 'application') => {
    const key = `${type}:${value.toLowerCase()}`;
    let tier = riskCache.get(key);
    if (!tier) {
      tier = assessPermission({ value, type, privilegeLevel: privilegeLevel?.(value, type) }).tier;
      riskCache.set(key, tier);
    }
    return tier;
  };

  for (const grant of grants) {
    const row = rows.get(grant.clientId);
    if (!row) continue;
    if (grant.consentType === 'AllPrincipals') row.adminGrants += 1;
    else if (grant.principalId) {
      const set = users.get(grant.clientId) ?? new Set<string>();
      set.add(grant.principalId);
      users.set(grant.clientId, set);
    }
    const scopes = splitScope(grant.scope);
    for (const scope of scopes) row.risk = maxTier(row.risk, risk(scope, 'delegated'));
    if (row.risk !== 'critical' && scopes.some((s) => s.toLowerCase() === 'offline_access')) {
      const phishing = scopes.some((s) => /^(mail|contacts|mailboxsettings|people|files|notes)\./i.test(s));
      if (phishing) row.risk = RISK_ORDER[Math.min(3, RISK_ORDER.indexOf(row.risk) + 1)]!;
    }
  }
  const roles = appRoleIndex(servicePrincipals);
  for (const assignment of assignments) {
    const row = rows.get(assignment.principalId);
    if (!row) continue;
    row.appPermissions += 1;
    const value = roles.get(`${assignment.resourceId}/${assignment.appRoleId}`);
    if (value) row.risk = maxTier(row.risk, risk(value, 'application'));
  }
  for (const [clientId, set] of users) rows.get(clientId)!.consentingUsers = set.size;
  return [...rows.values()];
}
