// May a user consent to a delegated permission on their own behalf? Entra evaluates the permission grant
// policies assigned to the default user role (authorizationPolicy ManagePermissionGrantsForSelf.*): a
// permission is consentable when one of those policies lets it through — it matches at least one of the
// policy's include condition sets and none of its exclude sets; policies are evaluated separately
// (manage-app-consent-policies.md). A condition set matches when all of its conditions do
// (permissiongrantconditionset.md). Permissions the API marks admin-only are never user-consentable.
import { classificationOf, userConsentPolicies } from '../tenant/governance.ts';
import type { PermissionGrantConditionSet, PermissionGrantPolicy } from '../tenant/governance-types.ts';
import type { TenantStore } from '../tenant/store.ts';
import type { PermissionScope, ServicePrincipal } from '../tenant/types.ts';

const all = (list: readonly string[]) => list.length === 1 && list[0]!.toLowerCase() === 'all';
const listed = (list: readonly string[], value: string | null | undefined) =>
  all(list) || (value != null && list.some((v) => v.toLowerCase() === value.toLowerCase()));

/** Does one condition set match consent to this delegated permission of `resource` for `client`? */
function matchesConditionSet(
  store: TenantStore,
  set: PermissionGrantConditionSet,
  event: { client: ServicePrincipal; resource: ServicePrincipal; scope: PermissionScope },
): boolean {
  const { client, resource, scope } = event;
  if (set.permissionType === 'application') return false;
  if (set.permissionType === 'delegatedUserConsentable' && scope.type !== 'User') return false;
  if (set.permissionClassification.toLowerCase() !== 'all' && classificationOf(store, resource.id, scope.id) !== set.permissionClassification.toLowerCase())
    return false;
  if (set.resourceApplication.toLowerCase() !== 'any' && set.resourceApplication.toLowerCase() !== resource.appId.toLowerCase()) return false;
  if (!listed(set.permissions, scope.id)) return false;
  if (!listed(set.clientApplicationIds, client.appId)) return false;
  if (!listed(set.clientApplicationTenantIds, client.appOwnerOrganizationId)) return false;
  if (!listed(set.clientApplicationPublisherIds, client.verifiedPublisher.verifiedPublisherId)) return false;
  if (set.clientApplicationsFromVerifiedPublisherOnly && !client.verifiedPublisher.verifiedPublisherId) return false;
  // No app in the emulator is Microsoft 365 certified, so a set that requires it never matches.
  if (set.certifiedClientApplicationsOnly) return false;
  return true;
}

function policyAllows(store: TenantStore, policy: PermissionGrantPolicy, event: Parameters<typeof matchesConditionSet>[2]): boolean {
  return policy.includes.some((set) => matchesConditionSet(store, set, event)) && !policy.excludes.some((set) => matchesConditionSet(store, set, event));
}

/** The assigned policy that lets the user consent to this permission themselves, if any. */
function consentingPolicy(store: TenantStore, client: ServicePrincipal, resource: ServicePrincipal, scope: PermissionScope): PermissionGrantPolicy | undefined {
  if (scope.type !== 'User') return undefined;
  return userConsentPolicies(store).find((p) => policyAllows(store, p, { client, resource, scope }));
}

/** May the user consent to every one of these permissions of `resourceId` themselves? */
export function userMayConsent(store: TenantStore, client: ServicePrincipal, resourceId: string, missing: readonly PermissionScope[]): boolean {
  const resource = store.servicePrincipals.get(resourceId);
  if (!resource) return false;
  return missing.every((scope) => consentingPolicy(store, client, resource, scope) !== undefined);
}
