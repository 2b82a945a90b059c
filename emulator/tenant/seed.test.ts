import { describe, expect, it } from 'vitest';
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
