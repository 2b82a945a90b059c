import { describe, expect, it } from 'vitest';
import type { AssignmentSnapshot, GrantSnapshot } from '../../../changes/types';
import type { TenantWideSnapshot } from '../../../graph/app-consent';
import { consentStateNames, describeGranted, grantedPermissions } from './granted-permissions';
import { diffTenantWide } from './tenant-wide-diff';

const GRAPH_SP = {
  id: 'sp-graph',
  appId: '00000003-0000-0000-c000-000000000000',
  displayName: 'Microsoft Graph',
  appRoles: [{ id: 'role-users', value: 'User.Read.All' }],
};
const resources = { [GRAPH_SP.id]: GRAPH_SP };
const tenantWide = (scope: string): GrantSnapshot => ({
  id: 'g1',
  clientId: 'sp-hr',
  consentType: 'AllPrincipals',
  principalId: null,
  resourceId: GRAPH_SP.id,
  scope,
});
const snapshot = (grants: GrantSnapshot[], assignments: AssignmentSnapshot[] = []): TenantWideSnapshot => ({
  servicePrincipalId: 'sp-hr',
  grants,
  assignments,
});
const appRole = (appRoleId: string): AssignmentSnapshot => ({
  id: 'a1',
  appRoleId,
  principalId: 'sp-hr',
  resourceId: GRAPH_SP.id,
  principalType: 'ServicePrincipal',
});
const DEFAULT = ['https://graph.microsoft.com/.default'];

describe('what an admin consent granted, named', () => {
  it('a /.default consent names what the re-read shows it added, delegated and application, by API', () => {
    const diff = diffTenantWide(snapshot([]), snapshot([tenantWide('User.Read User.ReadBasic.All')], [appRole('role-users')]));
    const granted = grantedPermissions(DEFAULT, { diff, state: { resources } });
    expect(granted).toEqual({
      from: 'read-back',
      apis: [{ api: 'Microsoft Graph', delegated: ['User.Read', 'User.ReadBasic.All'], application: ['User.Read.All'] }],
    });
    if (granted.from === 'configured') throw new Error('named');
    expect(describeGranted(granted.apis)).toBe('User.Read, User.ReadBasic.All (delegated) and User.Read.All (application) on Microsoft Graph');
    expect(describeGranted(granted.apis)).not.toContain('.default');
  });

  it('names only what was added, not what was held before', () => {
    const diff = diffTenantWide(snapshot([tenantWide('User.Read')]), snapshot([tenantWide('User.Read Mail.Read')]));
    expect(grantedPermissions(DEFAULT, { diff, state: { resources } })).toEqual({
      from: 'read-back',
      apis: [{ api: 'Microsoft Graph', delegated: ['Mail.Read'], application: [] }],
    });
  });

  it('named scopes with nothing new visible: the scopes the endpoint reported, by API', () => {
    const same = diffTenantWide(snapshot([tenantWide('Mail.Read')]), snapshot([tenantWide('Mail.Read')]));
    const granted = grantedPermissions(['https://graph.microsoft.com/Mail.Read', 'openid', 'api://hr/Reports.Read'], { diff: same, state: { resources } });
    expect(granted).toEqual({
      from: 'reported',
      apis: [
        { api: 'Microsoft Graph', delegated: ['Mail.Read'], application: [] },
        { api: 'api://hr', delegated: ['Reports.Read'], application: [] },
      ],
    });
  });

  it('a /.default consent before the re-read (or with nothing added) says what the registration configures', () => {
    expect(grantedPermissions(DEFAULT, undefined)).toEqual({ from: 'configured' });
    const same = diffTenantWide(snapshot([tenantWide('User.Read')]), snapshot([tenantWide('User.Read')]));
    expect(grantedPermissions(DEFAULT, { diff: same, state: { resources } })).toEqual({ from: 'configured' });
  });

  it('an application permission the API no longer publishes is named as such, its id secondary', () => {
    const diff = diffTenantWide(snapshot([]), snapshot([], [appRole('gone-role')]));
    const granted = grantedPermissions(DEFAULT, { diff, state: { resources } });
    expect(granted.from === 'read-back' && granted.apis[0]!.application).toEqual(['an app role no longer published (gone-role)']);
  });

  it('an API the read could not name is named as such, its id secondary', () => {
    const names = consentStateNames({ resources });
    expect(names.resourceName(GRAPH_SP.id)).toBe('Microsoft Graph');
    expect(names.resourceName('sp-gone')).toBe('an API not found in the tenant (sp-gone)');
    expect(names.roleName(GRAPH_SP.id, 'role-users')).toBe('User.Read.All');
  });
});
