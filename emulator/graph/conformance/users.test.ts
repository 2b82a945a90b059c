// Reading users: User.Read covers only the signed-in user; User.ReadBasic.All reads everyone's basic
// profile only; $search tokenizes displayName and description and matches other properties by prefix.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../index.ts';
import { IDS, startEmulator } from '../test-support.ts';
import { callAs } from './support.ts';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());

const eventual = { headers: { ConsistencyLevel: 'eventual' } };
const BASIC = ['displayName', 'givenName', 'id', 'mail', 'surname', 'userPrincipalName'];

describe('api-reference/v1.0/api/user-get.md: User.Read / User.ReadWrite read only the signed-in user', () => {
  it('another user with User.Read → 403 Authorization_RequestDenied; with User.ReadWrite → 403', async () => {
    for (const scope of ['User.Read', 'User.ReadWrite']) {
      const res = await callAs(emulator, IDS.users.megan, [scope], `/users/${IDS.users.johanna}`);
      expect(res.status, scope).toBe(403);
      expect(res.body.error).toMatchObject({ code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' });
    }
    expect((await callAs(emulator, IDS.users.megan, ['User.Read'], '/users/johanna@contoso.example')).status).toBe(403);
  });

  it('the signed-in user by id or UPN with User.Read → 200 with the full default profile', async () => {
    const byId = await callAs(emulator, IDS.users.megan, ['User.Read'], `/users/${IDS.users.megan}`);
    expect(byId.status).toBe(200);
    expect(byId.body).toMatchObject({ id: IDS.users.megan, jobTitle: 'Marketing Manager', businessPhones: [] });
    expect((await callAs(emulator, IDS.users.megan, ['User.Read'], '/users/megan@contoso.example')).status).toBe(200);
  });

  it('another user with User.ReadBasic.All or User.Read.All → 200', async () => {
    expect((await callAs(emulator, IDS.users.megan, ['User.Read', 'User.ReadBasic.All'], `/users/${IDS.users.johanna}`)).status).toBe(200);
    expect((await callAs(emulator, IDS.users.megan, ['User.Read.All'], `/users/${IDS.users.johanna}`)).status).toBe(200);
  });
});

describe('permissions reference (User.ReadBasic.All): only the basic profile — displayName, givenName, surname, mail, userPrincipalName', () => {
  const scopes = ['User.Read', 'User.ReadBasic.All'];

  it('GET /users/{id}: default and $select of other properties return the basic profile only', async () => {
    const plain = await callAs(emulator, IDS.users.megan, scopes, `/users/${IDS.users.johanna}`);
    expect(
      Object.keys(plain.body)
        .filter((k) => !k.startsWith('@'))
        .sort(),
    ).toEqual(BASIC);
    const selected = await callAs(emulator, IDS.users.megan, scopes, `/users/${IDS.users.johanna}?$select=displayName,jobTitle,accountEnabled`);
    expect(selected.status).toBe(200);
    expect(selected.body).toMatchObject({ id: IDS.users.johanna, displayName: 'Johanna Lorenz' });
    expect(selected.body).not.toHaveProperty('jobTitle');
    expect(selected.body).not.toHaveProperty('accountEnabled');
  });

  it('GET /users and $search results: basic profile only; User.Read.All: the full default set', async () => {
    const list = await callAs(emulator, IDS.users.megan, scopes, '/users?$select=displayName,jobTitle');
    expect(list.status).toBe(200);
    expect(list.body.value!.every((u) => !('jobTitle' in u))).toBe(true);
    const search = await callAs(emulator, IDS.users.megan, scopes, `/users?$search=${encodeURIComponent('"displayName:Johanna"')}`, eventual);
    expect(search.body.value).toHaveLength(1);
    expect(Object.keys(search.body.value![0]!).sort()).toEqual(BASIC);
    const full = await callAs(emulator, IDS.users.megan, ['User.Read.All'], '/users?$select=displayName,jobTitle');
    expect(full.body.value!.some((u) => typeof u.jobTitle === 'string')).toBe(true);
  });

  it('/me with User.Read stays the full profile of the signed-in user', async () => {
    const me = await callAs(emulator, IDS.users.megan, scopes, '/me?$select=id,jobTitle');
    expect(me.body).toMatchObject({ jobTitle: 'Marketing Manager' });
  });
});

describe('concepts/search-query-parameter.md: only displayName and description are tokenized', () => {
  const search = async (clause: string, path = '/users', select = 'displayName,userPrincipalName,mail') => {
    const res = await callAs(
      emulator,
      IDS.users.admin,
      ['User.Read.All', 'Application.Read.All'],
      `${path}?$search=${encodeURIComponent(clause)}&$select=${select}`,
      eventual,
    );
    expect(res.status, res.text).toBe(200);
    return res.body.value!;
  };

  it('displayName: a word start anywhere matches ("Vance" finds Adele Vance), case-insensitively', async () => {
    expect((await search('"displayName:Vance"')).map((u) => u.displayName)).toEqual(['Adele Vance']);
    expect((await search('"displayName:vAN"')).map((u) => u.displayName)).toEqual(['Adele Vance']);
    expect(await search('"displayName:ance"')).toEqual([]);
  });

  it('displayName words split on case changes and digits: "helloWorld2go" is found by world, 2 and go', async () => {
    emulator.store.users.get(IDS.users.isaiah)!.displayName = 'helloWorld2go';
    for (const term of ['world', '2', 'go', 'helloworld', 'hello'])
      expect(
        (await search(`"displayName:${term}"`)).map((u) => u.displayName),
        term,
      ).toEqual(['helloWorld2go']);
    expect(await search('"displayName:orld"')).toEqual([]);
    emulator.store.users.get(IDS.users.isaiah)!.displayName = 'Isaiah Langer';
  });

  it('userPrincipalName and mail: only a prefix of the whole value matches', async () => {
    expect((await search('"userPrincipalName:admin@"')).map((u) => u.userPrincipalName)).toEqual(['admin@contoso.example']);
    expect(await search('"userPrincipalName:contoso"')).toEqual([]);
    expect(await search('"mail:example"')).toEqual([]);
  });

  it('service principals: description is tokenized too', async () => {
    const sp = emulator.store.servicePrincipals.get(IDS.sps.litwareNotes)!;
    sp.description = 'Team notebooks forSharing';
    expect((await search('"displayName:notes"', '/servicePrincipals', 'displayName')).length).toBeGreaterThan(0);
    const found = await search('"description:sharing"', '/servicePrincipals', 'displayName,description');
    expect(found.map((s) => s.displayName)).toEqual([sp.displayName]);
  });
});
