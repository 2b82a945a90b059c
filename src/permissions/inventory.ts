/**
 * The permission inventory: every service principal with what it was granted — delegated grants
 * (admin-consented for everyone, or by individual users) and application permissions — and its highest
 * risk (grant-risk.ts). Pure functions over Graph objects, so the fast loader and the simple one can be compared.
 */
import type { AssignmentSnapshot, GrantSnapshot } from '../graph/entities';
import type { PermissionCatalog } from './catalog';
import { inventoryBuilder } from './inventory-builder';
import type { RiskTier } from './risk';

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
  /** The service principal's own secrets and certificates (e.g. a SAML signing certificate), not its application object's. */
  keyCredentials?: CredentialInfo[] | null;
  passwordCredentials?: CredentialInfo[] | null;
}

/** A secret (passwordCredential) or certificate (keyCredential) as Graph reads it: never the secret or key itself. */
export interface CredentialInfo {
  keyId?: string | null;
  displayName?: string | null;
  startDateTime?: string | null;
  endDateTime?: string | null;
  /** Certificates: `Sign` (e.g. SAML token signing) or `Verify`. */
  usage?: string | null;
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

export interface InventoryRow {
  sp: ServicePrincipalInfo;
  /** Delegated grants consented by an admin for everyone. */
  adminGrants: number;
  /** Distinct users who consented for themselves. */
  consentingUsers: number;
  appPermissions: number;
  risk: RiskTier;
}

export interface InventoryInput {
  servicePrincipals: readonly ServicePrincipalInfo[];
  grants: readonly GrantSnapshot[];
  assignments: readonly AssignmentSnapshot[];
  /** Microsoft's privilege levels for Graph's permissions (without it they count as unrated). */
  catalog?: PermissionCatalog;
}

/** App role id → value, across every resource service principal. */
export function appRoleIndex(servicePrincipals: readonly ServicePrincipalInfo[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const sp of servicePrincipals) for (const role of sp.appRoles ?? []) if (role.value) index.set(`${sp.id}/${role.id}`, role.value);
  return index;
}

/** One row per service principal with its counts and highest risk (inventory-builder.ts counts them). */
export function buildInventory({ catalog, ...items }: InventoryInput): InventoryRow[] {
  return inventoryBuilder(catalog)(items);
}
