// Replication delay mode: Graph reads of grants and app role assignments see a write only after the delay;
// writes act on the primary state (graph-api-rules.json: "Replication delay after create/update/delete of
// the grant" — api-reference/v1.0/api/oauth2permissiongrant-get.md; "Replication delay after granting/removing
// assignments" — api-reference/v1.0/resources/approleassignment.md).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../index.ts';
import { graph, IDS, startEmulator, userToken } from './test-support.ts';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());
beforeEach(() => emulator.store.reset());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const token = () =>
  userToken(emulator, {
    userId: IDS.users.admin,
    scopes: ['DelegatedPermissionGrant.ReadWrite.All', 'AppRoleAssignment.ReadWrite.All', 'Application.Read.All', 'Directory.Read.All'],
  });
const newGrant = { clientId: IDS.sps.quickPdf, consentType: 'Principal', principalId: IDS.users.pradeep, resourceId: IDS.sps.graph, scope: 'User.Read' };
const MEGAN_PDF = 'GrantQuickPdfMeganGraph00000000000000000010';

async function settings(body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(
    `${emulator.identityUrl}/_emulator/settings`,
    body === undefined ? {} : { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } },
  );
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

describe('replication delay: grants (api-reference/v1.0/api/oauth2permissiongrant-get.md)', () => {
  beforeEach(() => emulator.store.configure({ replicationDelayMs: 60_000 }));

  it('a grant created < delay ago: 404 by id, absent from lists; a duplicate POST still → 409 (primary)', async () => {
    const t = await token();
    const created = await graph(emulator, '/oauth2PermissionGrants', { method: 'POST', token: t, body: newGrant });
    expect(created.status).toBe(201);
    const id = String(created.body.id);
    expect((await graph(emulator, `/oauth2PermissionGrants/${id}`, { token: t })).status).toBe(404);
    const list = await graph(emulator, `/oauth2PermissionGrants?$filter=clientId eq '${IDS.sps.quickPdf}'`, { token: t });
    expect(list.body.value?.map((g) => g.id)).not.toContain(id);
    const users = await graph(emulator, `/users/${IDS.users.pradeep}/oauth2PermissionGrants`, { token: t });
    expect(users.body.value?.map((g) => g.id)).not.toContain(id);
    expect((await graph(emulator, '/oauth2PermissionGrants', { method: 'POST', token: t, body: newGrant })).status).toBe(409);
  });

  it('a grant deleted < delay ago is still returned; a second DELETE → 404 (primary)', async () => {
    const t = await token();
    expect((await graph(emulator, `/oauth2PermissionGrants/${MEGAN_PDF}`, { method: 'DELETE', token: t })).status).toBe(204);
    expect((await graph(emulator, `/oauth2PermissionGrants/${MEGAN_PDF}`, { token: t })).body.scope).toBe('User.Read Files.Read');
    const bySp = await graph(emulator, `/servicePrincipals/${IDS.sps.quickPdf}/oauth2PermissionGrants`, { token: t });
    expect(bySp.body.value?.map((g) => g.id)).toContain(MEGAN_PDF);
    expect((await graph(emulator, `/oauth2PermissionGrants/${MEGAN_PDF}`, { method: 'DELETE', token: t })).status).toBe(404);
  });

  it('a PATCHed grant shows its old scope', async () => {
    const t = await token();
    expect((await graph(emulator, `/oauth2PermissionGrants/${MEGAN_PDF}`, { method: 'PATCH', token: t, body: { scope: 'User.Read' } })).status).toBe(204);
    expect((await graph(emulator, `/oauth2PermissionGrants/${MEGAN_PDF}`, { token: t })).body.scope).toBe('User.Read Files.Read');
    expect(emulator.store.grants.get(MEGAN_PDF)?.scope).toBe('User.Read');
  });

  it('the identity side uses the primary state: a deleted grant is not in the consented scopes', async () => {
    const t = await token();
    await graph(emulator, `/oauth2PermissionGrants/${MEGAN_PDF}`, { method: 'DELETE', token: t });
    expect(emulator.store.grantedScopes(IDS.sps.quickPdf, IDS.sps.graph, IDS.users.megan).size).toBe(0);
  });
});

describe('replication delay: app role assignments (api-reference/v1.0/resources/approleassignment.md)', () => {
  beforeEach(() => emulator.store.configure({ replicationDelayMs: 60_000 }));

  it('a removed assignment is still listed on the resource, the group and the user; removing it again → 404', async () => {
    const t = await token();
    const path = `/servicePrincipals/${IDS.sps.northwindHr}/appRoleAssignedTo/${IDS.groupAssignments.hrStaffHrStaff}`;
    expect((await graph(emulator, path, { method: 'DELETE', token: t })).status).toBe(204);
    const assignedTo = await graph(emulator, `/servicePrincipals/${IDS.sps.northwindHr}/appRoleAssignedTo`, { token: t });
    expect(assignedTo.body.value?.map((a) => a.id)).toContain(IDS.groupAssignments.hrStaffHrStaff);
    const ofGroup = await graph(emulator, `/groups/${IDS.groups.hrStaff}/appRoleAssignments`, { token: t });
    expect(ofGroup.body.value).toHaveLength(1);
    const ofUser = await graph(emulator, `/users/${IDS.users.pradeep}/appRoleAssignments`, { token: t });
    expect(ofUser.body.value?.map((a) => a.id)).toEqual([IDS.groupAssignments.hrStaffHrStaff]);
    expect((await graph(emulator, path, { method: 'DELETE', token: t })).status).toBe(404);
  });

  it('a new assignment is not listed yet', async () => {
    const t = await token();
    const body = { principalId: IDS.users.isaiah, resourceId: IDS.sps.litwareNotes, appRoleId: '7d1e0c55-3f0a-4b6c-8d7e-9f0a1b2c3d32' };
    expect((await graph(emulator, `/servicePrincipals/${IDS.sps.litwareNotes}/appRoleAssignedTo`, { method: 'POST', token: t, body })).status).toBe(201);
    expect((await graph(emulator, `/users/${IDS.users.isaiah}/appRoleAssignments`, { token: t })).body.value).toEqual([]);
  });
});

describe('replication delay: after the delay, and its controls', () => {
  it('a write becomes visible once the delay has passed', async () => {
    emulator.store.configure({ replicationDelayMs: 250 });
    const t = await token();
    const created = await graph(emulator, '/oauth2PermissionGrants', { method: 'POST', token: t, body: newGrant });
    expect((await graph(emulator, `/oauth2PermissionGrants/${String(created.body.id)}`, { token: t })).status).toBe(404);
    await sleep(300);
    expect((await graph(emulator, `/oauth2PermissionGrants/${String(created.body.id)}`, { token: t })).status).toBe(200);
  });

  it('off by default: a read right after a write sees it', async () => {
    const t = await token();
    const created = await graph(emulator, '/oauth2PermissionGrants', { method: 'POST', token: t, body: newGrant });
    expect((await graph(emulator, `/oauth2PermissionGrants/${String(created.body.id)}`, { token: t })).status).toBe(200);
  });

  it('POST /_emulator/settings sets it at run time; reset returns it to the start-up value', async () => {
    expect((await settings({ replicationDelayMs: 5000 })).json).toEqual({
      replicationDelayMs: 5000,
      revokeSessionsDelayMs: 0,
      signInActivityReport: true,
      licence: 'P1',
    });
    expect(emulator.store.runtime.replicationDelayMs).toBe(5000);
    expect((await settings()).json.replicationDelayMs).toBe(5000);
    expect((await settings({ replicationDelayMs: -1 })).status).toBe(400);
    expect((await settings({ somethingElse: 1 })).status).toBe(400);
    await fetch(`${emulator.identityUrl}/_emulator/reset`, { method: 'POST' });
    expect((await settings()).json.replicationDelayMs).toBe(0);
  });
});
