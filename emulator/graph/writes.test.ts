// For each write route: allowed with the right permission and role; 403 without the permission; 403 with
// the permission but without the role; 401 with an expired token; 401 with another audience's token.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../index.ts';
import { graphAppRole } from '../tenant/catalog.ts';
import { graph, IDS, startEmulator, userToken } from './test-support.ts';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());
beforeEach(() => emulator.store.reset());

const NOTES_READER = '7d1e0c55-3f0a-4b6c-8d7e-9f0a1b2c3d31';

interface WriteCase {
  name: string;
  method: string;
  /** Builds the request against fresh state (after reset); returns path and body. */
  request: () => { path: string; body?: unknown };
  scopes: string[];
  /** A user whose directory role allows the write, and one whose role does not. */
  allowedUser: string;
  deniedUser: string;
  okStatus: number;
}

function seedGrant(): string {
  const grant = emulator.store.createGrant(
    { clientId: IDS.sps.quickPdf, resourceId: IDS.sps.graph, consentType: 'Principal', principalId: IDS.users.johanna, scope: 'User.Read' },
    {},
  );
  return grant.id;
}

function seedAssignment(): string {
  return emulator.store.createAppRoleAssignment({ principalId: IDS.users.johanna, resourceId: IDS.sps.litwareNotes, appRoleId: NOTES_READER }, {}).id;
}

const cases: WriteCase[] = [
  {
    name: 'POST /oauth2PermissionGrants',
    method: 'POST',
    request: () => ({
      path: '/oauth2PermissionGrants',
      body: { clientId: IDS.sps.quickPdf, consentType: 'Principal', principalId: IDS.users.pradeep, resourceId: IDS.sps.graph, scope: 'User.Read Files.Read' },
    }),
    scopes: ['DelegatedPermissionGrant.ReadWrite.All'],
    allowedUser: IDS.users.cloudApp,
    deniedUser: IDS.users.helpdesk,
    okStatus: 201,
  },
  {
    name: 'PATCH /oauth2PermissionGrants/{id}',
    method: 'PATCH',
    request: () => ({ path: `/oauth2PermissionGrants/${seedGrant()}`, body: { scope: 'User.Read Files.Read' } }),
    scopes: ['DelegatedPermissionGrant.ReadWrite.All'],
    allowedUser: IDS.users.admin,
    deniedUser: IDS.users.megan,
    okStatus: 204,
  },
  {
    name: 'DELETE /oauth2PermissionGrants/{id}',
    method: 'DELETE',
    request: () => ({ path: `/oauth2PermissionGrants/${seedGrant()}` }),
    scopes: ['DelegatedPermissionGrant.ReadWrite.All'],
    allowedUser: IDS.users.helpdeskLead,
    deniedUser: IDS.users.reader,
    okStatus: 204,
  },
  {
    name: 'POST /servicePrincipals/{id}/appRoleAssignedTo',
    method: 'POST',
    request: () => ({
      path: `/servicePrincipals/${IDS.sps.litwareNotes}/appRoleAssignedTo`,
      body: { principalId: IDS.users.pradeep, resourceId: IDS.sps.litwareNotes, appRoleId: NOTES_READER },
    }),
    scopes: ['AppRoleAssignment.ReadWrite.All', 'Application.Read.All'],
    allowedUser: IDS.users.cloudApp,
    deniedUser: IDS.users.helpdesk,
    okStatus: 201,
  },
  {
    name: 'DELETE /servicePrincipals/{id}/appRoleAssignedTo/{id}',
    method: 'DELETE',
    request: () => ({ path: `/servicePrincipals/${IDS.sps.litwareNotes}/appRoleAssignedTo/${seedAssignment()}` }),
    scopes: ['AppRoleAssignment.ReadWrite.All'],
    allowedUser: IDS.users.cloudApp,
    deniedUser: IDS.users.megan,
    okStatus: 204,
  },
  {
    name: 'POST /users/{id}/revokeSignInSessions',
    method: 'POST',
    request: () => ({ path: `/users/${IDS.users.megan}/revokeSignInSessions` }),
    scopes: ['User.RevokeSessions.All'],
    allowedUser: IDS.users.helpdesk,
    deniedUser: IDS.users.cloudApp,
    okStatus: 200,
  },
];

const now = () => Math.floor(Date.now() / 1000);

describe.each(cases)('$name', (c) => {
  const send = async (token: string) => {
    const { path, body } = c.request();
    return graph(emulator, path, { method: c.method, token, body: body ?? (c.method === 'POST' ? undefined : body) });
  };

  it('is allowed with the permission and the role, and audited', async () => {
    const auditBefore = emulator.store.audit.length;
    const res = await send(await userToken(emulator, { userId: c.allowedUser, scopes: c.scopes }));
    expect(res.status, res.text).toBe(c.okStatus);
    expect(emulator.store.audit.length).toBeGreaterThan(auditBefore);
    expect(emulator.store.audit.at(-1)?.initiatedBy.user?.id).toBe(c.allowedUser);
  });

  it('is 403 without the permission', async () => {
    const res = await send(await userToken(emulator, { userId: c.allowedUser, scopes: ['User.Read', 'Directory.Read.All'] }));
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject({ code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' });
  });

  it('is 403 with the permission but without the role', async () => {
    const res = await send(await userToken(emulator, { userId: c.deniedUser, scopes: c.scopes }));
    expect(res.status).toBe(403);
    expect(res.body.error?.code).toBe('Authorization_RequestDenied');
  });

  it('is 401 with an expired token', async () => {
    const res = await send(await userToken(emulator, { userId: c.allowedUser, scopes: c.scopes, issuedAt: now() - 7200, lifetimeSeconds: 3600 }));
    expect(res.status).toBe(401);
    expect(res.body.error).toMatchObject({ code: 'InvalidAuthenticationToken', message: 'Access token has expired or is not yet valid.' });
    expect(res.headers.get('www-authenticate')).toContain('authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize"');
  });

  it("is 401 with another audience's token", async () => {
    const res = await send(await userToken(emulator, { userId: c.allowedUser, scopes: c.scopes, audience: 'https://outlook.office365.com' }));
    expect(res.status).toBe(401);
    expect(res.body.error).toMatchObject({ code: 'InvalidAuthenticationToken', message: 'Access token validation failure. Invalid audience.' });
  });
});

describe('Microsoft Graph app roles', () => {
  const body = () => ({ principalId: IDS.sps.quickPdf, resourceId: IDS.sps.graph, appRoleId: graphAppRole('User.Read.All').id });
  const scopes = ['AppRoleAssignment.ReadWrite.All', 'Application.Read.All'];

  it('need Privileged Role Administrator (or Global Administrator), not Cloud Application Administrator', async () => {
    const path = `/servicePrincipals/${IDS.sps.graph}/appRoleAssignedTo`;
    const denied = await graph(emulator, path, { method: 'POST', body: body(), token: await userToken(emulator, { userId: IDS.users.cloudApp, scopes }) });
    expect(denied.status).toBe(403);
    const allowed = await graph(emulator, path, { method: 'POST', body: body(), token: await userToken(emulator, { userId: IDS.users.privRole, scopes }) });
    expect(allowed.status, allowed.text).toBe(201);
    expect(allowed.body).toMatchObject({ principalId: IDS.sps.quickPdf, resourceId: IDS.sps.graph, principalType: 'ServicePrincipal' });
  });

  it('AppRoleAssignment.ReadWrite.All alone is not enough: it only works together with Application.Read.All or Directory.Read.All', async () => {
    const path = `/servicePrincipals/${IDS.sps.graph}/appRoleAssignedTo`;
    const res = await graph(emulator, path, {
      method: 'POST',
      body: body(),
      token: await userToken(emulator, { userId: IDS.users.admin, scopes: ['AppRoleAssignment.ReadWrite.All'] }),
    });
    expect(res.status).toBe(403);
  });
});
