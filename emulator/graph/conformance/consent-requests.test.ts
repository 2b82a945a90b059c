// The admin consent workflow through Graph: appConsentRequests with their userConsentRequests (read-only),
// the documented $filter lambda, and adminConsentRequestPolicy GET/PUT with its permissions and roles.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../index.ts';
import { GOVERNANCE_IDS } from '../../tenant/seed-governance.ts';
import { appToken, graph, IDS, startEmulator, type GraphBody } from '../test-support.ts';
import { callAs } from './support.ts';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());
beforeEach(() => emulator.store.reset());

const BASE = '/identityGovernance/appConsent/appConsentRequests';
const READ = ['ConsentRequest.Read.All'];
const DENIED = { code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' };
const R = GOVERNANCE_IDS.requests;

describe('api-reference/v1.0/api/appconsentapprovalroute-list-appconsentrequests.md, resources/appconsentrequest.md', () => {
  it('lists the requests in the documented shape: id, appId, appDisplayName, consentType, pendingScopes[{displayName}]', async () => {
    const res = await callAs(emulator, IDS.users.admin, READ, BASE);
    expect(res.status).toBe(200);
    expect(res.body['@odata.context']).toMatch(/\$metadata#identityGovernance\/appConsent\/appConsentRequests$/);
    const quickPdf = res.body.value!.find((r) => r.id === R.quickPdf)!;
    expect(Object.keys(quickPdf).sort()).toEqual(['appDisplayName', 'appId', 'consentType', 'id', 'pendingScopes']);
    expect(quickPdf).toMatchObject({ appId: '9d1c0000-0006-4b6c-8d7e-9f0a1b2c3d06', appDisplayName: 'Quick PDF Tools', consentType: 'Dynamic' });
    expect(quickPdf.pendingScopes).toContainEqual({ displayName: 'User.Read.All' });
  });

  it("supports the documented $filter=userConsentRequests/any (u:u/status eq 'InProgress'), eq on appId, and $select", async () => {
    const inProgress = await callAs(
      emulator,
      IDS.users.admin,
      READ,
      `${BASE}?$filter=${encodeURIComponent("userConsentRequests/any (u:u/status eq 'InProgress')")}`,
    );
    expect(inProgress.status).toBe(200);
    expect(inProgress.body.value!.map((r) => r.id).sort()).toEqual([R.quickPdf, R.northwindHr].sort());
    const expired = await callAs(emulator, IDS.users.admin, READ, `${BASE}?$filter=${encodeURIComponent("userConsentRequests/any(u:u/status eq 'Expired')")}`);
    expect(expired.body.value).toEqual([]);
    const one = await callAs(emulator, IDS.users.admin, READ, `${BASE}?$filter=appId eq '0e7f1d00-0004-4b6c-8d7e-9f0a1b2c3d04'&$select=appDisplayName`);
    expect(one.body.value).toEqual([{ id: R.northwindHr, appDisplayName: 'Northwind HR Portal' }]);
  });

  it('userConsentRequests (resources/userconsentrequest.md): reason, status, createdDateTime, createdBy.user; also by id and through $expand', async () => {
    const res = await callAs(emulator, IDS.users.admin, READ, `${BASE}/${R.quickPdf}/userConsentRequests`);
    expect(res.status).toBe(200);
    const johanna = res.body.value!.find((u) => u.id === GOVERNANCE_IDS.userRequests.quickPdfJohanna)!;
    expect(johanna).toMatchObject({
      status: 'InProgress',
      approvalId: GOVERNANCE_IDS.userRequests.quickPdfJohanna,
      reason: expect.stringContaining('PDF'),
      createdBy: { user: { id: IDS.users.johanna, displayName: 'Johanna Lorenz', userPrincipalName: 'johanna@contoso.example' } },
    });
    expect(Object.keys(johanna)).not.toContain('scopes');
    const byId = await callAs(emulator, IDS.users.admin, READ, `${BASE}/${R.quickPdf}/userConsentRequests/${johanna.id as string}`);
    expect(byId.body.reason).toBe(johanna.reason);
    const expanded = await callAs(emulator, IDS.users.admin, READ, `${BASE}/${R.quickPdf}?$expand=userConsentRequests`);
    expect((expanded.body.userConsentRequests as GraphBody[]).length).toBe(2);
    expect((await callAs(emulator, IDS.users.admin, READ, `${BASE}/nope`)).status).toBe(404);
  });

  it('needs ConsentRequest.Read.All (or ReadWrite.All); app-only works with the application permission', async () => {
    const res = await callAs(emulator, IDS.users.admin, ['Directory.Read.All'], BASE);
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject(DENIED);
    expect((await graph(emulator, BASE, { token: await appToken(emulator, ['ConsentRequest.Read.All']) })).status).toBe(200);
  });

  it('a user without a reviewing role is refused (stricter: the page names no role); Cloud Application Administrator and Global Reader read', async () => {
    expect((await callAs(emulator, IDS.users.megan, READ, BASE)).status).toBe(403);
    expect((await callAs(emulator, IDS.users.cloudApp, READ, BASE)).status).toBe(200);
    expect((await callAs(emulator, IDS.users.reader, READ, BASE)).status).toBe(200);
  });

  it("api-reference/v1.0/api/appconsentrequest-filterbycurrentuser.md: filterByCurrentUser(on='reviewer') lists what the caller reviews", async () => {
    const mine = await callAs(emulator, IDS.users.admin, READ, `${BASE}/filterByCurrentUser(on='reviewer')`);
    expect(mine.status).toBe(200);
    expect(mine.body.value!.length).toBe(2);
    const notReviewer = await callAs(emulator, IDS.users.cloudApp, READ, `${BASE}/filterByCurrentUser(on='reviewer')`);
    expect(notReviewer.body.value).toEqual([]);
  });

  it('a request older than requestDurationInDays is Expired and its scopes are no longer pending (adminconsentrequestpolicy.md)', async () => {
    emulator.store.governance.adminConsentRequestPolicy.requestDurationInDays = 1;
    const res = await callAs(emulator, IDS.users.admin, READ, `${BASE}/${R.quickPdf}/userConsentRequests`);
    const johanna = res.body.value!.find((u) => u.id === GOVERNANCE_IDS.userRequests.quickPdfJohanna)!;
    expect(johanna.status).toBe('Expired');
  });

  it('has no approve or deny call (consentrequests-overview.md): PATCH on a request is refused', async () => {
    const patch = await callAs(emulator, IDS.users.admin, ['ConsentRequest.ReadWrite.All'], `${BASE}/${R.quickPdf}`, { method: 'PATCH', body: {} });
    expect(patch.status).toBe(400);
  });
});

describe('api-reference/v1.0/api/adminconsentrequestpolicy-get.md, adminconsentrequestpolicy-update.md', () => {
  const PATH = '/policies/adminConsentRequestPolicy';

  it('GET returns the workflow: enabled, reviewers, duration, version', async () => {
    const res = await callAs(emulator, IDS.users.admin, ['Policy.Read.All'], PATH);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      isEnabled: true,
      notifyReviewers: true,
      remindersEnabled: true,
      requestDurationInDays: 30,
      version: 1,
      reviewers: [{ query: `/users/${IDS.users.admin}`, queryType: 'MicrosoftGraph', queryRoot: null }],
    });
  });

  it('PUT needs Policy.ReadWrite.ConsentRequest and Cloud Application / Application Administrator; 204 and version + 1', async () => {
    const body = { isEnabled: false, notifyReviewers: false, remindersEnabled: false, requestDurationInDays: 0, reviewers: [] };
    expect((await callAs(emulator, IDS.users.cloudApp, ['Policy.Read.All'], PATH, { method: 'PUT', body })).status).toBe(403);
    expect((await callAs(emulator, IDS.users.helpdeskLead, ['Policy.ReadWrite.ConsentRequest'], PATH, { method: 'PUT', body })).status).toBe(403);
    expect((await callAs(emulator, IDS.users.cloudApp, ['Policy.ReadWrite.ConsentRequest'], PATH, { method: 'PUT', body })).status).toBe(204);
    expect(emulator.store.governance.adminConsentRequestPolicy).toMatchObject({ isEnabled: false, version: 2 });
  });

  it('enabled without reviewers, or a duration outside 1–30 days → 400', async () => {
    const put = (body: unknown) => callAs(emulator, IDS.users.admin, ['Policy.ReadWrite.ConsentRequest'], PATH, { method: 'PUT', body });
    expect((await put({ isEnabled: true, reviewers: [] })).status).toBe(400);
    expect((await put({ isEnabled: true, requestDurationInDays: 31 })).status).toBe(400);
    expect((await put({ isEnabled: true, requestDurationInDays: 0 })).status).toBe(400);
    expect(emulator.store.governance.adminConsentRequestPolicy.version).toBe(1);
  });
});
