// Who may consent to what, through Graph: the authorization policy's permissionGrantPoliciesAssigned (the
// user-consent setting), the built-in and custom permission grant policies with their condition sets, and an
// API's delegated permission classifications — each with its documented permissions and roles.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../index.ts';
import { graphScope } from '../../tenant/catalog.ts';
import { DEMO, IDS, startEmulator } from '../test-support.ts';
import { callAs } from './support.ts';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());
beforeEach(() => emulator.store.reset());

const DENIED = { code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' };
const POLICIES = '/policies/permissionGrantPolicies';
const WRITE = ['Policy.ReadWrite.PermissionGrant'];
const assigned = () => emulator.store.governance.authorizationPolicy.defaultUserRolePermissions.permissionGrantPoliciesAssigned;

describe('api-reference/v1.0/api/authorizationpolicy-get.md, authorizationpolicy-update.md (entra-docs configure-user-consent.md)', () => {
  const PATH = '/policies/authorizationPolicy';

  it('GET: the singleton with defaultUserRolePermissions.permissionGrantPoliciesAssigned', async () => {
    const res = await callAs(emulator, IDS.users.admin, ['Policy.Read.All'], PATH);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: 'authorizationPolicy',
      displayName: 'Authorization Policy',
      defaultUserRolePermissions: { permissionGrantPoliciesAssigned: ['ManagePermissionGrantsForSelf.microsoft-user-default-legacy'] },
    });
  });

  it('PATCH needs Policy.ReadWrite.Authorization and Privileged Role Administrator; sets the user-consent setting (204)', async () => {
    const body = { defaultUserRolePermissions: { permissionGrantPoliciesAssigned: ['ManagePermissionGrantsForSelf.microsoft-user-default-low'] } };
    expect((await callAs(emulator, IDS.users.cloudApp, ['Policy.ReadWrite.Authorization'], PATH, { method: 'PATCH', body })).status).toBe(403);
    expect((await callAs(emulator, IDS.users.privRole, ['Policy.Read.All'], PATH, { method: 'PATCH', body })).status).toBe(403);
    expect((await callAs(emulator, IDS.users.privRole, ['Policy.ReadWrite.Authorization'], PATH, { method: 'PATCH', body })).status).toBe(204);
    expect(assigned()).toEqual(['ManagePermissionGrantsForSelf.microsoft-user-default-low']);
    const none = { defaultUserRolePermissions: { permissionGrantPoliciesAssigned: [] } };
    expect((await callAs(emulator, IDS.users.admin, ['Policy.ReadWrite.Authorization'], PATH, { method: 'PATCH', body: none })).status).toBe(204);
    expect(assigned()).toEqual([]);
  });

  it('an assignment naming no existing policy → 400 and nothing changes', async () => {
    const body = { defaultUserRolePermissions: { permissionGrantPoliciesAssigned: ['ManagePermissionGrantsForSelf.no-such-policy'] } };
    const res = await callAs(emulator, IDS.users.admin, ['Policy.ReadWrite.Authorization'], PATH, { method: 'PATCH', body });
    expect(res.status).toBe(400);
    expect(assigned()).toEqual(['ManagePermissionGrantsForSelf.microsoft-user-default-legacy']);
  });
});

describe('api-reference/v1.0/api/permissiongrantpolicy-list.md (entra-docs manage-app-consent-policies.md, built-in consent policies)', () => {
  it('lists the built-in policies with their condition sets and the custom one', async () => {
    const res = await callAs(emulator, IDS.users.megan, ['Policy.Read.PermissionGrant'], POLICIES);
    expect(res.status).toBe(200);
    const ids = res.body.value!.map((p) => p.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'microsoft-user-default-low',
        'microsoft-user-default-legacy',
        'microsoft-application-admin',
        'microsoft-company-admin',
        'contoso-verified-low',
      ]),
    );
    const low = res.body.value!.find((p) => p.id === 'microsoft-user-default-low')!;
    expect(low.includes).toContainEqual(
      expect.objectContaining({
        permissionType: 'delegated',
        permissionClassification: 'low',
        clientApplicationsFromVerifiedPublisherOnly: true,
        clientApplicationIds: ['all'],
      }),
    );
    const appAdmin = res.body.value!.find((p) => p.id === 'microsoft-application-admin')!;
    expect(appAdmin.excludes).toContainEqual(expect.objectContaining({ permissionType: 'application', resourceApplication: DEMO.graphAppId }));
  });

  it('built-in policies cannot be edited ("These policies can\'t be edited")', async () => {
    const path = `${POLICIES}/microsoft-user-default-low`;
    expect((await callAs(emulator, IDS.users.admin, WRITE, path, { method: 'PATCH', body: { displayName: 'x' } })).status).toBe(403);
    expect((await callAs(emulator, IDS.users.admin, WRITE, `${path}/includes`, { method: 'POST', body: { permissionType: 'delegated' } })).status).toBe(403);
    expect((await callAs(emulator, IDS.users.admin, WRITE, path, { method: 'DELETE' })).status).toBe(403);
  });
});

describe('api-reference/v1.0/api/permissiongrantpolicy-post-permissiongrantpolicies.md, -post-includes.md, -post-excludes.md, -delete-includes.md', () => {
  it('writes need Policy.ReadWrite.PermissionGrant and Privileged Role Administrator (manage-app-consent-policies.md prerequisites)', async () => {
    const body = { id: 'my-custom-policy', displayName: 'Custom', description: 'A custom policy.' };
    const cloudApp = await callAs(emulator, IDS.users.cloudApp, WRITE, POLICIES, { method: 'POST', body });
    expect(cloudApp.status).toBe(403);
    expect(cloudApp.body.error).toMatchObject(DENIED);
    const created = await callAs(emulator, IDS.users.privRole, WRITE, POLICIES, { method: 'POST', body });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: 'my-custom-policy', displayName: 'Custom', includes: [], excludes: [] });
    expect((await callAs(emulator, IDS.users.privRole, WRITE, POLICIES, { method: 'POST', body })).status).toBe(409);
  });

  it('adds an include (documented defaults fill the rest) and an exclude, and removes them', async () => {
    await callAs(emulator, IDS.users.admin, WRITE, POLICIES, { method: 'POST', body: { id: 'my-custom-policy', displayName: 'Custom' } });
    const include = await callAs(emulator, IDS.users.admin, WRITE, `${POLICIES}/my-custom-policy/includes`, {
      method: 'POST',
      body: { permissionType: 'delegated', PermissionClassification: 'low', clientApplicationsFromVerifiedPublisherOnly: true },
    });
    expect(include.status).toBe(201);
    expect(include.body).toMatchObject({
      permissionType: 'delegated',
      permissionClassification: 'low',
      resourceApplication: 'any',
      permissions: ['all'],
      clientApplicationTenantIds: ['all'],
      clientApplicationsFromVerifiedPublisherOnly: true,
    });
    const exclude = await callAs(emulator, IDS.users.admin, WRITE, `${POLICIES}/my-custom-policy/excludes`, {
      method: 'POST',
      body: { permissionType: 'delegated', resourceApplication: '00000002-0000-0ff1-ce00-000000000000' },
    });
    expect(exclude.status).toBe(201);
    const list = await callAs(emulator, IDS.users.admin, ['Policy.Read.PermissionGrant'], `${POLICIES}/my-custom-policy/excludes`);
    expect(list.body.value!.map((s) => s.id)).toEqual([exclude.body.id]);
    const del = await callAs(emulator, IDS.users.admin, WRITE, `${POLICIES}/my-custom-policy/includes/${include.body.id as string}`, { method: 'DELETE' });
    expect(del.status).toBe(204);
    expect(emulator.store.governance.permissionGrantPolicies.find((p) => p.id === 'my-custom-policy')!.includes).toEqual([]);
  });

  it("'delegatedUserConsentable' is for built-in policies only; a condition set without permissionType → 400", async () => {
    const path = `${POLICIES}/contoso-verified-low/includes`;
    expect((await callAs(emulator, IDS.users.admin, WRITE, path, { method: 'POST', body: { permissionType: 'delegatedUserConsentable' } })).status).toBe(400);
    expect((await callAs(emulator, IDS.users.admin, WRITE, path, { method: 'POST', body: { permissionClassification: 'low' } })).status).toBe(400);
  });

  it('a custom policy assigned to the default user role can be the user-consent setting, and is not deleted while assigned', async () => {
    const body = { defaultUserRolePermissions: { permissionGrantPoliciesAssigned: ['ManagePermissionGrantsForSelf.contoso-verified-low'] } };
    expect(
      (await callAs(emulator, IDS.users.admin, ['Policy.ReadWrite.Authorization'], '/policies/authorizationPolicy', { method: 'PATCH', body })).status,
    ).toBe(204);
    expect((await callAs(emulator, IDS.users.admin, WRITE, `${POLICIES}/contoso-verified-low`, { method: 'DELETE' })).status).toBe(400);
  });
});

describe('api-reference/v1.0/api/serviceprincipal-list-delegatedpermissionclassifications.md, -post-, -delete- (entra-docs configure-permission-classifications.md)', () => {
  const GRAPH = `/servicePrincipals(appId='${DEMO.graphAppId}')/delegatedPermissionClassifications`;

  it("lists Microsoft Graph's classifications: {id, permissionId, permissionName, classification}", async () => {
    const res = await callAs(emulator, IDS.users.megan, ['Application.Read.All'], GRAPH);
    expect(res.status).toBe(200);
    expect(res.body.value!.map((c) => c.permissionName).sort()).toEqual(['User.Read', 'email', 'offline_access', 'openid', 'profile'].sort());
    expect(Object.keys(res.body.value![0]!).sort()).toEqual(['classification', 'id', 'permissionId', 'permissionName']);
  });

  it('classifies a user-consentable permission as low (Cloud Application Administrator, Policy.ReadWrite.PermissionGrant) and removes it', async () => {
    const body = { permissionId: graphScope('Files.Read').id, classification: 'low' };
    expect((await callAs(emulator, IDS.users.megan, WRITE, GRAPH, { method: 'POST', body })).status).toBe(403);
    expect((await callAs(emulator, IDS.users.privRole, WRITE, GRAPH, { method: 'POST', body })).status).toBe(403);
    const created = await callAs(emulator, IDS.users.cloudApp, WRITE, GRAPH, { method: 'POST', body });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ permissionId: body.permissionId, permissionName: 'Files.Read', classification: 'low' });
    expect((await callAs(emulator, IDS.users.cloudApp, WRITE, GRAPH, { method: 'POST', body })).status).toBe(409);
    const del = await callAs(emulator, IDS.users.cloudApp, WRITE, `${GRAPH}/${created.body.id as string}`, { method: 'DELETE' });
    expect(del.status).toBe(204);
    expect(emulator.store.governance.classifications.some((c) => c.permissionName === 'Files.Read')).toBe(false);
  });

  it('only "low" (v1.0), only permissions that do not require admin consent, only permissions the API publishes → 400', async () => {
    const post = (body: unknown) => callAs(emulator, IDS.users.admin, WRITE, GRAPH, { method: 'POST', body });
    expect((await post({ permissionId: graphScope('Files.Read').id, classification: 'medium' })).status).toBe(400);
    expect((await post({ permissionId: graphScope('Directory.Read.All').id, classification: 'low' })).status).toBe(400);
    expect((await post({ permissionId: '00000000-0000-0000-0000-000000000001', classification: 'low' })).status).toBe(400);
  });
});
