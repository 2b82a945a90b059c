import { describe, expect, it } from 'vitest';
import type { GraphClient, GraphRequestInit } from './graph-client';
import { ReportsPacer } from './reports-pacer';
import { readOwnerlessServicePrincipals, readSignInActivity } from './read-hygiene';

function fakeGraph(pages: Record<string, unknown>) {
  const calls: { url: string; init: GraphRequestInit }[] = [];
  const graph: GraphClient = {
    baseUrl: 'https://graph.example.test/v1.0',
    request: <T>(url: string, init: GraphRequestInit) => {
      calls.push({ url, init });
      if (!(url in pages)) return Promise.reject(new Error(`unexpected ${url}`));
      return Promise.resolve(pages[url] as T);
    },
  };
  return { graph, calls };
}

describe('hygiene reads', () => {
  it('asks for owners/$count as an advanced query (ConsistencyLevel: eventual) and follows its pages', async () => {
    const first = '/servicePrincipals?$filter=owners/$count eq 0&$count=true&$top=999&$select=id';
    const { graph, calls } = fakeGraph({
      [first]: { value: [{ id: 'a' }], '@odata.nextLink': 'https://graph.example.test/v1.0/next' },
      'https://graph.example.test/v1.0/next': { value: [{ id: 'b' }] },
    });
    expect([...(await readOwnerlessServicePrincipals(graph, { scopes: ['Application.Read.All'] }))]).toEqual(['a', 'b']);
    expect(calls.map((c) => c.init.headers?.ConsistencyLevel)).toEqual(['eventual', 'eventual']);
  });

  it('reads the beta report on the same Graph host and keys last sign-ins by lower-case appId', async () => {
    const url = 'https://graph.example.test/beta/reports/servicePrincipalSignInActivities?$top=999&$select=appId,lastSignInActivity';
    const { graph, calls } = fakeGraph({
      [url]: {
        value: [
          { appId: 'ABC', lastSignInActivity: { lastSignInDateTime: '2026-01-01T00:00:00Z' } },
          { appId: 'def', lastSignInActivity: null },
        ],
      },
    });
    const byApp = await readSignInActivity(graph, { scopes: ['AuditLog.Read.All'], pacer: new ReportsPacer() });
    expect([...byApp]).toEqual([['abc', '2026-01-01T00:00:00Z']]);
    expect(calls[0]?.url).toBe(url);
  });
});
