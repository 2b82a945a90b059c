// A $batch of 20 with successes, a 404, a 403 and a 429 answers each item on its own; dependsOn → 424;
// more than 20 → 400.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../index.ts';
import { graph, IDS, startEmulator, userToken } from './test-support.ts';

let emulator: Emulator;
let token: string;
beforeAll(async () => {
  emulator = await startEmulator();
  // A Global Reader with Directory.Read.All: reads succeed, the grant delete in the batch is the 403.
  token = await userToken(emulator, { userId: IDS.users.reader, scopes: ['Directory.Read.All', 'User.Read'] });
});
afterAll(() => emulator.close());
beforeEach(async () => {
  await fetch(`${emulator.identityUrl}/_emulator/faults`, { method: 'DELETE' });
});

const setFaults = (config: unknown) =>
  fetch(`${emulator.identityUrl}/_emulator/faults`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(config) });

describe('$batch', () => {
  it('answers 20 items one by one: successes, a 404, a 403 and a 429', async () => {
    await setFaults({ rules: [{ method: 'GET', path: `/users/${IDS.users.isaiah}`, status: 429, retryAfter: 7 }] });
    const u = IDS.users;
    const users = [u.admin, u.cloudApp, u.helpdeskLead, u.helpdesk, u.reader, u.privRole, u.megan, u.johanna, u.pradeep, u.isaiah];
    const requests = [
      ...users.map((id, i) => ({ id: String(i + 1), method: 'GET', url: `/users/${id}?$select=displayName` })),
      { id: '11', method: 'GET', url: '/users/00000000-0000-4000-8000-00000000dead' },
      { id: '12', method: 'DELETE', url: '/oauth2PermissionGrants/GrantAdatumSignAllPrincipalsGraph0000000001' },
      ...Array.from({ length: 8 }, (_, i) => ({ id: String(13 + i), method: 'GET', url: `servicePrincipals?$top=${i + 1}&$select=displayName` })),
    ];
    expect(requests).toHaveLength(20);
    const res = await graph(emulator, '/$batch', { method: 'POST', token, body: { requests } });
    expect(res.status).toBe(200);
    const byId = new Map(res.body.responses!.map((r) => [r.id, r]));
    expect(byId.size).toBe(20);

    const isaiahIndex = String(users.indexOf(IDS.users.isaiah) + 1);
    for (const [id, r] of byId) {
      if (['11', '12', isaiahIndex].includes(id)) continue;
      expect(r.status, id).toBe(200);
      expect(r.headers['Content-Type']).toMatch(/^application\/json/);
    }
    expect(byId.get('1')!.body).toMatchObject({ id: IDS.users.admin, displayName: 'Adele Vance' });
    expect(byId.get('20')!.body!.value).toHaveLength(8);

    expect(byId.get('11')).toMatchObject({ status: 404, body: { error: { code: 'Request_ResourceNotFound' } } });
    expect(byId.get('12')).toMatchObject({ status: 403, body: { error: { code: 'Authorization_RequestDenied' } } });
    const throttled = byId.get(isaiahIndex)!;
    expect(throttled.status).toBe(429);
    expect(throttled.headers['Retry-After']).toBe('7');
    expect(throttled.body!.error!.innerError['request-id']).toBeTruthy();
    expect(emulator.store.grants.has('GrantAdatumSignAllPrincipalsGraph0000000001')).toBe(true);
  });

  it('fails an item whose dependency failed with 424, and runs dependencies first', async () => {
    const requests = [
      { id: 'b', method: 'GET', url: '/me', dependsOn: ['a'] },
      { id: 'a', method: 'GET', url: '/users/nobody@contoso.example' },
      { id: 'c', method: 'GET', url: '/me' },
    ];
    const res = await graph(emulator, '/$batch', { method: 'POST', token, body: { requests } });
    const statuses = Object.fromEntries(res.body.responses!.map((r) => [r.id, r.status]));
    expect(statuses).toEqual({ a: 404, b: 424, c: 200 });
  });

  it('rejects more than 20 requests with 400', async () => {
    const requests = Array.from({ length: 21 }, (_, i) => ({ id: String(i), method: 'GET', url: '/me' }));
    const res = await graph(emulator, '/$batch', { method: 'POST', token, body: { requests } });
    expect(res.status).toBe(400);
    expect(res.body.error!.code).toBe('BadRequest');
  });

  it('throttles items one by one under the throttling model', async () => {
    const throttled = await startEmulator({ throttling: { resourceUnits: 5, windowSeconds: 10 } });
    try {
      const t = await userToken(throttled, { userId: IDS.users.reader, scopes: ['Directory.Read.All'] });
      // GET oauth2PermissionGrants costs 2 RU: two fit in 5 RU, the third does not.
      const requests = Array.from({ length: 4 }, (_, i) => ({ id: String(i), method: 'GET', url: '/oauth2PermissionGrants' }));
      const res = await graph(throttled, '/$batch', { method: 'POST', token: t, body: { requests } });
      const items = res.body.responses!;
      expect(items.map((r) => r.status)).toEqual([200, 200, 429, 429]);
      expect(items[2]!.headers['x-ms-throttle-information']).toBe('ResourceUnitLimitExceeded');
      expect(Number(items[2]!.headers['Retry-After'])).toBeGreaterThanOrEqual(1);
    } finally {
      await throttled.close();
    }
  });

  it('follows nextLinks as batch items: the absolute link stripped of the service root, $skiptoken and all', async () => {
    const root = `${emulator.graphUrl}/v1.0`;
    const direct: string[] = [];
    for (let url = `${root}/servicePrincipals?$top=3&$select=id,displayName`; url;) {
      const page = await graph(emulator, url.slice(root.length), { token });
      direct.push(...page.body.value!.map((sp) => sp.id as string));
      url = page.body['@odata.nextLink'] as string;
    }
    const batched: string[] = [];
    let pages = 0;
    for (let url: string | undefined = '/servicePrincipals?$top=3&$select=id,displayName'; url; pages++) {
      const res = await graph(emulator, '/$batch', { method: 'POST', token, body: { requests: [{ id: '1', method: 'GET', url }] } });
      const item = res.body.responses![0]!;
      expect(item.status).toBe(200);
      batched.push(...item.body!.value!.map((sp) => sp.id as string));
      const next = item.body!['@odata.nextLink'] as string | undefined;
      if (next) expect(next).toMatch(/^http.*\$skiptoken=/);
      url = next?.slice(root.length);
    }
    expect(pages).toBeGreaterThan(2);
    expect(batched).toEqual(direct);
    expect(new Set(batched).size).toBe(emulator.store.servicePrincipals.size);
  });
});
