/**
 * "Granted but unused" resolved for display and action: the apps the hygiene rule calls unused (a high-risk
 * permission and no sign-in in 90 days, src/permissions/hygiene.ts), each with its last sign-in and exactly
 * its high-risk grants and application permissions — rated as the app pages rate them (grant-risk.ts) — and
 * the change that takes each back (src/changes/builders.ts). The console's own app is marked: revoking its
 * grant takes away the access this console works with, so it is never chosen by "select all".
 */
import { appRoleNames, appRoleValue, grantNames, namingFrom, revokeAppRoleChange, revokeGrantChange } from '../../changes/builders';
import type { Change } from '../../changes/changes';
import type { InventoryData } from '../../graph/inventory/load-inventory';
import type { UserBasic } from '../../graph/list-users';
import type { PermissionCatalog } from '../../permissions/catalog';
import { riskRater } from '../../permissions/grant-risk';
import type { AppHygiene, LastSignIn } from '../../permissions/hygiene';
import type { ServicePrincipalInfo } from '../../permissions/inventory';
import { RISK_ORDER, type RiskAssessment, type RiskTier } from '../../permissions/risk';
import { splitScopes } from '../../permissions/scopes';
import { ADMIN_FOR_EVERYONE, THE_APP_ITSELF } from './review-items';

export interface UnusedItem {
  key: string;
  kind: 'grant' | 'app-permission';
  resourceName: string;
  /** The grant's scopes, or the application permission's value. */
  permissions: string[];
  /** "Admin for everyone", the consenting user, or the app itself for an application permission. */
  who: string;
  risk: RiskAssessment;
  change: Change;
  /** The console's own app: revoking this takes the console's access away. */
  consoleOwn: boolean;
}

export interface UnusedApp {
  sp: ServicePrincipalInfo;
  lastSignIn: LastSignIn;
  /** Why the rule calls it unused, in a sentence. */
  reason: string;
  consoleOwn: boolean;
  items: UnusedItem[];
}

const atLeastHigh = (tier: RiskTier) => RISK_ORDER.indexOf(tier) >= RISK_ORDER.indexOf('high');

export interface UnusedInput {
  inventory: InventoryData;
  hygiene: ReadonlyMap<string, AppHygiene>;
  /** The console's own client id (its app registration's appId). */
  consoleAppId: string;
  catalog?: PermissionCatalog;
  users?: Map<string, UserBasic>;
}

/** The unused apps by name, each with its high-risk grants (admin consent first) and then application permissions. */
export function unusedApps({ inventory, hygiene, consoleAppId, catalog, users }: UnusedInput): UnusedApp[] {
  const naming = namingFrom(inventory.servicePrincipals, users);
  const byId = naming.servicePrincipals;
  const rater = riskRater(catalog);
  const name = (id: string) => byId.get(id)?.displayName ?? id;
  const apps: UnusedApp[] = [];
  for (const h of hygiene.values()) {
    const sp = byId.get(h.spId);
    if (!sp || h.unused.state !== 'unused') continue;
    const consoleOwn = sp.appId.toLowerCase() === consoleAppId.toLowerCase();
    const grants = inventory.grants
      .filter((g) => g.clientId === sp.id)
      .map((grant): UnusedItem => {
        const names = grantNames(grant, naming);
        return {
          key: `grant:${grant.id}`,
          kind: 'grant',
          resourceName: name(grant.resourceId),
          permissions: splitScopes(grant.scope),
          who: grant.consentType === 'AllPrincipals' || !names.principalName ? ADMIN_FOR_EVERYONE : names.principalName,
          risk: rater.grant(grant.scope, byId.get(grant.resourceId)?.appId),
          change: revokeGrantChange({ grant, names }),
          consoleOwn,
        };
      })
      .sort((a, b) => Number(a.who !== ADMIN_FOR_EVERYONE) - Number(b.who !== ADMIN_FOR_EVERYONE) || a.who.localeCompare(b.who));
    const appPermissions = inventory.assignments
      .filter((a) => a.principalId === sp.id)
      .map((assignment): UnusedItem => {
        const resource = byId.get(assignment.resourceId);
        const value = appRoleValue(assignment, resource);
        return {
          key: `app-permission:${assignment.id}`,
          kind: 'app-permission',
          resourceName: resource?.displayName ?? assignment.resourceDisplayName ?? assignment.resourceId,
          permissions: [value],
          who: THE_APP_ITSELF,
          risk: rater.appPermission(value, resource?.appId),
          change: revokeAppRoleChange({ assignment, names: appRoleNames(assignment, naming) }),
          consoleOwn,
        };
      })
      .sort((a, b) => a.resourceName.localeCompare(b.resourceName) || a.permissions[0]!.localeCompare(b.permissions[0]!));
    const items = [...grants, ...appPermissions].filter((item) => atLeastHigh(item.risk.tier));
    if (items.length > 0) apps.push({ sp, lastSignIn: h.lastSignIn, reason: h.unused.reason, consoleOwn, items });
  }
  return apps.sort((a, b) => a.sp.displayName.localeCompare(b.sp.displayName));
}

/** What "select all" chooses: every item except the console's own. */
export const selectableByAll = (apps: readonly UnusedApp[]): UnusedItem[] => apps.flatMap((app) => app.items.filter((item) => !item.consoleOwn));

const DAY_MS = 24 * 60 * 60 * 1000;

/** The last sign-in in words, e.g. "12 Aug 2026 (120 days ago)"; "No sign-in recorded" when the report holds none. */
export function lastSignInText(lastSignIn: LastSignIn, now: number): string {
  if (lastSignIn.state === 'loading') return 'Reading the sign-in report…';
  if (lastSignIn.state === 'unavailable') return `Unavailable: ${lastSignIn.reason}`;
  if (lastSignIn.at === null) return 'No sign-in recorded';
  const days = Math.floor((now - Date.parse(lastSignIn.at)) / DAY_MS);
  const date = new Date(lastSignIn.at).toLocaleDateString(undefined, { dateStyle: 'medium' });
  return `${date} (${days === 0 ? 'today' : `${days} day${days === 1 ? '' : 's'} ago`})`;
}
