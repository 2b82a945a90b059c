// Query misuse gets Graph's documented 400s; paging, $select, $count, $search and filters behave as Graph's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../index.ts';
import { appToken, graph, IDS, startEmulator, userToken } from './test-support.ts';

let emulator: Emulator;
let token: string;
const eventual = { ConsistencyLevel: 'eventual' };
beforeAll(async () => {
  emulator = await startEmulator({ generate: { servicePrincipals: 250, grants: 1000, seed: 7 } });
  token = await appToken(emulator, ['Application.Read.All', 'Directory.Read.All', 'AuditLog.Read.All']);
});
afterAll(() => emulator.close());

describe('query misuse', () => {
  it('$count without ConsistencyLevel: eventual', async () => {
    const raw = await graph(emulator, '/servicePrincipals/$count', { token });
    expect(raw.status).toBe(400);
    expect(raw.body.error).toMatchObject({ code: 'Request_UnsupportedQuery' });
    expect(raw.body.error!.message).toContain("Raw count (/$count) is not supported because the 'ConsistencyLevel:eventual' header is missing.");
    const option = await graph(emulator, '/servicePrincipals?$count=true', { token });
    expect(option.status).toBe(400);
    expect(option.body.error).toMatchObject({ code: 'Request_BadRequest', message: '$count is not currently supported.' });
  });

  it('$top above 999', async () => {
    const res = await graph(emulator, '/servicePrincipals?$top=5000', { token });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'Request_BadRequest', message: "Invalid page size specified: '5000'. Must be between 1 and 999 inclusive." });
  });

  it('unsupported filters', async () => {
    const onScope = await graph(emulator, `/oauth2PermissionGrants?$filter=${encodeURIComponent("scope eq 'User.Read'")}`, { token });
    expect(onScope.status).toBe(400);
    expect(onScope.body.error).toMatchObject({ code: 'Request_UnsupportedQuery', message: 'Unsupported Query.' });
    const contains = await graph(emulator, `/servicePrincipals?$filter=${encodeURIComponent("contains(displayName,'x')")}`, { token });
    expect(contains.body.error).toMatchObject({ code: 'Request_UnsupportedQuery' });
    const ne = await graph(emulator, `/servicePrincipals?$filter=${encodeURIComponent("displayName ne 'x'")}`, { token });
    expect(ne.status).toBe(400);
    expect(ne.body.error!.code).toBe('Request_UnsupportedQuery');
    const syntax = await graph(emulator, `/servicePrincipals?$filter=${encodeURIComponent("displayName eq 'x")}`, { token });
    expect(syntax.status).toBe(400);
    expect(syntax.body.error!.code).toBe('BadRequest');
    expect(syntax.body.error!.message).toMatch(/^Invalid filter clause/);
  });

  it('$search without ConsistencyLevel', async () => {
    const res = await graph(emulator, `/servicePrincipals?$search=${encodeURIComponent('"displayName:Contoso"')}`, { token });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'Request_UnsupportedQuery' });
  });
});

describe('paging and query options', () => {
  it('pages with $top and absolute nextLinks on the emulator origin, @odata.count on the first page only', async () => {
    const seen = new Set<string>();
    let url: string | undefined = `${emulator.graphUrl}/v1.0/servicePrincipals?$top=100&$count=true`;
    let pages = 0;
    while (url) {
      const res = await fetch(url, { headers: { Authorization: `Bearer ${token}`, ...eventual } });
      const body = (await res.json()) as { value: { id: string }[]; '@odata.nextLink'?: string; '@odata.count'?: number };
      if (pages === 0) expect(body['@odata.count']).toBe(emulator.store.servicePrincipals.size);
      else expect(body['@odata.count']).toBeUndefined();
      body.value.forEach((sp) => seen.add(sp.id));
      url = body['@odata.nextLink'];
      if (url) expect(url.startsWith(`${emulator.graphUrl}/v1.0/servicePrincipals?`)).toBe(true);
      pages++;
    }
    expect(seen.size).toBe(emulator.store.servicePrincipals.size);
    expect(pages).toBe(Math.ceil(seen.size / 100));
  });

  it('defaults to 100 per page', async () => {
    const res = await graph(emulator, '/oauth2PermissionGrants', { token });
    expect(res.body.value).toHaveLength(100);
    expect(res.body['@odata.nextLink']).toBeTruthy();
  });

  it('$select keeps id and only the selected properties; never exposes the registration', async () => {
    const res = await graph(emulator, '/servicePrincipals?$select=appId,displayName&$top=2', { token });
    expect(Object.keys(res.body.value![0]!).sort()).toEqual(['appId', 'displayName', 'id']);
    expect(res.body['@odata.context']).toContain('$metadata#servicePrincipals(appId,displayName)');
    const full = await graph(emulator, `/servicePrincipals/${IDS.sps.daemon}`, { token });
    expect(full.body).not.toHaveProperty('registration');
    expect(full.text).not.toContain('demo-daemon-secret');
  });

  it('filters grants by clientId, consentType and principalId', async () => {
    const filter = `clientId eq '${IDS.sps.mailHelper}' and consentType eq 'Principal'`;
    const res = await graph(emulator, `/oauth2PermissionGrants?$filter=${encodeURIComponent(filter)}`, { token });
    expect(res.status).toBe(200);
    const expected = [...emulator.store.grants.values()].filter((g) => g.clientId === IDS.sps.mailHelper && g.consentType === 'Principal');
    expect(res.body.value!.map((g) => g.id).sort()).toEqual(expected.map((g) => g.id).sort());
    expect(expected.length).toBeGreaterThan(0);
  });

  it('filters with startsWith, in, tags/any and advanced ne', async () => {
    const starts = await graph(emulator, `/servicePrincipals?$filter=${encodeURIComponent("startsWith(displayName,'microsoft')")}`, { token });
    expect(starts.body.value!.map((s) => s.displayName)).toEqual(['Microsoft Graph']);
    const inList = await graph(
      emulator,
      `/servicePrincipals?$filter=${encodeURIComponent(`appId in ('00000003-0000-0000-c000-000000000000', '${emulator.store.servicePrincipals.get(IDS.sps.daemon)!.appId}')`)}`,
      { token },
    );
    expect(inList.body.value).toHaveLength(2);
    const tags = await graph(
      emulator,
      `/servicePrincipals/$count?$filter=${encodeURIComponent("tags/any(t:t eq 'WindowsAzureActiveDirectoryIntegratedApp')")}`,
      { token, headers: eventual },
    );
    expect(Number(tags.text)).toBe(
      [...emulator.store.servicePrincipals.values()].filter((s) => s.tags.includes('WindowsAzureActiveDirectoryIntegratedApp')).length,
    );
    const ne = await graph(emulator, `/servicePrincipals?$count=true&$filter=${encodeURIComponent("publisherName ne 'Microsoft Services'")}`, {
      token,
      headers: eventual,
    });
    expect(ne.body['@odata.count']).toBe([...emulator.store.servicePrincipals.values()].filter((s) => s.publisherName !== 'Microsoft Services').length);
  });

  it('$search on displayName with ConsistencyLevel: eventual', async () => {
    const res = await graph(emulator, `/servicePrincipals?$search=${encodeURIComponent('"displayName:Mail"')}&$count=true`, { token, headers: eventual });
    expect(res.status).toBe(200);
    expect(res.body.value!.length).toBeGreaterThan(0);
    expect(res.body.value!.every((s) => /\bmail/i.test(String(s.displayName)))).toBe(true);
  });

  it('users: default properties, UPN look-up, /users/$count, memberOf with directory roles', async () => {
    const admin = await userToken(emulator, { userId: IDS.users.admin, scopes: ['User.Read', 'Directory.Read.All'] });
    const byUpn = await graph(emulator, '/users/admin@contoso.example', { token });
    expect(byUpn.body).toMatchObject({ id: IDS.users.admin, userPrincipalName: 'admin@contoso.example', businessPhones: [] });
    expect(byUpn.body).not.toHaveProperty('roleTemplateIds');
    const count = await graph(emulator, '/users/$count', { token, headers: eventual });
    expect(count.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(Number(count.text)).toBe(emulator.store.users.size);
    const roles = await graph(emulator, '/me/memberOf', { token: admin });
    expect(roles.body.value![0]).toMatchObject({ '@odata.type': '#microsoft.graph.directoryRole', roleTemplateId: '62e90394-69f5-4237-9190-012177145e10' });
  });

  it('audit log filters by activity, date range, target and initiator', async () => {
    const since = new Date(Date.now() - 1000).toISOString();
    const admin = await userToken(emulator, { userId: IDS.users.admin, scopes: ['DelegatedPermissionGrant.ReadWrite.All'] });
    const created = await graph(emulator, '/oauth2PermissionGrants', {
      method: 'POST',
      token: admin,
      body: { clientId: IDS.sps.quickPdf, consentType: 'AllPrincipals', resourceId: IDS.sps.graph, scope: 'User.Read' },
    });
    expect(created.status).toBe(201);
    const filter = `activityDisplayName eq 'Add delegated permission grant' and activityDateTime ge ${since} and targetResources/any(t:t/id eq '${IDS.sps.quickPdf}') and initiatedBy/user/id eq '${IDS.users.admin}'`;
    const res = await graph(emulator, `/auditLogs/directoryAudits?$filter=${encodeURIComponent(filter)}`, { token });
    expect(res.status, res.text).toBe(200);
    expect(res.body.value).toHaveLength(1);
    const duplicate = await graph(emulator, '/oauth2PermissionGrants', {
      method: 'POST',
      token: admin,
      body: { clientId: IDS.sps.quickPdf, consentType: 'AllPrincipals', resourceId: IDS.sps.graph, scope: 'User.Read' },
    });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error!.code).toBe('Request_MultipleObjectsWithSameKeyValue');
  });
});
