import { describe, expect, it } from 'vitest';
import type { AssignmentSnapshot, GrantSnapshot } from '../graph/entities';
import { GRAPH_APP_ID } from '../graph/microsoft-graph';
import { createPermissionCatalog, type GraphPermission, type PermissionCatalog } from './catalog';
import { riskRater, type HeldAppPermission, type HeldGrant } from './grant-risk';
import { appRoleIndex, buildInventory, type InventoryInput, type InventoryRow, type ServicePrincipalInfo } from './inventory';
import { inventoryBuilder } from './inventory-builder';

/** The full build as it was before the builder: every row from everything, each time (the oracle). */
function buildFromScratch({ servicePrincipals, grants, assignments, catalog }: InventoryInput): InventoryRow[] {
  const apps = new Map<string, { row: InventoryRow; held: { grants: HeldGrant[]; appPermissions: HeldAppPermission[] }; users: Set<string> }>();
  for (const sp of servicePrincipals)
    apps.set(sp.id, {
      row: { sp, adminGrants: 0, consentingUsers: 0, appPermissions: 0, risk: 'low' },
      held: { grants: [], appPermissions: [] },
      users: new Set(),
    });
  const appIdOf = new Map(servicePrincipals.map((sp) => [sp.id, sp.appId]));
  for (const grant of grants) {
    const app = apps.get(grant.clientId);
    if (!app) continue;
    if (grant.consentType === 'AllPrincipals') app.row.adminGrants += 1;
    else if (grant.principalId) app.users.add(grant.principalId);
    app.held.grants.push({ scope: grant.scope, resourceAppId: appIdOf.get(grant.resourceId) });
  }
  const roles = appRoleIndex(servicePrincipals);
  for (const assignment of assignments) {
    const app = apps.get(assignment.principalId);
    if (!app) continue;
    app.row.appPermissions += 1;
    const value = roles.get(`${assignment.resourceId}/${assignment.appRoleId}`) ?? assignment.appRoleId;
    app.held.appPermissions.push({ value, resourceAppId: appIdOf.get(assignment.resourceId) });
  }
  const rater = riskRater(catalog);
  return [...apps.values()].map(({ row, held, users }) => ({ ...row, consentingUsers: users.size, risk: rater.app(held).tier }));
}

/** A small seeded pseudo-random generator, so a failing case can be replayed. */
function random(seed: number) {
  let state = seed >>> 0 || 1;
  const next = () => (state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0) / 2 ** 32;
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]! };
}

const permission = (value: string, type: GraphPermission['type'], privilegeLevel: number): GraphPermission => ({
  id: `${type}-${value}`,
  value,
  type,
  isAdmin: type === 'application',
  isEnabled: true,
  adminConsentDisplayName: value,
  adminConsentDescription: '',
  privilegeLevel,
});
const catalog = createPermissionCatalog([
  permission('User.Read', 'delegated', 1),
  permission('Mail.Read', 'delegated', 2),
  permission('Directory.ReadWrite.All', 'delegated', 4),
  permission('Application.ReadWrite.All', 'application', 4),
  permission('User.Read.All', 'application', 2),
]);
const SCOPES = ['User.Read', 'User.Read Mail.Read', 'Mail.Read offline_access', 'Directory.ReadWrite.All', 'Files.Read', 'openid profile'];

/** APIs (one Microsoft Graph, others with their own app roles), client apps, and grants and assignments that name some missing ones. */
function tenant(seed: number) {
  const r = random(seed);
  const apis: ServicePrincipalInfo[] = [
    {
      id: 'graph',
      appId: GRAPH_APP_ID,
      displayName: 'Microsoft Graph',
      appRoles: [
        { id: 'g1', value: 'Application.ReadWrite.All', allowedMemberTypes: ['Application'] },
        { id: 'g2', value: 'User.Read.All', allowedMemberTypes: ['Application'] },
      ],
    },
    ...[1, 2].map((n) => ({
      id: `api${n}`,
      appId: `api-app-${n}`,
      displayName: `API ${n}`,
      appRoles: [{ id: `r${n}`, value: `Data.ReadWrite.All`, allowedMemberTypes: ['Application'] }],
    })),
  ];
  const clients: ServicePrincipalInfo[] = Array.from({ length: 40 }, (_, i) => ({ id: `sp${i}`, appId: `app${i}`, displayName: `App ${i}` }));
  const servicePrincipals = [...clients, ...apis].sort(() => r.next() - 0.5);
  const holders = [...clients.map((c) => c.id), 'gone-client'];
  const resources = [...apis.map((a) => a.id), 'gone-api'];
  const grants: GrantSnapshot[] = Array.from({ length: 300 }, (_, i) => {
    const user = r.next() < 0.6;
    return {
      id: `g${i}`,
      clientId: r.pick(holders),
      consentType: user ? 'Principal' : 'AllPrincipals',
      principalId: user ? `u${r.int(25)}` : null,
      resourceId: r.pick(resources),
      scope: r.pick(SCOPES),
    };
  });
  const assignments: AssignmentSnapshot[] = Array.from({ length: 60 }, (_, i) => ({
    id: `a${i}`,
    principalId: r.pick(holders),
    resourceId: r.pick(resources),
    appRoleId: r.pick(['g1', 'g2', 'r1', 'r2', 'unpublished']),
  }));
  return { servicePrincipals, grants, assignments, r };
}

/** Copies of growing prefixes, as progress reports hand them over: every list cut at random points. */
function reports(items: ReturnType<typeof tenant>, count: number) {
  const cuts = (length: number) => [...Array.from({ length: count - 1 }, () => items.r.int(length + 1)), length].sort((a, b) => a - b);
  const [sp, grants, assignments] = [cuts(items.servicePrincipals.length), cuts(items.grants.length), cuts(items.assignments.length)];
  return sp.map((_, i) => ({
    servicePrincipals: items.servicePrincipals.slice(0, sp[i]),
    grants: items.grants.slice(0, grants[i]),
    assignments: items.assignments.slice(0, assignments[i]),
  }));
}

const withoutRows = (rows: InventoryRow[]) => rows.map(({ sp, ...counts }) => ({ id: sp.id, ...counts }));

describe('the inventory builder', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('equals a build from scratch after every progress report (seed %i)', (seed) => {
    const items = tenant(seed);
    for (const rated of [undefined, catalog] as (PermissionCatalog | undefined)[]) {
      const build = inventoryBuilder(rated);
      for (const report of reports(items, 12)) {
        const rows = build(report);
        expect(withoutRows(rows)).toEqual(withoutRows(buildFromScratch({ ...report, catalog: rated })));
        expect(rows.map((row) => row.sp)).toEqual(report.servicePrincipals.filter((sp, i, all) => all.findIndex((s) => s.id === sp.id) === i));
      }
    }
  });

  it('counts a grant that arrived before its app and its API once both are in', () => {
    const build = inventoryBuilder(catalog);
    const grant: GrantSnapshot = {
      id: 'g',
      clientId: 'app',
      consentType: 'AllPrincipals',
      principalId: null,
      resourceId: 'graph',
      scope: 'Directory.ReadWrite.All',
    };
    const app: ServicePrincipalInfo = { id: 'app', appId: 'a', displayName: 'App' };
    const graph: ServicePrincipalInfo = { id: 'graph', appId: GRAPH_APP_ID, displayName: 'Microsoft Graph' };
    expect(build({ servicePrincipals: [], grants: [grant], assignments: [] })).toEqual([]);
    // Its API not loaded yet: rated as a scope of an unknown API, as a full build rates it.
    expect(build({ servicePrincipals: [app], grants: [grant], assignments: [] })).toEqual(
      buildFromScratch({ servicePrincipals: [app], grants: [grant], assignments: [], catalog }),
    );
    expect(build({ servicePrincipals: [app, graph], grants: [grant], assignments: [] })[0]).toMatchObject({ adminGrants: 1, risk: 'high' });
  });

  it('builds afresh when the inventory did not grow by appending (a patch, a reload)', () => {
    const items = tenant(9);
    const build = inventoryBuilder(catalog);
    build(items);
    // A revoked grant leaves from the middle, the list keeps its length with a new grant at the end.
    const [first, ...rest] = items.grants;
    const patched = { ...items, grants: [...rest, { ...first!, id: 'new', clientId: 'sp1' }] };
    expect(withoutRows(build(patched))).toEqual(withoutRows(buildFromScratch({ ...patched, catalog })));
    // A reload: fewer items than before.
    const reload = { ...items, grants: items.grants.slice(0, 10) };
    expect(withoutRows(build(reload))).toEqual(withoutRows(buildFromScratch({ ...reload, catalog })));
  });

  it('follows an array that grows in place', () => {
    const items = tenant(10);
    const grants = items.grants.slice(0, 100);
    const build = inventoryBuilder();
    build({ ...items, grants });
    grants.push(...items.grants.slice(100));
    expect(withoutRows(build({ ...items, grants }))).toEqual(withoutRows(buildFromScratch(items)));
  });

  it('keeps the row objects of apps nothing new arrived for', () => {
    const items = tenant(11);
    const build = inventoryBuilder();
    const before = build({ ...items, grants: items.grants.slice(0, 150) });
    const after = build(items);
    const changed = new Set(items.grants.slice(150).map((g) => g.clientId));
    for (const row of after.filter((r) => !changed.has(r.sp.id) && r.sp.id.startsWith('sp'))) expect(before).toContain(row);
  });

  it('lets a service principal listed twice stand in its first place, as the full build does', () => {
    const items = tenant(12);
    const again = { ...items.servicePrincipals[0]!, displayName: 'Renamed' };
    const twice = { ...items, servicePrincipals: [...items.servicePrincipals, again] };
    expect(buildInventory(twice)).toEqual(buildFromScratch(twice));
    const build = inventoryBuilder();
    build(items);
    expect(build(twice)).toEqual(buildFromScratch(twice));
  });
});
