// Filtering on how many owners an app has, as microsoft-graph-docs-contrib documents it:
// - api-reference/v1.0/resources/serviceprincipal.md and resources/application.md, property owners:
//   "Supports $expand, $filter (/$count eq 0, /$count ne 0, /$count eq 1, /$count ne 1)";
// - concepts/aad-advanced-queries.md: "Use of $count in a $filter expression" and those counts are supported
//   only in advanced queries (ConsistencyLevel: eventual and $count=true), else 400 Request_UnsupportedQuery;
// - the owners are users or service principals (serviceprincipal-list-owners.md): an owner that no longer
//   exists is not counted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../index.ts';
import { HYGIENE_IDS, OWNERLESS } from '../../tenant/seed.ts';
import { graph, IDS, startEmulator, userToken } from '../test-support.ts';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());

const EVENTUAL = { ConsistencyLevel: 'eventual' };
const s = IDS.sps;
const OWNED = [s.console, s.adatumSign, s.fabrikamCalendar, s.litwareNotes, s.northwindHr, s.mailHelper];

async function ids(path: string, headers: Record<string, string> = EVENTUAL) {
  const token = await userToken(emulator, { userId: IDS.users.reader, scopes: ['Application.Read.All'] });
  const res = await graph(emulator, path, { token, headers });
  expect(res.status, res.text).toBe(200);
  return { ids: res.body.value!.map((o) => String(o.id)).sort(), count: res.body['@odata.count'] };
}

const sps = (filter: string) => ids(`/servicePrincipals?$filter=${encodeURIComponent(filter)}&$count=true&$select=id`);

describe('owners/$count on GET /servicePrincipals (serviceprincipal.md)', () => {
  it('eq 0 lists the apps without owners (the seeded ownerless ones among them), ne 0 exactly the owned ones', async () => {
    const none = await sps('owners/$count eq 0');
    expect(none.ids).toEqual(expect.arrayContaining([...OWNERLESS]));
    expect(none.ids.some((id) => OWNED.includes(id as never))).toBe(false);
    const some = await sps('owners/$count ne 0');
    expect(some.ids).toEqual([...OWNED].sort());
    expect(some.count).toBe(OWNED.length);
  });

  it('eq 1 and ne 1: Northwind HR Portal has two owners', async () => {
    expect((await sps('owners/$count eq 1')).ids).toEqual(OWNED.filter((id) => id !== s.northwindHr).sort());
    const notOne = await sps('owners/$count ne 1');
    expect(notOne.ids).toContain(s.northwindHr);
    expect(notOne.ids).toEqual(expect.arrayContaining([...OWNERLESS]));
  });

  it('combines with other filters and with /$count', async () => {
    expect((await sps(`owners/$count eq 0 and displayName eq 'Quick PDF Tools'`)).ids).toEqual([s.quickPdf]);
    const token = await userToken(emulator, { userId: IDS.users.reader, scopes: ['Application.Read.All'] });
    const count = await graph(emulator, `/servicePrincipals/$count?$filter=${encodeURIComponent('owners/$count ne 0')}`, { token, headers: EVENTUAL });
    expect(count.text).toBe(String(OWNED.length));
  });

  it('an owner that no longer exists is not counted', async () => {
    const megan = emulator.store.users.get(IDS.users.megan)!;
    emulator.store.users.delete(megan.id);
    try {
      expect((await sps('owners/$count eq 0')).ids).toContain(s.mailHelper);
    } finally {
      emulator.store.users.set(megan.id, megan);
    }
  });

  it('without ConsistencyLevel: eventual and $count=true: 400 Request_UnsupportedQuery', async () => {
    const token = await userToken(emulator, { userId: IDS.users.reader, scopes: ['Application.Read.All'] });
    const filter = encodeURIComponent('owners/$count eq 0');
    for (const headers of [{}, EVENTUAL]) {
      const res = await graph(emulator, `/servicePrincipals?$filter=${filter}`, { token, headers });
      expect(res.status).toBe(400);
      expect(res.body.error!.code).toBe('Request_UnsupportedQuery');
      expect(res.body.error!.message).toMatch(/\$count=true query parameter and ConsistencyLevel:eventual header/);
    }
    // $count=true without the header is refused on its own ("$count is not currently supported.").
    expect((await graph(emulator, `/servicePrincipals?$filter=${filter}&$count=true`, { token })).status).toBe(400);
  });

  it('only the documented counts: 0 or 1, with eq or ne, on owners; anything else is refused', async () => {
    const token = await userToken(emulator, { userId: IDS.users.reader, scopes: ['Application.Read.All'] });
    for (const filter of ['owners/$count eq 2', 'owners/$count gt 0', 'tags/$count eq 0', 'appRoles/$count eq 0']) {
      const res = await graph(emulator, `/servicePrincipals?$filter=${encodeURIComponent(filter)}&$count=true`, { token, headers: EVENTUAL });
      expect(res.status, filter).toBe(400);
      expect(res.body.error!.code).toBe('Request_UnsupportedQuery');
    }
  });
});

describe('owners/$count on GET /applications (application.md)', () => {
  const apps = (filter: string) => ids(`/applications?$filter=${encodeURIComponent(filter)}&$count=true&$select=id`);

  it("counts the application object's owners: the daemon has none, the console two", async () => {
    expect((await apps('owners/$count eq 0')).ids).toEqual([HYGIENE_IDS.applications.daemon]);
    expect((await apps('owners/$count ne 0')).ids).toEqual([HYGIENE_IDS.applications.console]);
    expect((await apps('owners/$count eq 1')).ids).toEqual([]);
  });

  it('is an advanced query here too', async () => {
    const token = await userToken(emulator, { userId: IDS.users.reader, scopes: ['Application.Read.All'] });
    const res = await graph(emulator, `/applications?$filter=${encodeURIComponent('owners/$count eq 0')}`, { token });
    expect(res.status).toBe(400);
    expect(res.body.error!.code).toBe('Request_UnsupportedQuery');
  });
});
