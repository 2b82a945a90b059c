import { describe, expect, it } from 'vitest';
import { createGraphClient } from './graph-client';
import { iteratePages, listAllPages } from './paging';
import { fakeTransport, jsonResponse } from '../test-support/fake-transport';

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

/** A body that sends its head now and the rest when `release` is called: a slow download. */
function slowBody(head: string, rest: string) {
  const encoder = new TextEncoder();
  let release!: () => void;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(head));
      release = () => {
        controller.enqueue(encoder.encode(rest));
        controller.close();
      };
    },
  });
  return { response: new Response(body, { headers: { 'Content-Type': 'application/json' } }), release: () => release() };
}

describe('paging ahead of the body', () => {
  const FIRST = `${GRAPH}/v1.0/oauth2PermissionGrants?$top=2`;

  it('requests the next page as soon as the head names it, before this page has finished downloading', async () => {
    const bodies = new Map<string, ReturnType<typeof slowBody>>();
    const transport = fakeTransport((request) => {
      const page = request.url === FIRST ? 1 : 2;
      const link = page === 1 ? `,"@odata.nextLink":"${NEXT_1}"` : '';
      const body = slowBody(`{"@odata.context":"x"${link},"value":[`, page === 1 ? '1,2]}' : '3]}');
      bodies.set(request.url, body);
      return body.response;
    });
    const graph = createGraphClient({ graphBaseUrl: GRAPH, getToken: async () => 't', transport });
    const pages = iteratePages<number>(graph, FIRST, { scopes: ['x'] });
    const first = pages.next();
    await expect.poll(() => transport.requests.length).toBe(2);
    // Page 2 was requested while page 1's items were still on the way.
    expect(transport.requests[1]!.url).toBe(NEXT_1);
    bodies.get(FIRST)!.release();
    expect((await first).value).toEqual({ value: [1, 2], '@odata.context': 'x', '@odata.nextLink': NEXT_1 });
    bodies.get(NEXT_1)!.release();
    expect((await pages.next()).value).toMatchObject({ value: [3] });
    expect((await pages.next()).done).toBe(true);
    expect(transport.requests).toHaveLength(2);
  });

  it('follows the parsed page, not a head it misread, and cancels the request started from the head', async () => {
    const signals = new Map<string, AbortSignal>();
    const transport = fakeTransport((request) => {
      if (request.url === FIRST) {
        // Two nextLinks: the head sees the first, JSON keeps the last.
        return jsonText(`{"@odata.nextLink":"${NEXT_2}","value":[1],"@odata.nextLink":"${NEXT_1}"}`);
      }
      return jsonText(request.url === NEXT_1 ? '{"value":[2]}' : '{"value":["wrong"]}');
    }, signals);
    const graph = createGraphClient({ graphBaseUrl: GRAPH, getToken: async () => 't', transport });
    expect(await listAllPages(graph, FIRST, { scopes: ['x'] })).toEqual([1, 2]);
    expect(transport.requests.map((r) => r.url)).toEqual([FIRST, NEXT_2, NEXT_1]);
    expect(signals.get(NEXT_2)!.aborted).toBe(true);
  });

  it('cancels the request ahead when the caller stops early', async () => {
    const signals = new Map<string, AbortSignal>();
    const transport = fakeTransport((request) => jsonText(request.url === FIRST ? `{"@odata.nextLink":"${NEXT_1}","value":[1]}` : '{"value":[2]}'), signals);
    const graph = createGraphClient({ graphBaseUrl: GRAPH, getToken: async () => 't', transport });
    for await (const page of iteratePages<number>(graph, FIRST, { scopes: ['x'] })) {
      expect(page.value).toEqual([1]);
      break;
    }
    expect(signals.get(NEXT_1)?.aborted).toBe(true);
  });
});

function jsonText(text: string): Response {
  return new Response(text, { headers: { 'Content-Type': 'application/json' } });
}
