import { describe, expect, it } from 'vitest';
import { GRAPH_APP_ID } from '../graph/microsoft-graph';
import type { ServicePrincipalInfo } from '../permissions/inventory';
import {
  appRoleNames,
  appRoleValue,
  grantNames,
  namingFrom,
  removeScopesChange,
  revokeAllChanges,
  revokeAppRoleChange,
  revokeGrantChange,
  userLabel,
} from './builders';
import { describeChange } from './changes';
import type { AssignmentSnapshot, GrantSnapshot } from './types';

const graph: ServicePrincipalInfo = {
  id: 'graph',
  appId: GRAPH_APP_ID,
  displayName: 'Microsoft Graph',
  appRoles: [{ id: 'role-mail', value: 'Mail.ReadWrite' }],
};
const client: ServicePrincipalInfo = { id: 'client', appId: 'client-app', displayName: 'Mail Helper Pro' };
const users = new Map([
  ['u1', { id: 'u1', displayName: 'Megan Bowen', userPrincipalName: 'megan@contoso.example' }],
  ['u2', { id: 'u2', displayName: null, userPrincipalName: 'johanna@contoso.example' }],
]);
const naming = namingFrom([graph, client], users);

const userGrant: GrantSnapshot = {
  id: 'g1',
  clientId: 'client',
  consentType: 'Principal',
  principalId: 'u1',
  resourceId: 'graph',
  scope: 'User.Read Mail.ReadWrite',
};
const adminGrant: GrantSnapshot = { id: 'g2', clientId: 'client', consentType: 'AllPrincipals', principalId: null, resourceId: 'graph', scope: 'User.Read' };
const assignment: AssignmentSnapshot = { id: 'a1', appRoleId: 'role-mail', principalId: 'client', resourceId: 'graph' };

describe('change names', () => {
  it('names a user by display name and UPN, whichever is known, else by id', () => {
    expect(userLabel(users, 'u1')).toBe('Megan Bowen (megan@contoso.example)');
    expect(userLabel(users, 'u2')).toBe('johanna@contoso.example');
    expect(userLabel(users, 'u9')).toBe('User u9');
    expect(userLabel(undefined, 'u1')).toBe('User u1');
  });

  it("names a grant's app, API and, for a user's consent only, the user", () => {
    expect(grantNames(userGrant, naming)).toEqual({
      clientName: 'Mail Helper Pro',
      resourceName: 'Microsoft Graph',
      principalName: 'Megan Bowen (megan@contoso.example)',
    });
    expect(grantNames(adminGrant, naming).principalName).toBeUndefined();
  });

  it("names an application permission by the resource's app role value, with the resource's appId", () => {
    expect(appRoleNames(assignment, naming)).toEqual({
      clientName: 'Mail Helper Pro',
      resourceName: 'Microsoft Graph',
      resourceAppId: GRAPH_APP_ID,
      permission: 'Mail.ReadWrite',
    });
  });

  it('falls back to what the assignment carries when the resource or its role is gone', () => {
    const orphan: AssignmentSnapshot = { id: 'a2', appRoleId: 'gone-role', principalId: 'client', resourceId: 'gone', resourceDisplayName: 'Old API' };
    expect(appRoleValue(orphan, undefined)).toBe('gone-role');
    expect(appRoleNames(orphan, naming)).toMatchObject({ resourceName: 'Old API', resourceAppId: undefined, permission: 'gone-role' });
  });
});

describe('change builders', () => {
  const named = { grant: userGrant, names: grantNames(userGrant, naming) };

  it('revokes a grant as it was read, described with its names', () => {
    const change = revokeGrantChange(named);
    expect(change).toEqual({ kind: 'revoke-grant', grant: userGrant, names: named.names });
    expect(describeChange(change)).toContain('Mail Helper Pro');
  });

  it('removes exactly the scopes given, copied (the caller may go on changing its list)', () => {
    const scopes = ['Mail.ReadWrite'];
    const change = removeScopesChange(named, scopes);
    scopes.push('User.Read');
    expect(change).toMatchObject({ kind: 'remove-scopes', grant: userGrant, scopes: ['Mail.ReadWrite'] });
  });

  it('removes an application permission; everything is grants first, then application permissions', () => {
    const role = { assignment, names: appRoleNames(assignment, naming) };
    expect(revokeAppRoleChange(role)).toEqual({ kind: 'revoke-app-role', assignment, names: role.names });
    const all = revokeAllChanges([named, { grant: adminGrant, names: grantNames(adminGrant, naming) }], [role]);
    expect(all.map((c) => c.kind)).toEqual(['revoke-grant', 'revoke-grant', 'revoke-app-role']);
  });
});
