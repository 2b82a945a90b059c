import { describe, expect, it } from 'vitest';
import type { AssignmentSnapshot, GrantSnapshot } from '../graph/entities';
import type { InventoryData } from '../graph/inventory/load-inventory';
import type { ServicePrincipalInfo } from '../permissions/inventory';
import { snapshotOf } from './review-snapshot';
import { appsChangedSince, changesSince } from './since-review';

const sp = (id: string, displayName = id): ServicePrincipalInfo => ({ id, appId: `app-${id}`, displayName, appRoles: [] });
const grant = (id: string, clientId: string, scope: string, principalId: string | null = null): GrantSnapshot => ({
  id,
  clientId,
  consentType: principalId ? 'Principal' : 'AllPrincipals',
  principalId,
  resourceId: 'graph',
  scope,
});
const assignment = (id: string, principalId: string): AssignmentSnapshot => ({ id, appRoleId: 'role', principalId, resourceId: 'graph' });

const reviewed: InventoryData = {
  servicePrincipals: [sp('graph', 'Microsoft Graph'), sp('mail', 'Mail Helper'), sp('daemon'), sp('retired')],
  grants: [grant('g1', 'mail', 'User.Read Mail.Read', 'u1'), grant('g2', 'mail', 'User.Read'), grant('g3', 'retired', 'Files.Read', 'u2')],
  assignments: [assignment('a1', 'daemon'), assignment('a2', 'retired')],
};

describe('snapshotOf', () => {
  it('keeps only what the diff reads, an admin consent with no principal', () => {
    const snapshot = snapshotOf(reviewed);
    expect(snapshot.version).toBe(1);
    expect(snapshot.servicePrincipals[1]).toEqual({ id: 'mail', appId: 'app-mail', displayName: 'Mail Helper' });
    expect(snapshot.grants[1]).toEqual({ id: 'g2', clientId: 'mail', resourceId: 'graph', principalId: null, scope: 'User.Read' });
    expect(snapshot.assignments[0]).toEqual({ id: 'a1', principalId: 'daemon', resourceId: 'graph', appRoleId: 'role' });
    // A copy: later changes to the inventory do not reach a kept snapshot.
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
  });
});

describe('changesSince', () => {
  const snapshot = snapshotOf(reviewed);

  it('finds nothing when the tenant is as reviewed', () => {
    const since = changesSince(snapshot, reviewed);
    expect(since).toEqual({
      newApps: [],
      newAppsHoldingNothing: 0,
      newGrants: [],
      widenedGrants: [],
      newAppPermissions: [],
      removed: { apps: [], grants: [], narrowedGrants: [], appPermissions: [] },
    });
    expect(appsChangedSince(snapshot, reviewed).size).toBe(0);
  });

  it('lists new apps holding something, counts those holding nothing, and each new or widened grant and app permission', () => {
    const now: InventoryData = {
      servicePrincipals: [...reviewed.servicePrincipals.filter((s) => s.id !== 'retired'), sp('quickpdf', 'QuickPDF'), sp('idle1'), sp('idle2')],
      grants: [
        // Widened: one scope added (in another spelling of an existing one too, which is no addition), and one removed.
        grant('g1', 'mail', 'user.read Mail.Send offline_access', 'u1'),
        grant('g2', 'mail', 'User.Read'),
        // A new user consent to a known app, and the new app's grant.
        grant('g4', 'mail', 'User.Read', 'u3'),
        grant('g5', 'quickpdf', 'Files.Read', 'u1'),
      ],
      assignments: [assignment('a1', 'daemon'), assignment('a3', 'daemon')],
    };
    const since = changesSince(snapshot, now);
    expect(since.newApps).toEqual([{ sp: now.servicePrincipals.find((s) => s.id === 'quickpdf'), grants: 1, appPermissions: 0 }]);
    expect(since.newAppsHoldingNothing).toBe(2);
    expect(since.newGrants.map((g) => g.id)).toEqual(['g4', 'g5']);
    expect(since.widenedGrants).toEqual([{ grant: now.grants[0], scopes: ['Mail.Send', 'offline_access'] }]);
    expect(since.newAppPermissions.map((a) => a.id)).toEqual(['a3']);
    expect(since.removed.apps.map((a) => a.id)).toEqual(['retired']);
    expect(since.removed.grants.map((g) => g.id)).toEqual(['g3']);
    expect(since.removed.narrowedGrants).toEqual([{ grant: now.grants[0], scopes: ['Mail.Read'] }]);
    expect(since.removed.appPermissions.map((a) => a.id)).toEqual(['a2']);
    expect([...appsChangedSince(snapshot, now)].sort()).toEqual(['daemon', 'mail', 'quickpdf']);
  });

  it('a grant only narrowed or only reordered is no widening', () => {
    const now = { ...reviewed, grants: [grant('g1', 'mail', 'Mail.Read  User.Read', 'u1'), grant('g2', 'mail', ''), reviewed.grants[2]!] };
    const since = changesSince(snapshot, now);
    expect(since.widenedGrants).toEqual([]);
    expect(since.removed.narrowedGrants).toEqual([{ grant: now.grants[1], scopes: ['User.Read'] }]);
    expect(appsChangedSince(snapshot, now).size).toBe(0);
  });

  it('diffs a 10k-app, 100k-grant tenant in one pass (Maps and Sets, no quadratic join)', () => {
    const servicePrincipals = Array.from({ length: 10_000 }, (_, i) => sp(`sp${i}`));
    const grants = Array.from({ length: 100_000 }, (_, i) => grant(`g${i}`, `sp${i % 10_000}`, 'User.Read Mail.Read', `u${i}`));
    const assignments = Array.from({ length: 20_000 }, (_, i) => assignment(`a${i}`, `sp${i % 10_000}`));
    const large: InventoryData = { servicePrincipals, grants, assignments };
    const big = snapshotOf(large);
    const now: InventoryData = {
      servicePrincipals: [...servicePrincipals, sp('new')],
      grants: [...grants.slice(1), grant('g0', 'sp0', 'User.Read Mail.Read Mail.Send', 'u0'), grant('gnew', 'new', 'User.Read')],
      assignments,
    };
    const since = changesSince(big, now);
    expect(since.newGrants.map((g) => g.id)).toEqual(['gnew']);
    expect(since.widenedGrants.map((w) => w.scopes)).toEqual([['Mail.Send']]);
    expect(since.newApps.map((a) => a.sp.id)).toEqual(['new']);
  });
});
