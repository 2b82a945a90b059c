import { describe, expect, it } from 'vitest';
import { demoGovernance, GOVERNANCE_IDS } from './seed-governance.ts';
import { demoTenant, IDS } from './seed.ts';

const NORTHWIND = 'Northwind HR Portal';

function redirectUrisOf(snapshot: ReturnType<typeof demoTenant>, name: string) {
  const sp = snapshot.servicePrincipals.find((s) => s.displayName === name);
  return { spa: sp?.registration?.spaRedirectUris ?? [], web: sp?.registration?.webRedirectUris ?? [] };
}

describe('demoTenant redirect URIs', () => {
  it('registers Northwind HR Portal for the default admin-consent result pages only', () => {
    expect(redirectUrisOf(demoTenant(), NORTHWIND).web).toEqual([
      'https://hr.northwind.example/auth',
      'http://localhost:4180/admin-consent/result',
      'http://localhost:5173/admin-consent/result',
    ]);
  });

  it("extends Northwind's web redirect URIs with the console's extra ones, and no other app's", () => {
    const extra = ['http://localhost:4600/', 'http://localhost:4600/admin-consent/result'];
    const snapshot = demoTenant({ redirectUris: extra });
    expect(redirectUrisOf(snapshot, NORTHWIND).web).toEqual(expect.arrayContaining(extra));
    expect(redirectUrisOf(snapshot, 'Consent Console').spa).toEqual(expect.arrayContaining(extra));
    expect(redirectUrisOf(snapshot, 'Adatum Sign').web).not.toContain('http://localhost:4600/admin-consent/result');
  });
});

describe('demoTenant accounts and groups (issue 13: a Reports Reader, an Application Administrator, a guest, groups with app roles)', () => {
  const snapshot = demoTenant();
  const byUpn = (upn: string) => snapshot.users.find((u) => u.userPrincipalName === upn);

  it('adds the Reports Reader, the Application Administrator and an external guest with fixed ids', () => {
    expect(byUpn('reports@contoso.example')).toMatchObject({ id: IDS.users.reports, roleTemplateIds: ['4a5d8f65-41da-4de4-8968-e035b65339cf'] });
    expect(byUpn('appadmin@contoso.example')).toMatchObject({ id: IDS.users.appAdmin, roleTemplateIds: ['9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3'] });
    expect(byUpn('kai_fabrikam.example#EXT#@contoso.example')).toMatchObject({ id: IDS.users.kaiGuest, userType: 'Guest', mail: 'kai@fabrikam.example' });
  });

  it('Sales Team (Megan, Johanna) and HR Staff (Pradeep, Megan) each hold a Northwind HR Portal user role; Megan keeps a direct one', () => {
    expect(snapshot.groups?.map((g) => [g.displayName, g.memberIds])).toEqual([
      ['Sales Team', [IDS.users.megan, IDS.users.johanna]],
      ['HR Staff', [IDS.users.pradeep, IDS.users.megan]],
    ]);
    const northwind = snapshot.servicePrincipals.find((s) => s.id === IDS.sps.northwindHr)!;
    for (const [id, groupId, roleId] of [
      [IDS.groupAssignments.salesTeamEmployee, IDS.groups.salesTeam, IDS.northwindRoles.employee],
      [IDS.groupAssignments.hrStaffHrStaff, IDS.groups.hrStaff, IDS.northwindRoles.hrStaff],
    ] as const) {
      const a = snapshot.appRoleAssignments.find((x) => x.id === id);
      expect(a).toMatchObject({ principalId: groupId, principalType: 'Group', resourceId: IDS.sps.northwindHr, appRoleId: roleId });
      expect(northwind.appRoles.find((r) => r.id === roleId)?.allowedMemberTypes).toEqual(['User']);
    }
    expect(snapshot.appRoleAssignments.some((a) => a.principalId === IDS.users.megan && a.principalType === 'User')).toBe(true);
  });
});

describe('demoTenant consent governance (issue 17)', () => {
  const { governance } = demoTenant();

  it("keeps the demo's user consent (legacy policy), turns the workflow on with the Global Administrator reviewing", () => {
    expect(governance?.authorizationPolicy.defaultUserRolePermissions.permissionGrantPoliciesAssigned).toEqual([
      'ManagePermissionGrantsForSelf.microsoft-user-default-legacy',
    ]);
    expect(governance?.adminConsentRequestPolicy).toMatchObject({
      isEnabled: true,
      requestDurationInDays: 30,
      reviewers: [{ query: `/users/${IDS.users.admin}` }],
    });
  });

  it('ships pending requests from plain users, a custom policy with an exclude, and low classifications on Microsoft Graph', () => {
    const requesters = governance?.appConsentRequests.flatMap((r) => r.userConsentRequests.map((u) => [r.id, u.createdBy.user.id, u.status]));
    expect(requesters).toEqual([
      [GOVERNANCE_IDS.requests.quickPdf, IDS.users.johanna, 'InProgress'],
      [GOVERNANCE_IDS.requests.quickPdf, IDS.users.pradeep, 'InProgress'],
      [GOVERNANCE_IDS.requests.northwindHr, IDS.users.isaiah, 'InProgress'],
    ]);
    const custom = governance?.permissionGrantPolicies.find((p) => p.id === GOVERNANCE_IDS.customPolicy);
    expect([custom?.includes.length, custom?.excludes.length]).toEqual([1, 1]);
    expect(governance?.classifications.map((c) => c.permissionName)).toEqual(['User.Read', 'openid', 'profile', 'email', 'offline_access']);
  });

  it('is the same for two seeds of one day (request dates count from the start-up day)', () => {
    const morning = Date.parse('2026-12-02T00:00:01Z');
    expect(demoGovernance(morning)).toEqual(demoGovernance(morning + 20 * 60 * 60 * 1000));
  });
});
