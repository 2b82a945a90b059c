/**
 * The inventory's rows (inventory.ts) built as the inventory grows. While a large tenant loads, the
 * screen gets a new copy of everything loaded so far a few times a second; building all rows from it
 * each time cost 1.1 s at 500,000 grants and 2 s at 1,000,000 (measured in Node), so the page had no
 * time left and the load slowed round by round. The builder remembers what it has counted: when the new
 * input starts with the same items as the one before (pages only append), it counts only the new items;
 * anything else (a patched or reloaded inventory, another catalog) is built afresh. Either way the rows
 * equal a build from scratch — a grant whose app or API is not loaded yet is held until it is.
 */
import type { AssignmentSnapshot, GrantSnapshot } from '../graph/entities';
import type { PermissionCatalog } from './catalog';
import { riskRater } from './grant-risk';
import type { InventoryInput, InventoryRow, ServicePrincipalInfo } from './inventory';
import { RISK_ORDER, type RiskTier } from './risk';

type Items = Omit<InventoryInput, 'catalog'>;

interface AppTally {
  sp: ServicePrincipalInfo;
  adminGrants: number;
  users: Set<string>;
  appPermissions: number;
  /** The highest tier of what it holds whose API is loaded (RISK_ORDER index). */
  rank: number;
  row?: InventoryRow;
}

type Held = { kind: 'grant'; item: GrantSnapshot } | { kind: 'assignment'; item: AssignmentSnapshot };

const holderOf = (held: Held) => (held.kind === 'grant' ? held.item.clientId : held.item.principalId);

/** What the builder has counted: the arrays it was given and how many items of each. */
interface Seen {
  items: Items;
  servicePrincipals: number;
  grants: number;
  assignments: number;
}

/** True when `next` begins with the `count` items of `seen`, by identity (the same array may have grown in place). */
function startsWith<T>(next: readonly T[], seen: readonly T[], count: number): boolean {
  if (next.length < count) return false;
  if (next === seen) return true;
  for (let i = 0; i < count; i++) if (next[i] !== seen[i]) return false;
  return true;
}

/** A function from the inventory so far to its rows, doing only the new items' work when the inventory grew by appending. */
export function inventoryBuilder(catalog?: PermissionCatalog): (items: Items) => InventoryRow[] {
  const rater = riskRater(catalog);
  const rank = (tier: RiskTier) => RISK_ORDER.indexOf(tier);
  const nothing: Seen = { items: { servicePrincipals: [], grants: [], assignments: [] }, servicePrincipals: 0, grants: 0, assignments: 0 };
  let seen = nothing;
  let apps = new Map<string, AppTally>();
  let appIdOf = new Map<string, string>();
  let roles = new Map<string, string>();
  /** Items whose app (the grant's client, the assignment's principal) is not loaded yet. */
  let noHolder: Held[] = [];
  /** Items counted on their app whose API is not loaded yet: rated as if its API were unknown, until it is. */
  let noResource: Held[] = [];

  const reset = () => {
    seen = nothing;
    apps = new Map();
    appIdOf = new Map();
    roles = new Map();
    noHolder = [];
    noResource = [];
  };

  /** The assessment's tier, with the API's appId (undefined while the API is not loaded, as a full build rates it). */
  const tierOf = (held: Held): number => {
    const resourceAppId = appIdOf.get(held.item.resourceId);
    if (held.kind === 'grant') return rank(rater.grant(held.item.scope, resourceAppId).tier);
    const { resourceId, appRoleId } = held.item;
    return rank(rater.appPermission(roles.get(`${resourceId}/${appRoleId}`) ?? appRoleId, resourceAppId).tier);
  };

  const rate = (app: AppTally, held: Held) => {
    if (!appIdOf.has(held.item.resourceId)) return void noResource.push(held);
    app.rank = Math.max(app.rank, tierOf(held));
  };

  const count = (held: Held) => {
    const app = apps.get(holderOf(held));
    if (!app) return void noHolder.push(held);
    if (held.kind === 'assignment') app.appPermissions += 1;
    else if (held.item.consentType === 'AllPrincipals') app.adminGrants += 1;
    else if (held.item.principalId) app.users.add(held.item.principalId);
    rate(app, held);
  };

  /**
   * New service principals. One listed twice (paging that repeats an item) stands in its first copy's
   * place, as a full build has it; once items are counted that is only right in a fresh build (false).
   */
  const addServicePrincipals = (servicePrincipals: readonly ServicePrincipalInfo[], fresh: boolean): boolean => {
    for (const sp of servicePrincipals) {
      const known = apps.get(sp.id);
      if (known && !fresh) return false;
      if (known) known.sp = sp;
      else apps.set(sp.id, { sp, adminGrants: 0, users: new Set(), appPermissions: 0, rank: 0 });
      appIdOf.set(sp.id, sp.appId);
      for (const role of sp.appRoles ?? []) if (role.value) roles.set(`${sp.id}/${role.id}`, role.value);
    }
    if (servicePrincipals.length === 0) return true;
    const waiting = noHolder;
    const unrated = noResource;
    noHolder = [];
    noResource = [];
    waiting.forEach(count);
    for (const held of unrated) rate(apps.get(holderOf(held))!, held);
    return true;
  };

  const rows = (): InventoryRow[] => {
    // Items whose API is missing count as a full build counts them: rated without the API's appId.
    const pending = new Map<string, number>();
    for (const held of noResource) {
      const holder = holderOf(held);
      pending.set(holder, Math.max(pending.get(holder) ?? 0, tierOf(held)));
    }
    const out: InventoryRow[] = [];
    for (const [id, app] of apps) {
      const risk = RISK_ORDER[Math.max(app.rank, pending.get(id) ?? 0)]!;
      const { row } = app;
      if (
        !row ||
        row.sp !== app.sp ||
        row.adminGrants !== app.adminGrants ||
        row.consentingUsers !== app.users.size ||
        row.appPermissions !== app.appPermissions ||
        row.risk !== risk
      ) {
        app.row = { sp: app.sp, adminGrants: app.adminGrants, consentingUsers: app.users.size, appPermissions: app.appPermissions, risk };
      }
      out.push(app.row!);
    }
    return out;
  };

  const add = (items: Items, from: Seen): boolean => {
    const fresh = from.grants === 0 && from.assignments === 0;
    if (!addServicePrincipals(items.servicePrincipals.slice(from.servicePrincipals), fresh)) return false;
    for (let i = from.grants; i < items.grants.length; i++) count({ kind: 'grant', item: items.grants[i]! });
    for (let i = from.assignments; i < items.assignments.length; i++) count({ kind: 'assignment', item: items.assignments[i]! });
    return true;
  };

  return (items) => {
    const grew =
      startsWith(items.servicePrincipals, seen.items.servicePrincipals, seen.servicePrincipals) &&
      startsWith(items.grants, seen.items.grants, seen.grants) &&
      startsWith(items.assignments, seen.items.assignments, seen.assignments);
    if (!grew || !add(items, seen)) {
      reset();
      add(items, seen);
    }
    seen = { items, servicePrincipals: items.servicePrincipals.length, grants: items.grants.length, assignments: items.assignments.length };
    return rows();
  };
}
