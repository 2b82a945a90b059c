// Groups: members, app role assignments to groups, a user's list including them, memberOf's limited objects.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../index.ts';
import { ROLE } from '../tenant/roles.ts';
import { graph, IDS, startEmulator, userToken } from './test-support.ts';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());
beforeEach(() => emulator.store.reset());

const admin = (scopes: string[]) => userToken(emulator, { userId: IDS.users.admin, scopes });
const EVENTUAL = { ConsistencyLevel: 'eventual' };
const G = IDS.groups;
const A = IDS.groupAssignments;

describe('groups (GET /groups, /groups/{id}, /groups/{id}/members)', () => {
  it('lists and gets the seeded groups', async () => {
    const token = await admin(['Group.Read.All']);
    const list = await graph(emulator, '/groups', { token });
    expect(list.status).toBe(200);
    expect(list.body.value?.map((g) => g.displayName)).toEqual(['Sales Team', 'HR Staff']);
    const one = await graph(emulator, `/groups/${G.hrStaff}`, { token });
    expect(one.body).toMatchObject({ id: G.hrStaff, displayName: 'HR Staff', securityEnabled: true, mailEnabled: false, groupTypes: [] });
    expect((await graph(emulator, '/groups/30000000-0000-4000-8000-0000000000ff', { token })).status).toBe(404);
  });

  it('members are users (#microsoft.graph.user); $count=true needs ConsistencyLevel: eventual; /$count is text/plain', async () => {
    const token = await admin(['GroupMember.Read.All']);
    const members = await graph(emulator, `/groups/${G.salesTeam}/members?$count=true`, { token, headers: EVENTUAL });
    expect(members.body['@odata.count']).toBe(2);
    expect(members.body.value?.map((m) => [m['@odata.type'], m.id])).toEqual([
      ['#microsoft.graph.user', IDS.users.megan],
      ['#microsoft.graph.user', IDS.users.johanna],
    ]);
    expect((await graph(emulator, `/groups/${G.salesTeam}/members?$count=true`, { token })).status).toBe(400);
    const count = await graph(emulator, `/groups/${G.salesTeam}/members/$count`, { token, headers: EVENTUAL });
    expect(count.headers.get('content-type')).toContain('text/plain');
    expect(count.text).toBe('2');
    expect((await graph(emulator, `/groups/${G.salesTeam}/members/$count`, { token })).status).toBe(400);
  });
});

describe('api-reference/v1.0/api/group-list-approleassignments.md and group-delete-approleassignments.md', () => {
  it("lists the app roles assigned to the group itself (principalType Group, the group's name)", async () => {
    const res = await graph(emulator, `/groups/${G.hrStaff}/appRoleAssignments`, { token: await admin(['Directory.Read.All']) });
    expect(res.status).toBe(200);
    expect(res.body.value).toEqual([
      expect.objectContaining({
        id: A.hrStaffHrStaff,
        principalId: G.hrStaff,
        principalType: 'Group',
        principalDisplayName: 'HR Staff',
        resourceId: IDS.sps.northwindHr,
        appRoleId: IDS.northwindRoles.hrStaff,
      }),
    ]);
  });

  it('DELETE /groups/{id}/appRoleAssignments/{id} → 204, audited as a group assignment; a second DELETE → 404', async () => {
    const token = await admin(['AppRoleAssignment.ReadWrite.All']);
    const res = await graph(emulator, `/groups/${G.hrStaff}/appRoleAssignments/${A.hrStaffHrStaff}`, { method: 'DELETE', token });
    expect(res.status).toBe(204);
    expect(emulator.store.appRoleAssignments.has(A.hrStaffHrStaff)).toBe(false);
    expect(emulator.store.audit.at(-1)?.activityDisplayName).toBe('Remove app role assignment from group');
    expect((await graph(emulator, `/groups/${G.hrStaff}/appRoleAssignments/${A.hrStaffHrStaff}`, { method: 'DELETE', token })).status).toBe(404);
  });

  it("another group's assignment id under this group → 404", async () => {
    const token = await admin(['AppRoleAssignment.ReadWrite.All']);
    expect((await graph(emulator, `/groups/${G.salesTeam}/appRoleAssignments/${A.hrStaffHrStaff}`, { method: 'DELETE', token })).status).toBe(404);
  });

  it("the resource's appRoleAssignedTo lists group assignments, and DELETE there removes them too", async () => {
    const token = await admin(['AppRoleAssignment.ReadWrite.All', 'Application.Read.All']);
    const list = await graph(emulator, `/servicePrincipals/${IDS.sps.northwindHr}/appRoleAssignedTo`, { token });
    expect(list.body.value?.map((a) => a.principalId).sort()).toEqual([G.salesTeam, G.hrStaff].sort());
    const res = await graph(emulator, `/servicePrincipals/${IDS.sps.northwindHr}/appRoleAssignedTo/${A.salesTeamEmployee}`, { method: 'DELETE', token });
    expect(res.status).toBe(204);
    expect(emulator.store.appRoleAssignments.has(A.salesTeamEmployee)).toBe(false);
  });
});

describe('api-reference/v1.0/api/user-list-approleassignments.md: includes assignments of groups the user is a DIRECT member of', () => {
  it("Megan's list: her own assignment (User) plus both groups' (principalType Group, principalId the group id)", async () => {
    const res = await graph(emulator, `/users/${IDS.users.megan}/appRoleAssignments`, { token: await admin(['Directory.Read.All']) });
    expect(res.status).toBe(200);
    const rows = res.body.value?.map((a) => [a.id, a.principalType, a.principalId]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['AssignMeganLitwareNotesReader0000000000008', 'User', IDS.users.megan],
        [A.salesTeamEmployee, 'Group', G.salesTeam],
        [A.hrStaffHrStaff, 'Group', G.hrStaff],
      ]),
    );
    expect(rows).toHaveLength(3);
  });

  it('a user in no group sees only their own; /me gives the same list as /users/{id}', async () => {
    const isaiah = await graph(emulator, `/users/${IDS.users.isaiah}/appRoleAssignments`, { token: await admin(['Directory.Read.All']) });
    expect(isaiah.body.value).toEqual([]);
    const johanna = await userToken(emulator, { userId: IDS.users.johanna, scopes: ['Directory.Read.All'] });
    emulator.store.users.get(IDS.users.johanna)!.roleTemplateIds.push(ROLE.directoryReaders);
    const mine = await graph(emulator, '/me/appRoleAssignments', { token: johanna });
    expect(mine.status).toBe(200);
    expect(mine.body.value?.map((a) => a.id)).toEqual([A.salesTeamEmployee]);
  });
});

describe('api-reference/v1.0/api/user-list-memberof.md: groups and directory roles; unreadable types come back with only @odata.type and id', () => {
  it('with Directory.Read.All: full groups and directory roles', async () => {
    const token = await userToken(emulator, { userId: IDS.users.megan, scopes: ['Directory.Read.All'] });
    emulator.store.users.get(IDS.users.megan)!.roleTemplateIds.push(ROLE.directoryReaders);
    const res = await graph(emulator, '/me/memberOf', { token });
    expect(res.status).toBe(200);
    const types = res.body.value?.map((o) => o['@odata.type']);
    expect(types).toEqual(['#microsoft.graph.group', '#microsoft.graph.group', '#microsoft.graph.directoryRole']);
    expect(res.body.value?.[0]).toMatchObject({ displayName: 'Sales Team', securityEnabled: true });
    expect(res.body.value?.[2]).toHaveProperty('roleTemplateId');
  });

  it('with only User.Read: groups and directory roles carry only @odata.type and id (no roleTemplateId, no displayName)', async () => {
    const token = await userToken(emulator, { userId: IDS.users.admin, scopes: ['User.Read'] });
    emulator.store.groups.get(G.salesTeam)!.memberIds.push(IDS.users.admin);
    const res = await graph(emulator, '/me/memberOf', { token });
    expect(res.status).toBe(200);
    expect(res.body.value).toEqual([
      { '@odata.type': '#microsoft.graph.group', id: G.salesTeam },
      { '@odata.type': '#microsoft.graph.directoryRole', id: expect.any(String) },
    ]);
  });

  it('GroupMember.Read.All reads groups but not directory roles (stricter)', async () => {
    const token = await userToken(emulator, { userId: IDS.users.admin, scopes: ['GroupMember.Read.All'] });
    emulator.store.groups.get(G.hrStaff)!.memberIds.push(IDS.users.admin);
    const res = await graph(emulator, `/users/${IDS.users.admin}/transitiveMemberOf`, { token });
    expect(res.status).toBe(200);
    expect(res.body.value?.[0]).toMatchObject({ '@odata.type': '#microsoft.graph.group', displayName: 'HR Staff' });
    expect(res.body.value?.[1]).toEqual({ '@odata.type': '#microsoft.graph.directoryRole', id: expect.any(String) });
  });
});
