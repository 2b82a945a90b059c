import { describe, expect, it } from 'vitest';
import { createPermissionCatalog } from '../../../permissions/catalog';
import type { ServicePrincipalInfo } from '../../../permissions/inventory';
import { GRAPH_APP_ID } from '../../../graph/microsoft-graph';
import { buildAppDetail, isGraphPermission, removeScopesChange, revokeAppRoleChange, revokeEverythingChanges } from './app-detail-model';

const graph: ServicePrincipalInfo = {
  id: 'graph',
  appId: GRAPH_APP_ID,
  displayName: 'Microsoft Graph',
  appRoles: [{ id: 'role-mail', value: 'Mail.ReadWrite', displayName: 'Read and write mail in all mailboxes', allowedMemberTypes: ['Application'] }],
};
const api: ServicePrincipalInfo = {
  id: 'api',
  appId: 'api-app',
  displayName: 'Contoso API',
  oauth2PermissionScopes: [
    { id: 's1', value: 'Orders.Read', type: 'Admin', adminConsentDisplayName: 'Read orders', adminConsentDescription: 'Reads every order.' },
  ],
};
const client: ServicePrincipalInfo = { id: 'client', appId: 'client-app', displayName: '<img src=x onerror=alert(1)>' };
const catalog = createPermissionCatalog([
  {
    id: 'p1',
    value: 'Mail.Read',
    type: 'delegated',
    isAdmin: false,
    isEnabled: true,
    adminConsentDisplayName: 'Read user mail',
    adminConsentDescription: 'Reads mail.',
    privilegeLevel: 3,
  },
]);

const inventory = {
  servicePrincipals: [graph, api, client],
  grants: [
    { id: 'g-user', clientId: 'client', consentType: 'Principal' as const, principalId: 'u1', resourceId: 'graph', scope: 'Mail.Read offline_access' },
    { id: 'g-all', clientId: 'client', consentType: 'AllPrincipals' as const, principalId: null, resourceId: 'graph', scope: 'User.Read' },
    { id: 'g-api', clientId: 'client', consentType: 'AllPrincipals' as const, principalId: null, resourceId: 'api', scope: 'Orders.Read' },
    { id: 'other', clientId: 'someone-else', consentType: 'AllPrincipals' as const, principalId: null, resourceId: 'graph', scope: 'User.Read' },
  ],
  assignments: [{ id: 'a1', appRoleId: 'role-mail', principalId: 'client', resourceId: 'graph' }],
};
const users = new Map([['u1', { id: 'u1', displayName: 'Megan Bowen', userPrincipalName: 'megan@contoso.example' }]]);

describe('buildAppDetail', () => {
  const detail = buildAppDetail('client', { inventory, catalog, users })!;

  it("groups grants by API, admin consent first, with the user's name", () => {
    expect(detail.resources.map((r) => r.resourceName)).toEqual(['Contoso API', 'Microsoft Graph']);
    const graphGrants = detail.resources[1]!.grants;
    expect(graphGrants.map((g) => g.principalLabel)).toEqual(['All users (admin consent)', 'Megan Bowen (megan@contoso.example)']);
    expect(graphGrants[1]!.risk.tier).toBe('high');
  });

  it("describes Graph scopes from the catalogue and other APIs' scopes from their service principal", () => {
    const mail = detail.resources[1]!.grants[1]!.scopes[0]!;
    expect(mail).toMatchObject({ value: 'Mail.Read', name: 'Read user mail', adminOnly: false });
    expect(detail.resources[0]!.grants[0]!.scopes[0]).toMatchObject({ name: 'Read orders', description: 'Reads every order.', adminOnly: true });
  });

  it('resolves application permissions to app-role names through the resource', () => {
    expect(detail.appPermissions[0]).toMatchObject({ value: 'Mail.ReadWrite', resourceName: 'Microsoft Graph', risk: { tier: 'critical' } });
  });

  it('revoking everything covers every grant and assignment of this app only; removing scopes names them', () => {
    const changes = revokeEverythingChanges(detail);
    expect(changes.map((c) => c.kind)).toEqual(['revoke-grant', 'revoke-grant', 'revoke-grant', 'revoke-app-role']);
    expect(removeScopesChange(detail.resources[1]!.grants[1]!, ['offline_access'])).toMatchObject({ kind: 'remove-scopes', scopes: ['offline_access'] });
  });

  it("knows Microsoft Graph's own app roles (they need Privileged Role Administrator) and names Graph's appId in the change", () => {
    const permission = detail.appPermissions[0]!;
    expect(isGraphPermission(permission)).toBe(true);
    expect(isGraphPermission({ resourceAppId: 'api-app' })).toBe(false);
    expect(revokeAppRoleChange(permission).names.resourceAppId).toBe(GRAPH_APP_ID);
  });

  it('is undefined for an unknown id', () => {
    expect(buildAppDetail('nope', { inventory })).toBeUndefined();
  });
});
