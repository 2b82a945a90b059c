// The identity & access service's request costs, from the rules generated out of the throttling page's
// cost table: most GETs the console makes cost 2 (grants, users, memberOf, a service principal's app role
// assignments), others 1; $select −1, $expand +1, $top below 20 −1, never below 1; writes 1 RU + 1 write.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../index.ts';
import { requestCost } from '../throttle.ts';
import { appToken, graph, IDS, startEmulator } from '../test-support.ts';

const q = (query = '') => new URLSearchParams(query);
const get = (key: string, query = '') => requestCost(key, { method: 'GET', query: q(query) });

describe('includes/throttling-identity-and-access.md: request costs per call', () => {
  it.each([
    ['GET /oauth2permissiongrants', 2],
    ['GET /oauth2permissiongrants/{id}', 2],
    ['GET /users', 2],
    ['GET /me/memberof', 2],
    ['GET /users/{id}/memberof', 2],
    ['GET /serviceprincipals/{id}/approleassignments', 2],
    ['GET /groups/{id}/members', 3],
    ['GET /serviceprincipals', 1],
    ['GET /users/{id}/approleassignments', 1],
    ['GET /serviceprincipals/{id}/approleassignedto', 1],
  ])('%s costs %i', (key, units) => {
    expect(get(key)).toEqual({ units, writes: 0 });
  });

  it('$select −1, $expand +1, $top below 20 −1, never below 1', () => {
    expect(get('GET /users', '$select=id')).toMatchObject({ units: 1 });
    expect(get('GET /users', '$expand=manager')).toMatchObject({ units: 3 });
    expect(get('GET /users', '$top=5')).toMatchObject({ units: 1 });
    expect(get('GET /users', '$top=999')).toMatchObject({ units: 2 });
    expect(get('GET /serviceprincipals', '$select=id&$top=1')).toMatchObject({ units: 1 });
  });

  it('writes: 1 resource unit and 1 write', () => {
    expect(requestCost('POST /oauth2permissiongrants', { method: 'POST', query: q() })).toEqual({ units: 1, writes: 1 });
    expect(requestCost('DELETE /serviceprincipals/{id}/approleassignedto/{id}', { method: 'DELETE', query: q() })).toEqual({ units: 1, writes: 1 });
  });

  it('the reports service and unlisted resources are not charged to the identity bucket', () => {
    expect(get('GET /auditlogs/directoryaudits')).toBeUndefined();
    expect(get('GET /rolemanagement/directory/roleassignments')).toBeUndefined();
  });
});

describe('includes/throttling-identity-and-access.md: x-ms-resource-unit on throttled-model responses', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startEmulator({ throttling: true });
  });
  afterAll(() => emulator.close());

  it('GET /users answers x-ms-resource-unit: 2, with $select 1', async () => {
    const token = await appToken(emulator, ['User.Read.All']);
    expect((await graph(emulator, '/users', { token })).headers.get('x-ms-resource-unit')).toBe('2');
    expect((await graph(emulator, '/users?$select=id', { token })).headers.get('x-ms-resource-unit')).toBe('1');
    expect((await graph(emulator, `/users/${IDS.users.megan}`, { token })).headers.get('x-ms-resource-unit')).toBe('1');
  });

  it('a tiny resource-unit budget: the second GET /users (2 RU) of a 3 RU window → 429 with the documented scope format', async () => {
    const small = await startEmulator({ throttling: { resourceUnits: 3, windowSeconds: 10 } });
    try {
      const token = await appToken(small, ['User.Read.All']);
      expect((await graph(small, '/users', { token })).status).toBe(200);
      const second = await graph(small, '/users', { token });
      expect(second.status).toBe(429);
      expect(second.headers.get('x-ms-throttle-information')).toBe('ResourceUnitLimitExceeded');
      expect(second.headers.get('x-ms-throttle-scope')).toMatch(/^Tenant_Application\/ReadWrite\/[0-9a-f-]+\/[0-9a-f-]+$/);
      small.store.reset();
      expect((await graph(small, '/users', { token })).status).toBe(200);
    } finally {
      await small.close();
    }
  });
});
