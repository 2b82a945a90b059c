/**
 * "Since the last review" resolved for display and action: each new grant, widened grant and new
 * application permission with its app, resource, permissions, who holds it and the risk the app pages
 * show (grant-risk.ts), and the one change that takes exactly it back — a new grant is revoked, a widened
 * grant loses only the scopes it gained, a new application permission is removed.
 */
import type { Change, ChangeNames } from '../../changes/changes';
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

function userName(users: Map<string, UserBasic> | undefined, id: string): string {
  const user = users?.get(id);
  if (!user) return `User ${id}`;
  return user.displayName && user.userPrincipalName ? `${user.displayName} (${user.userPrincipalName})` : (user.displayName ?? user.userPrincipalName ?? id);
}

export function reviewView(
  since: SinceReview,
  { inventory, catalog, users }: { inventory: InventoryData; catalog?: PermissionCatalog; users?: Map<string, UserBasic> },
): ReviewView {
  const byId = new Map(inventory.servicePrincipals.map((sp) => [sp.id, sp]));
  const name = (id: string) => byId.get(id)?.displayName ?? id;
  const rater = riskRater(catalog);

  const grantItem = (kind: 'new-grant' | 'widened-grant', grant: InventoryData['grants'][number], added?: string[]): ReviewItem => {
    const resource = byId.get(grant.resourceId);
    const who = grant.consentType === 'AllPrincipals' || !grant.principalId ? ADMIN_FOR_EVERYONE : userName(users, grant.principalId);
    const names: ChangeNames = { clientName: name(grant.clientId), resourceName: name(grant.resourceId), principalName: grant.principalId ? who : undefined };
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
      change: added ? { kind: 'remove-scopes', grant, scopes: added, names } : { kind: 'revoke-grant', grant, names },
    };
  };

  const items: ReviewItem[] = [
    ...since.newGrants.map((grant) => grantItem('new-grant', grant)),
    ...since.widenedGrants.map(({ grant, scopes }) => grantItem('widened-grant', grant, scopes)),
    ...since.newAppPermissions.map((assignment): ReviewItem => {
      const resource = byId.get(assignment.resourceId);
      const value = resource?.appRoles?.find((r) => r.id === assignment.appRoleId)?.value ?? assignment.appRoleId;
      const resourceName = resource?.displayName ?? assignment.resourceDisplayName ?? assignment.resourceId;
      return {
        key: `new-app-permission:${assignment.id}`,
        kind: 'new-app-permission',
        appObjectId: assignment.principalId,
        appName: name(assignment.principalId),
        resourceName,
        permissions: [value],
        who: 'The app itself (application permission)',
        risk: rater.appPermission(value, resource?.appId),
        change: {
          kind: 'revoke-app-role',
          assignment,
          names: { clientName: name(assignment.principalId), resourceName, resourceAppId: resource?.appId, permission: value },
        },
      };
    }),
  ];

  const newIds = new Set(since.newApps.map((app) => app.sp.id));
  const newApps = buildInventory({ ...inventory, catalog }).filter((row) => newIds.has(row.sp.id));
  return { items, newApps };
}
