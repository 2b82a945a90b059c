import { describe, expect, it } from 'vitest';
import { createGraphClient } from './graph-client';
import { iteratePages, listAllPages } from './paging';
import { fakeTransport, jsonResponse } from './test-transport';

const GRAPH = 'http://localhost:4011';
const NEXT_1 = `${GRAPH}/v1.0/servicePrincipals?$top=2&$skiptoken=ABC%3D%3D`;
const NEXT_2 = `${GRAPH}/v1.0/servicePrincipals?$top=2&$skiptoken=DEF`;

function pagedGraph(failOn?: string) {
  const transport = fakeTransport((request) => {
    if (request.url === failOn) return jsonResponse({ error: { code: 'serviceUnavailable', message: 'x' } }, 500);
    if (request.url.endsWith('/servicePrincipals?$top=2')) return jsonResponse({ value: [1, 2], '@odata.nextLink': NEXT_1 });
    if (request.url === NEXT_1) return jsonResponse({ value: [3, 4], '@odata.nextLink': NEXT_2 });
    if (request.url === NEXT_2) return jsonResponse({ value: [5] });
    return jsonResponse({ error: { code: 'notFound', message: request.url } }, 404);
  });
  return { transport, graph: createGraphClient({ graphBaseUrl: GRAPH, getToken: async () => 't', transport }) };
}

describe('paging helper', () => {
  it('follows every nextLink unchanged and with the same scopes', async () => {
    const { graph, transport } = pagedGraph();
    const items = await listAllPages<number>(graph, '/servicePrincipals?$top=2', { scopes: ['Application.Read.All'] });
    expect(items).toEqual([1, 2, 3, 4, 5]);
    expect(transport.requests.map((r) => r.url)).toEqual([`${GRAPH}/v1.0/servicePrincipals?$top=2`, NEXT_1, NEXT_2]);
    for (const r of transport.requests) expect(r.headers.get('Authorization')).toBe('Bearer t');
  });

  it('yields page by page', async () => {
    const { graph } = pagedGraph();
    const sizes: number[] = [];
    for await (const page of iteratePages<number>(graph, '/servicePrincipals?$top=2', { scopes: ['x'] })) sizes.push(page.value.length);
    expect(sizes).toEqual([2, 2, 1]);
  });

  it('rejects instead of returning a partial list when a page fails', async () => {
    const { graph } = pagedGraph(NEXT_2);
    await expect(listAllPages(graph, '/servicePrincipals?$top=2', { scopes: ['x'] })).rejects.toMatchObject({ status: 500 });
  });

  it('stops at maxPages with an error when more pages remain', async () => {
    const { graph } = pagedGraph();
    await expect(listAllPages(graph, '/servicePrincipals?$top=2', { scopes: ['x'], maxPages: 2 })).rejects.toThrow(/Stopped after 2 pages/);
  });
});
