/**
 * "Since the last review" resolved for display and action: each new grant, widened grant and new
 * application permission with its app, resource, permissions, who holds it and the risk the app pages
 * show (grant-risk.ts), and the one change that takes exactly it back — a new grant is revoked, a widened
 * grant loses only the scopes it gained, a new application permission is removed.
 */
import { appRoleNames, appRoleValue, grantNames, namingFrom, removeScopesChange, revokeAppRoleChange, revokeGrantChange } from '../../changes/builders';
import type { Change } from '../../changes/changes';
import type { InventoryData } from '../../graph/inventory/load-inventory';
import type { UserBasic } from '../../graph/list-users';
import type { PermissionCatalog } from '../../permissions/catalog';
import { riskRater } from '../../permissions/grant-risk';
import { buildInventory, type InventoryRow } from '../../permissions/inventory';
import type { RiskAssessment } from '../../permissions/risk';
import { splitScopes } from '../../permissions/scopes';
import type { SinceReview } from '../../review/since-review';

export type ReviewItemKind = 'new-grant' | 'widened-grant' | 'new-app-permission';

export interface ReviewItem {
  key: string;
  kind: ReviewItemKind;
  /** The client app's service principal id and name. */
  appObjectId: string;
  appName: string;
  resourceName: string;
  /** The scopes granted (for a widened grant: only the added ones), or the application permission's value. */
  permissions: string[];
  /** "Admin for everyone", the consenting user, or "The app itself" for an application permission. */
  who: string;
  risk: RiskAssessment;
  change: Change;
}

export interface ReviewView {
  items: ReviewItem[];
  /** New apps holding something, as the Applications list rates them. */
  newApps: InventoryRow[];
}

export const ADMIN_FOR_EVERYONE = 'Admin for everyone';
export const THE_APP_ITSELF = 'The app itself (application permission)';

export function reviewView(
  since: SinceReview,
  { inventory, catalog, users }: { inventory: InventoryData; catalog?: PermissionCatalog; users?: Map<string, UserBasic> },
): ReviewView {
  const naming = namingFrom(inventory.servicePrincipals, users);
  const byId = naming.servicePrincipals;
  const name = (id: string) => byId.get(id)?.displayName ?? id;
  const rater = riskRater(catalog);

  const grantItem = (kind: 'new-grant' | 'widened-grant', grant: InventoryData['grants'][number], added?: string[]): ReviewItem => {
    const resource = byId.get(grant.resourceId);
    const names = grantNames(grant, naming);
    const who = grant.consentType === 'AllPrincipals' || !names.principalName ? ADMIN_FOR_EVERYONE : names.principalName;
    return {
      key: `${kind}:${grant.id}`,
      kind,
      appObjectId: grant.clientId,
      appName: name(grant.clientId),
      resourceName: name(grant.resourceId),
      permissions: added ?? splitScopes(grant.scope),
      who,
      // The grant as it is now, rated as the app's page rates it.
      risk: rater.grant(grant.scope, resource?.appId),
      change: added ? removeScopesChange({ grant, names }, added) : revokeGrantChange({ grant, names }),
    };
  };

  const items: ReviewItem[] = [
    ...since.newGrants.map((grant) => grantItem('new-grant', grant)),
    ...since.widenedGrants.map(({ grant, scopes }) => grantItem('widened-grant', grant, scopes)),
    ...since.newAppPermissions.map((assignment): ReviewItem => {
      const resource = byId.get(assignment.resourceId);
      const value = appRoleValue(assignment, resource);
      const resourceName = resource?.displayName ?? assignment.resourceDisplayName ?? assignment.resourceId;
      return {
        key: `new-app-permission:${assignment.id}`,
        kind: 'new-app-permission',
        appObjectId: assignment.principalId,
        appName: name(assignment.principalId),
        resourceName,
        permissions: [value],
        who: THE_APP_ITSELF,
        risk: rater.appPermission(value, resource?.appId),
        change: revokeAppRoleChange({ assignment, names: appRoleNames(assignment, naming) }),
      };
    }),
  ];

  const newIds = new Set(since.newApps.map((app) => app.sp.id));
  const newApps = buildInventory({ ...inventory, catalog }).filter((row) => newIds.has(row.sp.id));
  return { items, newApps };
}
