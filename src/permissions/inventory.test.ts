import { describe, expect, it } from 'vitest';
import type { AssignmentSnapshot, GrantSnapshot } from '../graph/entities';
import { csvCell, permissionRows, toCsv } from './export-inventory';
import { buildInventory, type ServicePrincipalInfo } from './inventory';

const graph: ServicePrincipalInfo = {
  id: 'graph',
  appId: '00000003-0000-0000-c000-000000000000',
  displayName: 'Microsoft Graph',
  appOwnerOrganizationId: 'f8cdef31-a31e-4b4a-93e4-5f571e91255a',
  appRoles: [
    { id: 'r1', value: 'RoleManagement.ReadWrite.Directory' },
    { id: 'r2', value: 'User.Read.All' },
  ],
};
const mailApp: ServicePrincipalInfo = { id: 'mail', appId: 'm', displayName: '=HYPERLINK("x")', verifiedPublisher: { verifiedPublisherId: null } };
const daemon: ServicePrincipalInfo = { id: 'daemon', appId: 'd', displayName: 'Daemon', verifiedPublisher: { verifiedPublisherId: '123' } };

const grant = (id: string, clientId: string, scope: string, principalId: string | null = null): GrantSnapshot => ({
  id,
  clientId,
  consentType: principalId ? 'Principal' : 'AllPrincipals',
  principalId,
  resourceId: 'graph',
  scope,
});
const grants = [
  grant('g1', 'mail', 'User.Read Mail.Read offline_access', 'u1'),
  grant('g2', 'mail', 'User.Read Mail.Read', 'u2'),
  grant('g3', 'mail', 'User.Read'),
];
const assignments: AssignmentSnapshot[] = [
  { id: 'a1', appRoleId: 'r1', principalId: 'daemon', resourceId: 'graph' },
  { id: 'a2', appRoleId: 'r2', principalId: 'daemon', resourceId: 'graph' },
];

describe('buildInventory', () => {
  const rows = buildInventory({ servicePrincipals: [graph, mailApp, daemon], grants, assignments });
  const row = (id: string) => rows.find((r) => r.sp.id === id)!;

  it('counts admin grants, distinct consenting users and app permissions', () => {
    expect(row('mail')).toMatchObject({ adminGrants: 1, consentingUsers: 2, appPermissions: 0 });
    expect(row('daemon')).toMatchObject({ adminGrants: 0, consentingUsers: 0, appPermissions: 2 });
  });

  it('rates the highest risk, raising mail access with offline_access', () => {
    expect(row('mail').risk).toBe('high');
    expect(row('daemon').risk).toBe('critical');
    expect(row('graph').risk).toBe('low');
  });
});

describe('export', () => {
  const rows = permissionRows({ servicePrincipals: [graph, mailApp, daemon], grants, assignments, userName: (id) => `User ${id}`, tenantId: 'our-tenant' });

  it('has one row per permission per grant or assignment', () => {
    expect(rows).toHaveLength(3 + 2 + 1 + 2);
    expect(rows[0]).toEqual({
      permissionType: 'Delegated',
      clientId: 'mail',
      clientDisplayName: '=HYPERLINK("x")',
      resourceId: 'graph',
      resourceDisplayName: 'Microsoft Graph',
      permission: 'User.Read',
      consentType: 'Principal',
      principalId: 'u1',
      principalDisplayName: 'User u1',
      clientType: 'Unverified publisher',
    });
    expect(rows.at(-1)).toMatchObject({
      permissionType: 'Application',
      clientDisplayName: 'Daemon',
      permission: 'User.Read.All',
      consentType: '',
      clientType: 'Verified publisher',
    });
  });

  it('never lets a spreadsheet evaluate a name', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+1')).toBe(`"'+1"`);
    expect(csvCell('plain')).toBe('plain');
    expect(toCsv(rows).split('\r\n')[1]).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
