// The consent rules of the authorize endpoint: which requested permissions a user already has through
// the client, whether the user may consent to the rest (the assigned permission grant policies,
// consent-policy.ts), and recording consent as grants + audit.
import { ADMIN_CONSENT_ROLES, hasAnyRole } from '../tenant/roles.ts';
import type { TenantStore } from '../tenant/store.ts';
import type { PermissionScope, ServicePrincipal, User } from '../tenant/types.ts';
import { userMayConsent } from './consent-policy.ts';
import { findScope, type RequestedScopes } from './scopes.ts';

export type ConsentDecision =
  /** everything is covered: issue the code */
  | { kind: 'covered' }
  /** show the consent page; `orgRequired` when only consent for the whole organization can cover it */
  | { kind: 'page'; missing: PermissionScope[]; orgRequired: boolean; canConsentForOrg: boolean }
  /** an admin must consent: AADSTS90094 page (or consent_required without UI) */
  | { kind: 'needsAdmin'; missing: PermissionScope[] };

export function isConsentAdmin(user: User): boolean {
  return hasAnyRole(user.roleTemplateIds, ADMIN_CONSENT_ROLES);
}

/** The requested permissions neither an AllPrincipals grant nor the user's own grant lists. */
export function missingScopes(store: TenantStore, client: ServicePrincipal, user: User, scopes: RequestedScopes): PermissionScope[] {
  const resource = store.servicePrincipals.get(scopes.resourceId);
  if (!resource) return [];
  const granted = store.grantedScopes(client.id, resource.id, user.id);
  return scopes.values
    .filter((v) => !granted.has(v.toLowerCase()))
    .map((v) => findScope(resource, v))
    .filter((s): s is PermissionScope => s !== undefined);
}

export function decideConsent(
  store: TenantStore,
  input: { client: ServicePrincipal; user: User; scopes: RequestedScopes; forcePage: boolean; adminPrompt: boolean },
): ConsentDecision {
  const { client, user, scopes } = input;
  const missing = missingScopes(store, client, user, scopes);
  const admin = isConsentAdmin(user);
  if (input.adminPrompt) return admin ? { kind: 'page', missing, orgRequired: true, canConsentForOrg: true } : { kind: 'needsAdmin', missing };
  if (missing.length === 0 && !input.forcePage) return { kind: 'covered' };
  if (userMayConsent(store, client, scopes.resourceId, missing)) return { kind: 'page', missing, orgRequired: false, canConsentForOrg: admin };
  if (admin) return { kind: 'page', missing, orgRequired: true, canConsentForOrg: true };
  return { kind: 'needsAdmin', missing };
}

/** Accept on the consent page: extend the user's own grant, or the tenant-wide one when consenting for all. */
export function applyConsent(store: TenantStore, input: { client: ServicePrincipal; user: User; scopes: RequestedScopes; forOrganization: boolean }): string[] {
  const { client, user, scopes, forOrganization } = input;
  // The real service records the requested OIDC scopes on the Graph grant too (e.g. "User.Read openid profile").
  const resource = store.servicePrincipals.get(scopes.resourceId);
  const oidc = resource?.appId === '00000003-0000-0000-c000-000000000000' ? scopes.oidc : [];
  const granted = [...scopes.values, ...oidc];
  if (granted.length === 0) return granted;
  store.provision(client, { user });
  const change = store.addScopesToGrant(
    {
      clientId: client.id,
      resourceId: scopes.resourceId,
      consentType: forOrganization ? 'AllPrincipals' : 'Principal',
      principalId: forOrganization ? null : user.id,
    },
    granted,
    { user },
  );
  store.recordConsent(client, { user }, { onBehalfOfAll: forOrganization, changes: [change] });
  return granted;
}

/** The scopes a token carries: every delegated permission consented for this client, user and resource. */
export function consentedScopes(store: TenantStore, client: ServicePrincipal, user: User, resourceId: string): string[] {
  const resource = store.servicePrincipals.get(resourceId);
  const granted = store.grantedScopes(client.id, resourceId, user.id);
  if (!resource) return [...granted];
  return [...granted].map((v) => findScope(resource, v)?.value ?? v);
}
