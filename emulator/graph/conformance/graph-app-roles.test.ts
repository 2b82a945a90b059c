// Microsoft Graph's own app roles: the role condition of the app role assignment pages — Privileged Role
// Administrator is the least role that can assign app roles of Microsoft Graph, Application / Cloud
// Application Administrators cannot — applies to assigning AND to removing them. Other resources' app roles
// stay with the listed app-admin roles. App-only callers are not limited by directory roles.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../index.ts';
import { graphAppRole } from '../../tenant/catalog.ts';
import { ROLE } from '../../tenant/roles.ts';
import { appToken, graph, IDS, startEmulator } from '../test-support.ts';
import { addUser, callAs } from './support.ts';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());
beforeEach(() => emulator.store.reset());

const GRAPH_ASSIGNMENT = 'AssignTailspinMailReadWrite000000000000005';
const writeScopes = ['AppRoleAssignment.ReadWrite.All', 'Application.Read.All'];
const DENIED = { code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' };

function otherResourceAssignment(): string {
  const notes = emulator.store.servicePrincipals.get(IDS.sps.litwareNotes)!;
  const role = notes.appRoles.find((r) => r.allowedMemberTypes.includes('User')) ?? notes.appRoles[0]!;
  return emulator.store.createAppRoleAssignment({ principalId: IDS.users.johanna, resourceId: notes.id, appRoleId: role.id }, {}).id;
}

describe('api-reference/v1.0/api/serviceprincipal-delete-approleassignedto.md: removing a Microsoft Graph app role needs Privileged Role Administrator', () => {
  const path = `/servicePrincipals/${IDS.sps.graph}/appRoleAssignedTo/${GRAPH_ASSIGNMENT}`;

  it('Cloud Application Administrator → 403 and the assignment stays', async () => {
    const res = await callAs(emulator, IDS.users.cloudApp, writeScopes, path, { method: 'DELETE' });
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject(DENIED);
    expect(emulator.store.appRoleAssignments.has(GRAPH_ASSIGNMENT)).toBe(true);
  });

  it('Application Administrator → 403', async () => {
    const appAdmin = addUser(emulator, [ROLE.applicationAdministrator]).id;
    expect((await callAs(emulator, appAdmin, writeScopes, path, { method: 'DELETE' })).status).toBe(403);
  });

  it('Privileged Role Administrator → 204, Global Administrator → 204', async () => {
    expect((await callAs(emulator, IDS.users.privRole, writeScopes, path, { method: 'DELETE' })).status).toBe(204);
    expect(emulator.store.appRoleAssignments.has(GRAPH_ASSIGNMENT)).toBe(false);
    emulator.store.reset();
    expect((await callAs(emulator, IDS.users.admin, writeScopes, path, { method: 'DELETE' })).status).toBe(204);
  });

  it("another resource's app role: Cloud Application Administrator → 204", async () => {
    const id = otherResourceAssignment();
    const res = await callAs(emulator, IDS.users.cloudApp, writeScopes, `/servicePrincipals/${IDS.sps.litwareNotes}/appRoleAssignedTo/${id}`, {
      method: 'DELETE',
    });
    expect(res.status).toBe(204);
  });

  it('app-only: AppRoleAssignment.ReadWrite.All removes a Microsoft Graph app role (no directory role applies)', async () => {
    const token = await appToken(emulator, ['AppRoleAssignment.ReadWrite.All']);
    expect((await graph(emulator, path, { method: 'DELETE', token })).status).toBe(204);
  });
});

describe('api-reference/v1.0/api/serviceprincipal-post-approleassignedto.md: assigning a Microsoft Graph app role needs Privileged Role Administrator', () => {
  const body = () => ({ principalId: IDS.sps.quickPdf, resourceId: IDS.sps.graph, appRoleId: graphAppRole('User.Read.All').id });
  const path = `/servicePrincipals/${IDS.sps.graph}/appRoleAssignedTo`;

  it('Cloud Application Administrator → 403, Privileged Role Administrator → 201', async () => {
    expect((await callAs(emulator, IDS.users.cloudApp, writeScopes, path, { method: 'POST', body: body() })).status).toBe(403);
    expect((await callAs(emulator, IDS.users.privRole, writeScopes, path, { method: 'POST', body: body() })).status).toBe(201);
  });
});

describe('api-reference/v1.0/api/serviceprincipal-delete-approleassignedto.md: the documented permission, not the devx map', () => {
  it('Application.ReadWrite.All alone (devx only, not in the docs table) → 403', async () => {
    const path = `/servicePrincipals/${IDS.sps.graph}/appRoleAssignedTo/${GRAPH_ASSIGNMENT}`;
    expect((await callAs(emulator, IDS.users.admin, ['Application.ReadWrite.All'], path, { method: 'DELETE' })).status).toBe(403);
  });
});

describe('api-reference/v1.0/api/serviceprincipal-post-approleassignedto.md: AppRoleAssignment.ReadWrite.All works only with Application.Read.All or Directory.Read.All', () => {
  it('alone → 403; with Directory.Read.All → 201', async () => {
    const path = `/servicePrincipals/${IDS.sps.litwareNotes}/appRoleAssignedTo`;
    const notes = emulator.store.servicePrincipals.get(IDS.sps.litwareNotes)!;
    const body = { principalId: IDS.users.pradeep, resourceId: notes.id, appRoleId: notes.appRoles[0]!.id };
    expect((await callAs(emulator, IDS.users.admin, ['AppRoleAssignment.ReadWrite.All'], path, { method: 'POST', body })).status).toBe(403);
    expect((await callAs(emulator, IDS.users.admin, ['AppRoleAssignment.ReadWrite.All', 'Directory.Read.All'], path, { method: 'POST', body })).status).toBe(
      201,
    );
  });
});
