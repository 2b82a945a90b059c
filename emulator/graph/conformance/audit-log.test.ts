// The directory audit log of every write, as Entra records it and Graph returns it:
// - activity names and categories: entra-docs identity/monitoring-health/reference-audit-activities.md (Core
//   Directory: "Add/Update/Remove delegated permission grant", "Add/Remove app role assignment to/from service
//   principal", AuthorizationPolicy "Update authorization policy", PermissionGrantPolicy "Add/Update/Delete
//   permission grant policy");
// - the directoryAudit resource and its list ($filter on activityDateTime, activityDisplayName,
//   targetResources/any; $top; @odata.nextLink): microsoft-graph-docs-contrib api-reference/v1.0/api/
//   directoryaudit-list.md, resources/directoryaudit.md;
// - retention: entra-docs identity/monitoring-health/reference-reports-data-retention.md (audit logs: seven
//   days on Microsoft Entra ID Free, 30 days on P1 and P2).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../index.ts';
import { auditEvent } from '../../tenant/audit-events.ts';
import { graphAppRole } from '../../tenant/catalog.ts';
import { appToken, DEMO, graph, IDS, startEmulator, userToken, type GraphBody } from '../test-support.ts';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ reportsLimit: false });
});
afterAll(() => emulator.close());
beforeEach(() => emulator.store.reset());

const reader = () => userToken(emulator, { userId: IDS.users.reports, scopes: ['AuditLog.Read.All', 'Directory.Read.All'] });
const admin = (scopes: string[]) => userToken(emulator, { userId: IDS.users.admin, scopes });
const since = () => new Date(Date.now() - 1000).toISOString();

async function audits(query: string): Promise<GraphBody[]> {
  const res = await graph(emulator, `/auditLogs/directoryAudits?${query}`, { token: await reader() });
  expect(res.status, res.text).toBe(200);
  return res.body.value!;
}

const byActivity = async (activity: string, from: string) =>
  audits(`$filter=${encodeURIComponent(`activityDisplayName eq '${activity}' and activityDateTime ge ${from}`)}`);

const property = (event: GraphBody, name: string) =>
  (event.targetResources as { modifiedProperties: { displayName: string; oldValue: string | null; newValue: string | null }[] }[])[0]!.modifiedProperties.find(
    (p) => p.displayName === name,
  );

describe('every Graph write records its documented event, with the initiator and old/new values', () => {
  it('oauth2PermissionGrants POST, PATCH, DELETE: Add / Update / Remove delegated permission grant', async () => {
    const from = since();
    const token = await admin(['DelegatedPermissionGrant.ReadWrite.All']);
    const body = { clientId: IDS.sps.quickPdf, consentType: 'AllPrincipals', resourceId: IDS.sps.graph, scope: 'User.Read' };
    const created = await graph(emulator, '/oauth2PermissionGrants', { method: 'POST', token, body });
    const id = String(created.body.id);
    await graph(emulator, `/oauth2PermissionGrants/${id}`, { method: 'PATCH', token, body: { scope: 'User.Read Files.Read' } });
    await graph(emulator, `/oauth2PermissionGrants/${id}`, { method: 'DELETE', token });
    const [add] = await byActivity('Add delegated permission grant', from);
    const [update] = await byActivity('Update delegated permission grant', from);
    const [remove] = await byActivity('Remove delegated permission grant', from);
    expect(add).toMatchObject({ category: 'ApplicationManagement', operationType: 'Add', initiatedBy: { user: { id: IDS.users.admin } } });
    expect(property(update!, 'DelegatedPermissionGrant.Scope')).toMatchObject({ oldValue: 'User.Read', newValue: 'User.Read Files.Read' });
    expect(property(remove!, 'DelegatedPermissionGrant.Scope')).toMatchObject({ oldValue: 'User.Read Files.Read', newValue: null });
    expect(add!.targetResources).toMatchObject([{ id: IDS.sps.quickPdf, type: 'ServicePrincipal' }]);
  });

  it('appRoleAssignedTo POST, DELETE: Add / Remove app role assignment to/from service principal', async () => {
    const from = since();
    const token = await admin(['AppRoleAssignment.ReadWrite.All', 'Application.Read.All']);
    const appRoleId = graphAppRole('User.Read.All').id;
    const created = await graph(emulator, `/servicePrincipals/${IDS.sps.graph}/appRoleAssignedTo`, {
      method: 'POST',
      token,
      body: { principalId: IDS.sps.quickPdf, resourceId: IDS.sps.graph, appRoleId },
    });
    expect(created.status, created.text).toBe(201);
    await graph(emulator, `/servicePrincipals/${IDS.sps.graph}/appRoleAssignedTo/${String(created.body.id)}`, { method: 'DELETE', token });
    const [add] = await byActivity('Add app role assignment to service principal', from);
    const [remove] = await byActivity('Remove app role assignment from service principal', from);
    expect(add).toMatchObject({ category: 'ApplicationManagement', operationType: 'Assign', initiatedBy: { user: { id: IDS.users.admin } } });
    expect(property(add!, 'AppRole.Id')?.newValue).toBe(appRoleId);
    expect(remove).toMatchObject({ operationType: 'Unassign', targetResources: [{ id: IDS.sps.quickPdf }] });
  });

  it('an app acting as itself is the initiator (initiatedBy.app)', async () => {
    const from = since();
    const token = await appToken(emulator, ['DelegatedPermissionGrant.ReadWrite.All']);
    const body = { clientId: IDS.sps.quickPdf, consentType: 'AllPrincipals', resourceId: IDS.sps.graph, scope: 'User.Read' };
    expect((await graph(emulator, '/oauth2PermissionGrants', { method: 'POST', token, body })).status).toBe(201);
    const [add] = await byActivity('Add delegated permission grant', from);
    expect(add!.initiatedBy).toMatchObject({ user: null, app: { appId: DEMO.daemon.clientId, servicePrincipalId: IDS.sps.daemon } });
  });

  it('PATCH /policies/authorizationPolicy: "Update authorization policy" (category AuthorizationPolicy), old and new value', async () => {
    const from = since();
    const token = await userToken(emulator, { userId: IDS.users.privRole, scopes: ['Policy.ReadWrite.Authorization'] });
    const setting = { defaultUserRolePermissions: { permissionGrantPoliciesAssigned: [] } };
    const res = await graph(emulator, '/policies/authorizationPolicy', { method: 'PATCH', token, body: setting });
    expect(res.status, res.text).toBe(204);
    const [event] = await byActivity('Update authorization policy', from);
    expect(event).toMatchObject({ category: 'AuthorizationPolicy', operationType: 'Update', initiatedBy: { user: { id: IDS.users.privRole } } });
    const changed = property(event!, 'defaultUserRolePermissions')!;
    expect(JSON.parse(changed.oldValue!).permissionGrantPoliciesAssigned).toEqual(['ManagePermissionGrantsForSelf.microsoft-user-default-legacy']);
    expect(JSON.parse(changed.newValue!).permissionGrantPoliciesAssigned).toEqual([]);
  });

  it('permission grant policies: "Add / Update / Delete permission grant policy" (category PermissionGrantPolicy)', async () => {
    const from = since();
    const token = await userToken(emulator, { userId: IDS.users.privRole, scopes: ['Policy.ReadWrite.PermissionGrant'] });
    const path = '/policies/permissionGrantPolicies';
    expect((await graph(emulator, path, { method: 'POST', token, body: { id: 'review-test', displayName: 'Review test' } })).status).toBe(201);
    expect((await graph(emulator, `${path}/review-test`, { method: 'PATCH', token, body: { displayName: 'Renamed' } })).status).toBe(204);
    const set = { permissionType: 'delegated', permissionClassification: 'low' };
    expect((await graph(emulator, `${path}/review-test/includes`, { method: 'POST', token, body: set })).status).toBe(201);
    expect((await graph(emulator, `${path}/review-test`, { method: 'DELETE', token })).status).toBe(204);
    expect(await byActivity('Add permission grant policy', from)).toHaveLength(1);
    const updates = await byActivity('Update permission grant policy', from);
    expect(updates).toHaveLength(2);
    expect(property(updates[1]!, 'displayName')).toMatchObject({ oldValue: '"Review test"', newValue: '"Renamed"' });
    const [removed] = await byActivity('Delete permission grant policy', from);
    expect(removed).toMatchObject({ category: 'PermissionGrantPolicy', operationType: 'Delete', targetResources: [{ id: 'review-test', type: 'Policy' }] });
  });
});

describe('the log reaches back as far as the licence keeps it (reference-reports-data-retention.md)', () => {
  const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 60 * 60 * 1000).toISOString();
  const oldEvent = (id: string, days: number) =>
    auditEvent(
      { activityDisplayName: 'Consent to application', category: 'ApplicationManagement', operationType: 'Assign', actor: {}, targets: [] },
      { id, at: daysAgo(days) },
    );

  it('P1 (the demo tenant): 30 days — an event of 10 days ago is returned, one of 31 days is not, nor by id', async () => {
    emulator.store.audit.push(oldEvent('Directory_test_10d', 10), oldEvent('Directory_test_31d', 31));
    const ids = (await audits('$top=999')).map((e) => e.id);
    expect(ids).toContain('Directory_test_10d');
    expect(ids).not.toContain('Directory_test_31d');
    expect((await graph(emulator, '/auditLogs/directoryAudits/Directory_test_31d', { token: await reader() })).status).toBe(404);
    // The seed's older consent history (88–90 days ago) is beyond the log; the recent half is in it.
    expect(ids).not.toContain('Directory_seed_GrantLitwareNotesMeganGraph0000000000000005');
    expect(ids).toContain('Directory_seed_GrantQuickPdfMeganGraph00000000000000000010');
  });

  it('Free: seven days — the event of 10 days ago is gone too', async () => {
    emulator.store.audit.push(oldEvent('Directory_test_6d', 6), oldEvent('Directory_test_10d', 10));
    emulator.store.settings.licence = 'Free';
    const ids = (await audits('$top=999')).map((e) => e.id);
    expect(ids).toContain('Directory_test_6d');
    expect(ids).not.toContain('Directory_test_10d');
  });
});

describe('directoryaudit-list.md: $filter, $top and @odata.nextLink', () => {
  it('activityDateTime le, targetResources/any(t:t/id eq …), newest first, $top pages with nextLink', async () => {
    const filter = `activityDateTime le ${new Date().toISOString()} and targetResources/any(t:t/id eq '${IDS.sps.quickPdf}')`;
    const all = await audits(`$filter=${encodeURIComponent(filter)}`);
    expect(all.length).toBeGreaterThanOrEqual(2);
    const times = all.map((e) => Date.parse(String(e.activityDateTime)));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const token = await reader();
    const first = await graph(emulator, `/auditLogs/directoryAudits?$top=1&$filter=${encodeURIComponent(filter)}`, { token });
    expect(first.body.value).toHaveLength(1);
    const next = String(first.body['@odata.nextLink']);
    expect(next).toMatch(/\$skiptoken=/);
    const second = await fetch(next, { headers: { Authorization: `Bearer ${token}` } }).then((r) => r.json() as Promise<GraphBody>);
    expect(second.value![0]!.id).toBe(all[1]!.id);
  });
});
