// Delegated reads need one of the directory roles the API reference lists (emulator/rules), as writes do;
// Global Administrator holds every role; roles: null = any member user. The Helpdesk Administrator is on
// none of the grant / app role assignment lists, so it reads neither.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../index.ts';
import { ROLE } from '../../tenant/roles.ts';
import { graph, IDS, startEmulator, userToken } from '../test-support.ts';
import { addUser, callAs } from './support.ts';

let emulator: Emulator;
beforeAll(async () => {
  // The reports limit has its own tests (reports-limit.test.ts); here it would only count the audit calls.
  emulator = await startEmulator({ reportsLimit: false });
});
afterAll(() => emulator.close());

const DENIED = { code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' };
const readAll = ['Directory.Read.All'];
const helpdesk = () => addUser(emulator, [ROLE.helpdeskAdministrator]).id;
const globalReader = () => addUser(emulator, [ROLE.globalReader]).id;

describe('api-reference/v1.0/api/oauth2permissiongrant-list.md: listing grants needs a listed role', () => {
  it('Helpdesk Administrator → 403, Global Reader → 200, Global Administrator → 200', async () => {
    const denied = await callAs(emulator, helpdesk(), readAll, '/oauth2PermissionGrants');
    expect(denied.status).toBe(403);
    expect(denied.body.error).toMatchObject(DENIED);
    expect((await callAs(emulator, globalReader(), readAll, '/oauth2PermissionGrants')).status).toBe(200);
    expect((await callAs(emulator, IDS.users.admin, readAll, '/oauth2PermissionGrants')).status).toBe(200);
  });

  it('a user without any role → 403 even with Directory.Read.All', async () => {
    expect((await callAs(emulator, IDS.users.megan, readAll, '/oauth2PermissionGrants')).status).toBe(403);
  });

  it('the role is read from the store, not the token: a role removed after sign-in stops working', async () => {
    const reader = addUser(emulator, [ROLE.globalReader]);
    const token = await userToken(emulator, { userId: reader.id, scopes: readAll });
    reader.roleTemplateIds = [];
    const res = await graph(emulator, '/oauth2PermissionGrants', { token });
    expect(res.status).toBe(403);
  });
});

describe("api-reference/v1.0/api/user-list-oauth2permissiongrants.md: a user's grants need a listed role", () => {
  it('Helpdesk Administrator → 403, Global Reader → 200', async () => {
    const path = `/users/${IDS.users.megan}/oauth2PermissionGrants`;
    expect((await callAs(emulator, helpdesk(), readAll, path)).status).toBe(403);
    expect((await callAs(emulator, globalReader(), readAll, path)).status).toBe(200);
  });
});

describe("api-reference/v1.0/api/user-list-approleassignments.md: a user's app role assignments need a listed role", () => {
  it('Helpdesk Administrator → 403, Directory Readers and Cloud Application Administrator → 200', async () => {
    const path = `/users/${IDS.users.megan}/appRoleAssignments`;
    expect((await callAs(emulator, helpdesk(), readAll, path)).status).toBe(403);
    expect((await callAs(emulator, addUser(emulator, [ROLE.directoryReaders]).id, readAll, path)).status).toBe(200);
    expect((await callAs(emulator, IDS.users.cloudApp, readAll, path)).status).toBe(200);
  });
});

describe("api-reference/v1.0/api/serviceprincipal-list-approleassignedto.md: who holds an app's roles needs a listed role", () => {
  it('Helpdesk Administrator → 403, Application Administrator → 200', async () => {
    const path = `/servicePrincipals/${IDS.sps.graph}/appRoleAssignedTo`;
    expect((await callAs(emulator, helpdesk(), ['Application.Read.All'], path)).status).toBe(403);
    expect((await callAs(emulator, addUser(emulator, [ROLE.applicationAdministrator]).id, ['Application.Read.All'], path)).status).toBe(200);
  });
});

describe('api-reference/v1.0/api/directoryaudit-list.md: directory audits need Reports Reader, Security Reader or Security Administrator', () => {
  const auditScopes = ['AuditLog.Read.All', 'Directory.Read.All'];
  it('Reports Reader → 200; Cloud Application Administrator, User Administrator, Privileged Role Administrator → 403', async () => {
    expect((await callAs(emulator, addUser(emulator, [ROLE.reportsReader]).id, auditScopes, '/auditLogs/directoryAudits')).status).toBe(200);
    for (const role of [ROLE.cloudApplicationAdministrator, ROLE.userAdministrator, ROLE.privilegedRoleAdministrator]) {
      const res = await callAs(emulator, addUser(emulator, [role]).id, auditScopes, '/auditLogs/directoryAudits');
      expect(res.status, role).toBe(403);
      expect(res.body.error).toMatchObject(DENIED);
    }
  });

  it('Security Reader and Global Administrator → 200', async () => {
    expect((await callAs(emulator, addUser(emulator, [ROLE.securityReader]).id, auditScopes, '/auditLogs/directoryAudits')).status).toBe(200);
    expect((await callAs(emulator, IDS.users.admin, auditScopes, '/auditLogs/directoryAudits?$top=1')).status).toBe(200);
  });
});

describe('api-reference/v1.0/api/user-get.md: roles: null — any member user may read users with the permission', () => {
  it('a user without roles reads another user with User.ReadBasic.All', async () => {
    expect((await callAs(emulator, IDS.users.megan, ['User.ReadBasic.All'], `/users/${IDS.users.johanna}`)).status).toBe(200);
  });
});

describe('api-reference/v1.0/api/user-list.md: guests get 403 on GET /users', () => {
  it('a guest with User.ReadBasic.All → 403; a member with it → 200', async () => {
    const guest = addUser(emulator, [], { userType: 'Guest' });
    const denied = await callAs(emulator, guest.id, ['User.ReadBasic.All'], '/users');
    expect(denied.status).toBe(403);
    expect(denied.body.error).toMatchObject(DENIED);
    expect((await callAs(emulator, IDS.users.megan, ['User.ReadBasic.All'], '/users')).status).toBe(200);
  });
});

describe('api-reference/v1.0/api/user-revokesigninsessions.md: docs name no role; the stricter Entra permissions-reference list applies', () => {
  it('Authentication Administrator → 200, a user without roles → 403', async () => {
    const path = `/users/${IDS.users.megan}/revokeSignInSessions`;
    const authAdmin = addUser(emulator, [ROLE.authenticationAdministrator]).id;
    expect((await callAs(emulator, authAdmin, ['User.RevokeSessions.All'], path, { method: 'POST' })).status).toBe(200);
    expect((await callAs(emulator, IDS.users.johanna, ['User.RevokeSessions.All'], path, { method: 'POST' })).status).toBe(403);
  });
});

describe('MicrosoftDocs/entra-docs permissions-reference.md: Global Reader reads everything a Global Administrator can, changes nothing', () => {
  it('reads lists whose documented roles omit it (audits, app role assignments) but cannot write', async () => {
    const reader = globalReader();
    const audits = await callAs(emulator, reader, ['AuditLog.Read.All', 'Directory.Read.All'], '/auditLogs/directoryAudits?$top=1');
    expect(audits.status).toBe(200);
    expect((await callAs(emulator, reader, readAll, `/users/${IDS.users.megan}/appRoleAssignments`)).status).toBe(200);
    const grant = await callAs(
      emulator,
      reader,
      ['DelegatedPermissionGrant.ReadWrite.All'],
      `/oauth2PermissionGrants/GrantMailHelperMeganGraph00000000000000006`,
      { method: 'DELETE' },
    );
    expect(grant.status).toBe(403);
  });
});
