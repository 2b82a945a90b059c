/** How the consent-policy screen names apps and permissions in condition sentences: from the tenant's service principals. */
import type { PolicyNames } from '../../permissions/consent-policy';
import type { ServicePrincipalInfo } from '../../permissions/inventory';

export function policyNames(servicePrincipals: readonly ServicePrincipalInfo[], tenantId: string): PolicyNames {
  const byAppId = new Map(servicePrincipals.map((sp) => [sp.appId.toLowerCase(), sp]));
  const permissionsOf = (sp: ServicePrincipalInfo) => [...(sp.oauth2PermissionScopes ?? []), ...(sp.appRoles ?? [])];
  return {
    tenantId,
    app: (appId) => byAppId.get(appId.toLowerCase())?.displayName,
    permission(permissionId, resourceAppId) {
      const apis = resourceAppId ? [byAppId.get(resourceAppId.toLowerCase())].filter((sp) => sp !== undefined) : servicePrincipals;
      for (const sp of apis) {
        const found = permissionsOf(sp).find((p) => p.id.toLowerCase() === permissionId.toLowerCase());
        if (found?.value) return found.value;
      }
      return undefined;
    },
  };
}
