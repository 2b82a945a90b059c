// Batched paging's rounds against a fake Graph: which items go in which $batch, and what comes back.
import { describe, expect, it, vi } from 'vitest';
import { fakeTransport, jsonResponse, type RecordedRequest } from '../test-support/fake-transport';
import { batchItemUrl, followChainsInBatches } from './batched-paging';
import { createGraphClient } from './graph-client';
import type { GraphPage, PageChain } from './paging';

const GRAPH = 'http://localhost:4011';
const BASE = `${GRAPH}/v1.0`;

type Page = GraphPage<string>;
interface SentBatch {
  requests: { id: string; method: string; url: string }[];
}
interface AnswerItem {
  id: string;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/** `count` pages of `name`: the first at `/name`, the others at nextLinks under the base URL (written before value, as Graph does). */
function chainPages(name: string, count: number, link = (i: number) => `${BASE}/${name}?$skiptoken=${i}`): [string, Page][] {
  return Array.from({ length: count }, (_, i): [string, Page] => {
    const page: Page = i + 1 < count ? { '@odata.nextLink': link(i + 1), value: [] } : { value: [] };
    page.value = [`${name}-${i}a`, `${name}-${i}b`];
    return [i === 0 ? `/${name}` : `/${name}?$skiptoken=${i}`, page];
  });
}

const pageItem = (id: string, page: Page | undefined): AnswerItem =>
  page
    ? { id, status: 200, headers: { 'Content-Type': 'application/json' }, body: page }
    : { id, status: 404, body: { error: { code: 'Request_ResourceNotFound', message: 'no such page' } } };

interface FakeGraphOptions {
  /** Answers an item otherwise: its url, the how-many-th time it is asked. */
  item?: (url: string, asked: number, id: string) => AnswerItem | undefined;
  /** Answers the n-th $batch call itself otherwise. */
  call?: (n: number) => Response | undefined;
}

/** A Graph that answers GETs and $batch items from `tenant`. */
function fakeGraph(tenant: Map<string, Page>, options: FakeGraphOptions = {}) {
  const asked = new Map<string, number>();
  let calls = 0;
  const transport = fakeTransport((request) => {
    if (!request.url.endsWith('/$batch')) return jsonResponse(tenant.get(request.url.slice(BASE.length)) ?? { error: { code: 'x', message: 'x' } });
    const failed = options.call?.(++calls);
    if (failed) return failed;
    const sent = JSON.parse(request.body!) as SentBatch;
    const responses = sent.requests.map((r) => {
      const n = (asked.get(r.url) ?? 0) + 1;
      asked.set(r.url, n);
      return options.item?.(r.url, n, r.id) ?? pageItem(r.id, tenant.get(r.url));
    });
    return jsonResponse({ responses });
  });
  return { transport, graph: createGraphClient({ graphBaseUrl: GRAPH, getToken: async () => 't', transport }) };
}

const itemUrls = (request: RecordedRequest) => (JSON.parse(request.body!) as SentBatch).requests.map((r) => r.url);

function collector() {
  const got: Record<string, string[]> = {};
  const chain = (name: string, then?: () => PageChain[]): PageChain => ({
    first: `/${name}`,
    scopes: [`${name}.Read`],
    onPage: (page) => (got[name] ??= []).push(...(page as Page).value),
    then,
  });
  return { got, chain };
}

const all = (name: string, count: number) => chainPages(name, count).flatMap(([, page]) => page.value);

describe('batched paging', () => {
  it('takes one round per page of the longest chain, one $batch per round, the longest chain first', async () => {
    const { graph, transport } = fakeGraph(new Map([...chainPages('grants', 6), ...chainPages('sps', 2), ...chainPages('one', 1), ...chainPages('three', 3)]));
    const { got, chain } = collector();
    let requests = 0;

    await followChainsInBatches(graph, [chain('grants'), chain('sps', () => [chain('one'), chain('three')])], { onRequest: () => requests++ });

    expect(transport.requests.every((r) => r.method === 'POST' && r.url === `${BASE}/$batch`)).toBe(true);
    expect(transport.requests.map(itemUrls)).toEqual([
      ['/grants', '/sps'],
      ['/grants?$skiptoken=1', '/sps?$skiptoken=1'],
      // The next round leaves on the heads of this one; followers start once their chain's last page is parsed.
      ['/grants?$skiptoken=2'],
      ['/grants?$skiptoken=3', '/one', '/three'],
      ['/grants?$skiptoken=4', '/three?$skiptoken=1'],
      ['/grants?$skiptoken=5', '/three?$skiptoken=2'],
    ]);
    expect(requests).toBe(6);
    expect(got).toEqual({ grants: all('grants', 6), sps: all('sps', 2), one: all('one', 1), three: all('three', 3) });
    expect(JSON.parse(transport.requests[0]!.body!)).toMatchObject({ requests: [{ method: 'GET' }, { method: 'GET' }] });
  });

  it('packs at most 20 items a call: more chains are more calls in the same round', async () => {
    const names = Array.from({ length: 25 }, (_, i) => `c${i}`);
    const { graph, transport } = fakeGraph(new Map(names.flatMap((n) => chainPages(n, 2))));
    const { got, chain } = collector();
    await followChainsInBatches(
      graph,
      names.map((n) => chain(n)),
      {},
    );
    expect(transport.requests.map((r) => itemUrls(r).length)).toEqual([20, 5, 20, 5]);
    expect(Object.keys(got)).toHaveLength(25);
  });

  it('strips the Graph base URL from a next link and refuses one on another host', () => {
    expect(batchItemUrl(BASE, `${BASE}/servicePrincipals?$top=999&$skiptoken=X%3D`)).toBe('/servicePrincipals?$top=999&$skiptoken=X%3D');
    expect(batchItemUrl(BASE, 'https://graph.evil.example/v1.0/servicePrincipals')).toBeUndefined();
    expect(batchItemUrl(BASE, `${GRAPH}.evil.example/v1.0/x`)).toBeUndefined();
    expect(batchItemUrl(BASE, `${GRAPH}/beta/x`)).toBeUndefined();
  });

  it('never follows a next link to another host', async () => {
    const { graph, transport } = fakeGraph(new Map(chainPages('grants', 3, (i) => `https://graph.evil.example/v1.0/grants?$skiptoken=${i}`)));
    const { chain } = collector();
    await expect(followChainsInBatches(graph, [chain('grants')], {})).rejects.toMatchObject({ code: 'nextLinkRefused' });
    expect(transport.requests.flatMap(itemUrls)).toEqual(['/grants']);
  });

  it('re-sends an item throttled on its own after its Retry-After, in a later round, while the other chains go on', async () => {
    const sleep = vi.fn(async () => undefined);
    const tenant = new Map([...chainPages('grants', 4), ...chainPages('sps', 3)]);
    const { graph, transport } = fakeGraph(tenant, {
      item: (url, asked, id) =>
        url === '/sps?$skiptoken=1' && asked === 1
          ? { id, status: 429, headers: { 'Retry-After': '2' }, body: { error: { code: 'TooManyRequests', message: 'slow down' } } }
          : undefined,
    });
    const { got, chain } = collector();
    await followChainsInBatches(graph, [chain('grants'), chain('sps')], { retry: { sleep } });
    expect(sleep).toHaveBeenCalledWith(2000, expect.anything());
    expect(transport.requests.map(itemUrls)).toEqual([
      ['/grants', '/sps'],
      ['/grants?$skiptoken=1', '/sps?$skiptoken=1'],
      ['/grants?$skiptoken=2'],
      ['/grants?$skiptoken=3', '/sps?$skiptoken=1'],
      ['/sps?$skiptoken=2'],
    ]);
    expect(got).toEqual({ grants: all('grants', 4), sps: all('sps', 3) });
  });

  it('rejects when an item fails otherwise, or stays throttled past the retries', async () => {
    const tenant = new Map(chainPages('grants', 3));
    tenant.delete('/grants?$skiptoken=2');
    const { chain } = collector();
    await expect(followChainsInBatches(fakeGraph(tenant).graph, [chain('grants')], {})).rejects.toMatchObject({
      status: 404,
      code: 'Request_ResourceNotFound',
    });

    const throttled = fakeGraph(new Map(chainPages('grants', 2)), {
      item: (url, _asked, id) =>
        url === '/grants?$skiptoken=1'
          ? { id, status: 429, headers: { 'Retry-After': '1' }, body: { error: { code: 'TooManyRequests', message: 'x' } } }
          : undefined,
    });
    const sleep = vi.fn(async () => undefined);
    await expect(followChainsInBatches(throttled.graph, [chain('grants')], { retry: { sleep } })).rejects.toMatchObject({ status: 429 });
    expect(sleep).toHaveBeenCalledTimes(3);
  });

  it('goes on with plain paging from where each chain is when the $batch call itself fails', async () => {
    const tenant = new Map([...chainPages('grants', 4), ...chainPages('sps', 2)]);
    const { graph, transport } = fakeGraph(tenant, {
      call: (n) => (n === 2 ? jsonResponse({ error: { code: 'BadRequest', message: 'no batch today' } }, 400) : undefined),
    });
    const { got, chain } = collector();
    let requests = 0;
    await followChainsInBatches(graph, [chain('grants'), chain('sps')], { onRequest: () => requests++ });

    expect(got).toEqual({ grants: all('grants', 4), sps: all('sps', 2) });
    const sent = transport.requests.map((r) => `${r.method} ${r.url.replace(BASE, '')}`);
    expect(sent.slice(0, 2)).toEqual(['POST /$batch', 'POST /$batch']);
    expect(sent.slice(2).sort()).toEqual(['GET /grants?$skiptoken=1', 'GET /grants?$skiptoken=2', 'GET /grants?$skiptoken=3', 'GET /sps?$skiptoken=1']);
    expect(requests).toBe(6);
  });

  it('a chain of N pages alone takes N round trips, one $batch of one item each', async () => {
    const { graph, transport } = fakeGraph(new Map(chainPages('grants', 8)));
    const { got, chain } = collector();
    await followChainsInBatches(graph, [chain('grants')], {});
    expect(transport.requests.map(itemUrls)).toEqual(chainPages('grants', 8).map(([url]) => [url]));
    expect(got.grants).toEqual(all('grants', 8));
  });

  it('sends the next round as soon as the heads of this one are in, before its answer has finished downloading', async () => {
    const tenant = new Map([...chainPages('grants', 2), ...chainPages('sps', 2)]);
    const encoder = new TextEncoder();
    let release!: () => void;
    const transport = fakeTransport((request) => {
      const sent = JSON.parse(request.body!) as SentBatch;
      const text = JSON.stringify({ responses: sent.requests.map((r) => pageItem(r.id, tenant.get(r.url))) });
      if (sent.requests[0]!.url !== '/grants') return jsonResponse(JSON.parse(text));
      // The first answer stops inside the last item's values until released.
      const cut = text.lastIndexOf('"value":[') + 12;
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(encoder.encode(text.slice(0, cut)));
          release = () => {
            controller.enqueue(encoder.encode(text.slice(cut)));
            controller.close();
          };
        },
      });
      return new Response(body, { headers: { 'Content-Type': 'application/json' } });
    });
    const graph = createGraphClient({ graphBaseUrl: GRAPH, getToken: async () => 't', transport });
    const { got, chain } = collector();
    const loading = followChainsInBatches(graph, [chain('grants'), chain('sps')], {});
    await expect.poll(() => transport.requests.length).toBe(2);
    expect(itemUrls(transport.requests[1]!)).toEqual(['/grants?$skiptoken=1', '/sps?$skiptoken=1']);
    expect(got).toEqual({});
    release();
    await loading;
    // Page 2 came back first and was held until page 1 was read: each chain's pages stay in order, none is asked twice.
    expect(got).toEqual({ grants: all('grants', 2), sps: all('sps', 2) });
    expect(transport.requests).toHaveLength(2);
  });

  it('follows the parsed page, not a head it misread, and drops the page asked from that head', async () => {
    const tenant = new Map(chainPages('grants', 2));
    const transport = fakeTransport((request) => {
      const items = (JSON.parse(request.body!) as SentBatch).requests.map((r) =>
        r.url === '/grants'
          ? // Two next links: the head sees the first, JSON keeps the last.
            `{"id":"${r.id}","status":200,"body":{"@odata.nextLink":"${BASE}/grants?$skiptoken=9","value":["grants-0a","grants-0b"],"@odata.nextLink":"${BASE}/grants?$skiptoken=1"}}`
          : JSON.stringify(pageItem(r.id, r.url === '/grants?$skiptoken=9' ? { value: ['wrong'] } : tenant.get(r.url))),
      );
      return new Response(`{"responses":[${items.join(',')}]}`, { headers: { 'Content-Type': 'application/json' } });
    });
    const graph = createGraphClient({ graphBaseUrl: GRAPH, getToken: async () => 't', transport });
    const { got, chain } = collector();
    await followChainsInBatches(graph, [chain('grants')], {});
    expect(got.grants).toEqual(all('grants', 2));
    expect(transport.requests.map(itemUrls)).toEqual([['/grants'], ['/grants?$skiptoken=9'], ['/grants?$skiptoken=1']]);
  });

  it('stops when cancelled, also while waiting out a Retry-After', async () => {
    const { graph } = fakeGraph(new Map(chainPages('grants', 3)), {
      item: (url, _asked, id) =>
        url === '/grants?$skiptoken=1'
          ? { id, status: 429, headers: { 'Retry-After': '5' }, body: { error: { code: 'TooManyRequests', message: 'x' } } }
          : undefined,
    });
    const waiting = vi.fn(
      (_ms: number, signal?: AbortSignal | null) => new Promise<void>((_, reject) => signal?.addEventListener('abort', () => reject(signal.reason))),
    );
    const cancel = new AbortController();
    const { chain } = collector();
    const loading = followChainsInBatches(graph, [chain('grants')], { signal: cancel.signal, retry: { sleep: waiting } });
    await expect.poll(() => waiting.mock.calls.length).toBe(1);
    cancel.abort();
    await expect(loading).rejects.toMatchObject({ name: 'AbortError' });
  });
});
