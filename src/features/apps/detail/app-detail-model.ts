/**
 * What one application holds, resolved for display: delegated grants grouped by resource API with each
 * scope's name, description, admin-only flag and risk; application permissions resolved to app-role
 * names through the resource service principal; the app's own risk; and the changes that revoke them.
 * Risks come from the rater the Applications list uses (grant-risk.ts), so the list and this page agree;
 * names and changes come from the shared builders (src/changes/builders.ts), so the review screen's agree too.
 */
import { appRoleNames, appRoleValue, grantNames, namingFrom, revokeAllChanges, userLabel } from '../../../changes/builders';
import type { Change, ChangeNames } from '../../../changes/changes';
import type { AssignmentSnapshot, GrantSnapshot } from '../../../changes/types';
import type { InventoryData } from '../../../graph/inventory/load-inventory';
import type { UserBasic } from '../../../graph/list-users';
import type { PermissionCatalog } from '../../../permissions/catalog';
import { riskRater, type RiskRater } from '../../../permissions/grant-risk';
import type { ServicePrincipalInfo } from '../../../permissions/inventory';
import type { RiskAssessment } from '../../../permissions/risk';
import { splitScopes } from '../../../permissions/scopes';
import { isGraphAppId } from '../../../graph/microsoft-graph';

export interface ScopeDetail {
  value: string;
  name: string;
  description: string;
  /** Undefined when the resource does not publish the scope. */
  adminOnly: boolean | undefined;
  risk: RiskAssessment;
}

export interface GrantDetail {
  grant: GrantSnapshot;
  /** "All users (admin consent)" or the user's name. */
  principalLabel: string;
  names: ChangeNames;
  scopes: ScopeDetail[];
  risk: RiskAssessment;
}

export interface ResourceGrants {
  resourceId: string;
  resourceName: string;
  grants: GrantDetail[];
}

export interface AppPermissionDetail {
  assignment: AssignmentSnapshot;
  resourceName: string;
  /** The resource's appId, when its service principal is in the inventory. */
  resourceAppId?: string;
  value: string;
  name: string;
  description: string;
  risk: RiskAssessment;
  names: ChangeNames;
}

export interface AppDetail {
  sp: ServicePrincipalInfo;
  resources: ResourceGrants[];
  appPermissions: AppPermissionDetail[];
  /** The highest risk of what the app holds, as the Applications list rates the app. */
  risk: RiskAssessment;
  /** Whether the app holds any grant or application permission (else the list says "Nothing granted"). */
  holdsAnything: boolean;
}

export interface DetailInput {
  inventory: InventoryData;
  catalog?: PermissionCatalog;
  users?: Map<string, UserBasic>;
}

// The page's components build their changes with these (a GrantDetail and an AppPermissionDetail carry the grant or assignment and its names).
export { removeScopesChange, revokeAppRoleChange, revokeGrantChange } from '../../../changes/builders';

function describeScope(value: string, resource: ServicePrincipalInfo | undefined, catalog: PermissionCatalog | undefined, rater: RiskRater): ScopeDetail {
  const fromCatalog = isGraphAppId(resource?.appId) ? catalog?.delegated(value) : undefined;
  const published = resource?.oauth2PermissionScopes?.find((s) => s.value?.toLowerCase() === value.toLowerCase());
  const name = fromCatalog?.adminConsentDisplayName ?? published?.adminConsentDisplayName ?? value;
  const description = fromCatalog?.adminConsentDescription ?? published?.adminConsentDescription ?? '';
  const adminOnly = fromCatalog ? fromCatalog.isAdmin : published?.type ? published.type === 'Admin' : undefined;
  return { value, name, description, adminOnly, risk: rater.scope(value, resource?.appId) };
}

export function buildAppDetail(id: string, { inventory, catalog, users }: DetailInput): AppDetail | undefined {
  const naming = namingFrom(inventory.servicePrincipals, users);
  const byId = naming.servicePrincipals;
  const sp = byId.get(id);
  if (!sp) return undefined;
  const resourceName = (rid: string) => byId.get(rid)?.displayName ?? rid;
  const rater = riskRater(catalog);

  const groups = new Map<string, ResourceGrants>();
  for (const grant of inventory.grants.filter((g) => g.clientId === id)) {
    const resource = byId.get(grant.resourceId);
    const scopes = splitScopes(grant.scope).map((value) => describeScope(value, resource, catalog, rater));
    const principalLabel = grant.consentType === 'AllPrincipals' || !grant.principalId ? 'All users (admin consent)' : userLabel(users, grant.principalId);
    const names = grantNames(grant, naming);
    const risk = rater.grant(grant.scope, resource?.appId);
    const group = groups.get(grant.resourceId) ?? { resourceId: grant.resourceId, resourceName: resourceName(grant.resourceId), grants: [] };
    group.grants.push({ grant, principalLabel, names, scopes, risk });
    groups.set(grant.resourceId, group);
  }
  for (const group of groups.values()) {
    // The admin consent first, then users by name.
    group.grants.sort((a, b) =>
      a.grant.consentType === b.grant.consentType ? a.principalLabel.localeCompare(b.principalLabel) : a.grant.consentType === 'AllPrincipals' ? -1 : 1,
    );
  }

  const appPermissions = inventory.assignments
    .filter((a) => a.principalId === id)
    .map((assignment): AppPermissionDetail => {
      const resource = byId.get(assignment.resourceId);
      const role = resource?.appRoles?.find((r) => r.id === assignment.appRoleId);
      const value = appRoleValue(assignment, resource);
      const fromCatalog = isGraphAppId(resource?.appId) ? catalog?.application(value) : undefined;
      return {
        assignment,
        resourceName: resource?.displayName ?? assignment.resourceDisplayName ?? assignment.resourceId,
        resourceAppId: resource?.appId,
        value,
        name: role?.displayName ?? fromCatalog?.adminConsentDisplayName ?? value,
        description: role?.description ?? fromCatalog?.adminConsentDescription ?? '',
        risk: rater.appPermission(value, resource?.appId),
        names: appRoleNames(assignment, naming),
      };
    })
    .sort((a, b) => a.resourceName.localeCompare(b.resourceName) || a.value.localeCompare(b.value));

  const resources = [...groups.values()].sort((a, b) => a.resourceName.localeCompare(b.resourceName));
  const risk = rater.app({
    grants: resources.flatMap((r) => r.grants.map(({ grant }) => ({ scope: grant.scope, resourceAppId: byId.get(grant.resourceId)?.appId }))),
    appPermissions: appPermissions.map((p) => ({ value: p.value, resourceAppId: p.resourceAppId })),
  });
  return { sp, resources, appPermissions, risk, holdsAnything: resources.length > 0 || appPermissions.length > 0 };
}

/** An app role of Microsoft Graph itself: assigning or removing it needs Privileged Role Administrator. */
export const isGraphPermission = (permission: Pick<AppPermissionDetail, 'resourceAppId'>) => isGraphAppId(permission.resourceAppId);

/** Everything the app holds: every grant, every application permission. */
export function revokeEverythingChanges(detail: AppDetail): Change[] {
  return revokeAllChanges(
    detail.resources.flatMap((r) => r.grants),
    detail.appPermissions,
  );
}
