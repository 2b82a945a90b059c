import { describe, expect, it } from 'vitest';
import type { AssignmentSnapshot, GrantSnapshot } from '../../../changes/types';
import { createPermissionCatalog } from '../../../permissions/catalog';
import { riskRater } from '../../../permissions/grant-risk';
import type { ServicePrincipalInfo } from '../../../permissions/inventory';
import { previewDirectGrant, type DirectGrantInput } from './preview';

const graph: ServicePrincipalInfo = {
  id: 'graph-sp',
  appId: '00000003-0000-0000-c000-000000000000',
  displayName: 'Microsoft Graph',
  oauth2PermissionScopes: [
    { id: 's1', value: 'User.Read', type: 'User', adminConsentDisplayName: 'Sign in and read user profile' },
    { id: 's2', value: 'User.ReadBasic.All', type: 'User', adminConsentDisplayName: 'Read all users basic profiles' },
    { id: 's3', value: 'Mail.Send', type: 'User', adminConsentDisplayName: 'Send mail as a user' },
  ],
  appRoles: [
    { id: 'r1', value: 'User.Read.All', displayName: 'Read all users full profiles', allowedMemberTypes: ['Application'] },
    { id: 'r2', value: 'AppRoleAssignment.ReadWrite.All', displayName: 'Manage app permission grants', allowedMemberTypes: ['Application'] },
  ],
};
const client: ServicePrincipalInfo = { id: 'client-sp', appId: 'client-app', displayName: 'Northwind HR Portal' };

function input(overrides: Partial<DirectGrantInput> = {}): DirectGrantInput {
  return { client, resource: graph, grants: [], assignments: [], scopes: [], appRoleIds: [], rater: riskRater(), ...overrides };
}

const allPrincipals = (scope: string): GrantSnapshot => ({
  id: 'g1',
  clientId: 'client-sp',
  consentType: 'AllPrincipals',
  principalId: null,
  resourceId: 'graph-sp',
  scope,
});

describe('previewDirectGrant', () => {
  it('creates the AllPrincipals grant and the app role assignments when the app holds nothing', () => {
    const preview = previewDirectGrant(input({ scopes: ['user.read', 'User.ReadBasic.All'], appRoleIds: ['r1'] }));
    expect(preview.grant).toEqual({
      action: 'create',
      existing: null,
      adding: ['User.Read', 'User.ReadBasic.All'],
      resultingScope: 'User.Read User.ReadBasic.All',
    });
    expect(preview.changes).toEqual([
      {
        kind: 'add-scopes',
        grant: null,
        template: { clientId: 'client-sp', consentType: 'AllPrincipals', principalId: null, resourceId: 'graph-sp' },
        scopes: ['User.Read', 'User.ReadBasic.All'],
        names: { clientName: 'Northwind HR Portal', resourceName: 'Microsoft Graph' },
      },
      {
        kind: 'add-app-role',
        assignment: { principalId: 'client-sp', resourceId: 'graph-sp', appRoleId: 'r1' },
        names: { clientName: 'Northwind HR Portal', resourceName: 'Microsoft Graph', permission: 'User.Read.All' },
      },
    ]);
    expect(preview.items.map((i) => [i.value, i.displayName, i.alreadyGranted])).toEqual([
      ['User.Read', 'Sign in and read user profile', false],
      ['User.ReadBasic.All', 'Read all users basic profiles', false],
      ['User.Read.All', 'Read all users full profiles', false],
    ]);
  });

  it('extends an existing grant with only the missing scopes, and skips roles already assigned', () => {
    const existing = allPrincipals('User.Read');
    const assignment: AssignmentSnapshot = { id: 'a1', appRoleId: 'r1', principalId: 'client-sp', resourceId: 'graph-sp' };
    const preview = previewDirectGrant(
      input({
        grants: [existing, { ...existing, id: 'g2', consentType: 'Principal', principalId: 'u1', scope: 'User.ReadBasic.All' }],
        assignments: [assignment],
        scopes: ['User.Read', 'User.ReadBasic.All'],
        appRoleIds: ['r1'],
      }),
    );
    expect(preview.grant).toEqual({ action: 'extend', existing, adding: ['User.ReadBasic.All'], resultingScope: 'User.Read User.ReadBasic.All' });
    expect(preview.changes).toHaveLength(1);
    expect(preview.changes[0]).toMatchObject({ kind: 'add-scopes', grant: existing, scopes: ['User.ReadBasic.All'] });
    expect(preview.items.filter((i) => i.alreadyGranted).map((i) => i.value)).toEqual(['User.Read', 'User.Read.All']);
  });

  it('writes nothing when everything is already held', () => {
    const preview = previewDirectGrant(input({ grants: [allPrincipals('User.Read')], scopes: ['User.Read'] }));
    expect(preview.grant.action).toBe('none');
    expect(preview.changes).toEqual([]);
    expect(preview.needsConfirmation).toBe(false);
  });

  it('asks for confirmation for high and critical permissions being added, not for low ones', () => {
    expect(previewDirectGrant(input({ scopes: ['User.Read'] })).needsConfirmation).toBe(false);
    const high = previewDirectGrant(input({ scopes: ['Mail.Send'] }));
    expect(high).toMatchObject({ highestRisk: 'high', needsConfirmation: true });
    const critical = previewDirectGrant(input({ appRoleIds: ['r2'] }));
    expect(critical).toMatchObject({ highestRisk: 'critical', needsConfirmation: true });
    // Already held: no confirmation, nothing is added.
    expect(previewDirectGrant(input({ grants: [allPrincipals('Mail.Send')], scopes: ['Mail.Send'] })).needsConfirmation).toBe(false);
  });

  it('judges the grant it makes as a whole, as the Applications list will: offline_access beside Mail.Read raises it', () => {
    const rater = riskRater();
    const both = previewDirectGrant(input({ scopes: ['Mail.Read', 'offline_access'], rater }));
    expect(both.highestRisk).toBe(rater.grant('Mail.Read offline_access', graph.appId).tier);
    expect(both.highestRisk).not.toBe(rater.scope('Mail.Read', graph.appId).tier);
    // Adding offline_access to a grant that holds Mail.Read raises that grant too.
    expect(previewDirectGrant(input({ grants: [allPrincipals('Mail.Read')], scopes: ['offline_access'], rater })).highestRisk).toBe(both.highestRisk);
    // A grant already that risky is not raised by adding a low scope.
    expect(previewDirectGrant(input({ grants: [allPrincipals('Mail.Read offline_access')], scopes: ['User.Read'], rater })).highestRisk).toBe('low');
  });

  it("rates what it adds with the shared rater: Microsoft's privilege levels count on Microsoft Graph only", () => {
    const catalog = createPermissionCatalog([
      {
        id: 'c1',
        value: 'Calendars.Read',
        type: 'delegated',
        isAdmin: false,
        isEnabled: true,
        adminConsentDisplayName: 'Read calendars',
        adminConsentDescription: '',
        privilegeLevel: 1,
      },
    ]);
    const rated = (resource: ServicePrincipalInfo, rater = riskRater(catalog)) =>
      previewDirectGrant(input({ resource, scopes: ['Calendars.Read'], rater })).items[0]!.risk.tier;
    expect(rated(graph)).toBe('low');
    expect(rated(graph, riskRater())).toBe('medium');
    expect(rated({ ...graph, id: 'other-sp', appId: 'other-api' })).toBe('medium');
  });
});
