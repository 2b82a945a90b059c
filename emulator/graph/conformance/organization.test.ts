// The organization object, as microsoft-graph-docs-contrib documents it:
// - api-reference/v1.0/api/organization-list.md (a collection of the one organization) and organization-get.md
//   (by id); permissions from emulator/rules/graph-api-rules.json ("GET /organization");
// - both pages' note: a caller granted only User.Read reads id, displayName and verifiedDomains, every other
//   property is null;
// - resources/assignedplan.md, provisionedplan.md; the plan ids from entra-docs
//   docs/identity/users/licensing-service-plan-reference.md (AAD_PREMIUM, AAD_PREMIUM_P2).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../index.ts';
import { appToken, DEMO, graph, IDS, startEmulator, userToken, type GraphBody } from '../test-support.ts';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());

const as = (scopes: string[], userId: string = IDS.users.megan) => userToken(emulator, { userId, scopes });
const planIds = (org: GraphBody) => (org.assignedPlans as GraphBody[]).filter((p) => p.capabilityStatus === 'Enabled').map((p) => p.servicePlanId);

describe('organization-list.md, organization-get.md', () => {
  it('lists the one organization: the tenant id, its name and its verified domain', async () => {
    const res = await graph(emulator, '/organization', { token: await as(['Organization.Read.All']) });
    expect(res.status, res.text).toBe(200);
    expect(res.body['@odata.context']).toMatch(/\/v1\.0\/\$metadata#organization$/);
    expect(res.body.value).toHaveLength(1);
    const org = res.body.value![0]!;
    expect(org).toMatchObject({ id: DEMO.tenantId, displayName: DEMO.tenantName, tenantType: 'AAD' });
    expect(org.verifiedDomains).toEqual([expect.objectContaining({ name: DEMO.domain, isDefault: true, isInitial: true, type: 'Managed' })]);
  });

  it('by id: the same object; another id is 404; $select returns what was asked (and id)', async () => {
    const token = await as(['Organization.Read.All']);
    const res = await graph(emulator, `/organization/${DEMO.tenantId}?$select=assignedPlans`, { token });
    expect(res.status, res.text).toBe(200);
    expect(res.body['@odata.context']).toMatch(/#organization\(assignedPlans\)\/\$entity$/);
    expect(Object.keys(res.body).sort()).toEqual(['@odata.context', 'assignedPlans', 'id']);
    const other = await graph(emulator, '/organization/11111111-2222-4333-8444-555555555555', { token });
    expect(other.status).toBe(404);
  });

  it('User.Read alone: id, displayName and verifiedDomains; assignedPlans and the rest null', async () => {
    const res = await graph(emulator, '/organization', { token: await as(['User.Read']) });
    expect(res.status, res.text).toBe(200);
    const org = res.body.value![0]!;
    expect(org.id).toBe(DEMO.tenantId);
    expect(org.displayName).toBe(DEMO.tenantName);
    expect(org.verifiedDomains).toHaveLength(1);
    expect(org.assignedPlans).toBeNull();
    expect(org.provisionedPlans).toBeNull();
    expect(org.tenantType).toBeNull();
  });

  it('application permissions: Organization.Read.All or Directory.Read.All; User.Read is no app role here (403)', async () => {
    expect((await graph(emulator, '/organization', { token: await appToken(emulator, ['Directory.Read.All']) })).status).toBe(200);
    expect((await graph(emulator, '/organization', { token: await appToken(emulator, ['Application.Read.All']) })).status).toBe(403);
    expect((await graph(emulator, '/organization', { token: await as(['Application.Read.All']) })).status).toBe(403);
  });

  it('a guest reads it too (the documented roles include Guest User)', async () => {
    const res = await graph(emulator, '/organization', { token: await as(['User.Read'], IDS.users.kaiGuest) });
    expect(res.status, res.text).toBe(200);
  });
});

describe("assignedPlans follow the tenant's licence (licensing-service-plan-reference.md)", () => {
  const AAD_PREMIUM = '41781fb2-bc02-4b7c-bd55-b576c07bb09d';
  const AAD_PREMIUM_P2 = 'eec0eb4f-6444-4f95-aba0-50c24d67f998';
  const read = async () => (await graph(emulator, '/organization', { token: await as(['Organization.Read.All']) })).body.value![0]!;
  afterAll(() => {
    emulator.store.settings.licence = 'P1';
  });

  it('P1: AAD_PREMIUM enabled, service AADPremiumService; provisionedPlans say the same', async () => {
    emulator.store.settings.licence = 'P1';
    const org = await read();
    expect(planIds(org)).toEqual([AAD_PREMIUM]);
    expect((org.assignedPlans as GraphBody[])[0]).toMatchObject({ service: 'AADPremiumService', capabilityStatus: 'Enabled' });
    expect(Date.parse(String((org.assignedPlans as GraphBody[])[0]!.assignedDateTime))).not.toBeNaN();
    expect(org.provisionedPlans).toEqual([{ capabilityStatus: 'Enabled', provisioningStatus: 'Success', service: 'AADPremiumService' }]);
  });

  it('P2: AAD_PREMIUM and AAD_PREMIUM_P2', async () => {
    emulator.store.settings.licence = 'P2';
    expect(planIds(await read())).toEqual([AAD_PREMIUM, AAD_PREMIUM_P2]);
  });

  it('Free: no Entra ID premium plan', async () => {
    emulator.store.settings.licence = 'Free';
    const org = await read();
    expect(org.assignedPlans).toEqual([]);
    expect(org.provisionedPlans).toEqual([]);
  });
});
