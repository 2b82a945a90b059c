import { describe, expect, it } from 'vitest';
import type { AssignmentSnapshot, GrantSnapshot } from '../entities';
import type { InventoryData } from './load-inventory';
import { patchInventory } from './patch-inventory';

const grant = (id: string, scope = 'User.Read'): GrantSnapshot => ({
  id,
  clientId: 'c',
  consentType: 'AllPrincipals',
  principalId: null,
  resourceId: 'r',
  scope,
});
const assignment = (id: string): AssignmentSnapshot => ({ id, appRoleId: 'role', principalId: 'c', resourceId: 'r', principalType: 'ServicePrincipal' });
const data = (): InventoryData => ({
  servicePrincipals: [{ id: 'c', appId: 'a', displayName: 'App' }],
  grants: [grant('g1'), grant('g2', 'User.Read Mail.Read'), grant('g3')],
  assignments: [assignment('a1'), assignment('a2')],
});

describe('patchInventory', () => {
  it('removes revoked grants and app permissions, replaces narrowed grants and adds created ones', () => {
    const patched = patchInventory(data(), [
      { outcome: 'succeeded', entry: { before: grant('g1'), after: null } },
      { outcome: 'already-done', entry: { before: assignment('a1'), after: null } },
      { outcome: 'succeeded', entry: { before: grant('g2', 'User.Read Mail.Read'), after: grant('g2') } },
      { outcome: 'succeeded', entry: { before: null, after: grant('g9') } },
      { outcome: 'succeeded', entry: { before: null, after: assignment('a9') } },
    ]);
    expect(patched.grants).toEqual([grant('g3'), grant('g2'), grant('g9')]);
    expect(patched.assignments).toEqual([assignment('a2'), assignment('a9')]);
    expect(patched.servicePrincipals).toEqual(data().servicePrincipals);
  });

  it("keeps users' app roles out: restoring one on the Users screen adds no application permission", () => {
    const userRole: AssignmentSnapshot = { ...assignment('u1'), principalId: 'megan', principalType: 'User' };
    const patched = patchInventory(data(), [{ outcome: 'succeeded', entry: { before: null, after: userRole } }]);
    expect(patched.assignments).toEqual(data().assignments);
  });

  it('leaves the inventory as it is for failed changes and changes to no grant (sessions)', () => {
    const before = data();
    expect(patchInventory(before, [{ outcome: 'failed', entry: { before: grant('g1'), after: null } }])).toBe(before);
    expect(patchInventory(before, [{ outcome: 'succeeded', entry: { before: null, after: null } }])).toBe(before);
  });
});
