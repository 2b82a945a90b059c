// JSON $batch: up to 20 requests, each run through the whole pipeline on its own (faults, auth, throttling,
// authorization), in dependency order; an item whose dependsOn failed gets 424 without running.
import { randomUUID } from 'node:crypto';
import { badRequest, errorResponse, GraphError } from './errors.ts';
import type { GraphPipeline } from './pipeline.ts';
import type { GraphRequest, GraphResponse } from './types.ts';
import { JSON_TYPE } from './routes/helpers.ts';

export const MAX_BATCH = 20;

interface BatchItem {
  id: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
  dependsOn: string[];
}

interface SubResponse {
  id: string;
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

export async function runBatch(pipeline: GraphPipeline, outer: GraphRequest): Promise<GraphResponse> {
  try {
    const fault = await pipeline.applyFault(outer);
    if (fault) return fault;
    await pipeline.authenticate(outer);
    const items = parseItems(outer.body);
    const responses = new Map<string, SubResponse>();
    for (const item of executionOrder(items)) responses.set(item.id, await runItem(pipeline, outer, item, responses));
    const body = { responses: items.map((item) => responses.get(item.id)!) };
    return { status: 200, headers: { 'Content-Type': JSON_TYPE, 'request-id': outer.requestId, 'client-request-id': outer.clientRequestId }, body };
  } catch (error) {
    return pipeline.fail(error, outer);
  }
}

function parseItems(body: unknown): BatchItem[] {
  const requests = (body as { requests?: unknown } | undefined)?.requests;
  if (!Array.isArray(requests)) throw badRequest('Invalid batch payload format.', 'BadRequest');
  if (requests.length > MAX_BATCH) throw badRequest(`The number of requests in the batch exceeds the limit of ${MAX_BATCH}.`, 'BadRequest');
  const ids = new Set<string>();
  return requests
    .map((raw: unknown) => {
      const r = (raw ?? {}) as Record<string, unknown>;
      const id = typeof r.id === 'number' ? String(r.id) : r.id;
      if (typeof id !== 'string' || !id) throw badRequest('Every request in a batch needs an id.', 'BadRequest');
      if (ids.has(id)) throw badRequest(`Request Id '${id}' is duplicated in the batch.`, 'BadRequest');
      ids.add(id);
      if (typeof r.method !== 'string' || typeof r.url !== 'string') throw badRequest(`Request '${id}' needs a method and a url.`, 'BadRequest');
      const dependsOn = Array.isArray(r.dependsOn) ? r.dependsOn.map(String) : [];
      return { id, method: r.method.toUpperCase(), url: r.url, headers: stringHeaders(r.headers), body: r.body, dependsOn };
    })
    .map((item, _i, all) => {
      const unknown = item.dependsOn.find((d) => !all.some((other) => other.id === d));
      if (unknown) throw badRequest(`Request '${item.id}' depends on '${unknown}', which is not in the batch.`, 'BadRequest');
      return item;
    });
}

function stringHeaders(raw: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (raw && typeof raw === 'object') for (const [k, v] of Object.entries(raw)) if (typeof v === 'string') out[k.toLowerCase()] = v;
  return out;
}

/** Dependencies first; a cycle is a bad request. */
function executionOrder(items: BatchItem[]): BatchItem[] {
  const done = new Set<string>();
  const order: BatchItem[] = [];
  while (order.length < items.length) {
    const ready = items.filter((i) => !done.has(i.id) && i.dependsOn.every((d) => done.has(d)));
    if (ready.length === 0) throw badRequest('The dependsOn chains of the batch form a cycle.', 'BadRequest');
    for (const item of ready) {
      done.add(item.id);
      order.push(item);
    }
  }
  return order;
}

async function runItem(pipeline: GraphPipeline, outer: GraphRequest, item: BatchItem, done: Map<string, SubResponse>): Promise<SubResponse> {
  const request = itemRequest(outer, item);
  const failedDependency = item.dependsOn.some((d) => (done.get(d)?.status ?? 500) >= 400);
  const response = failedDependency
    ? errorResponse(new GraphError(424, 'FailedDependency', 'The request failed because a request it depends on failed.'), request)
    : await pipeline.dispatch(request);
  return subResponse(item.id, response);
}

function itemRequest(outer: GraphRequest, item: BatchItem): GraphRequest {
  const url = new URL(item.url.replace(/^\/?(v1\.0\/)?/i, '/'), 'http://batch.invalid');
  return {
    method: item.method,
    path: decodeURIComponent(url.pathname),
    query: url.searchParams,
    headers: { ...item.headers, authorization: outer.headers.authorization },
    body: item.body,
    requestId: randomUUID(),
    clientRequestId: item.headers['client-request-id'] ?? outer.clientRequestId,
    inBatch: true,
  };
}

/** The Graph client parses a sub-response body as JSON only when the header key is exactly Content-Type. */
function subResponse(id: string, response: GraphResponse): SubResponse {
  const headers: Record<string, string> = {};
  for (const [key, value] of Object.entries(response.headers)) {
    if (key.toLowerCase() === 'content-type') headers['Content-Type'] = value;
    else if (key.toLowerCase() !== 'location') headers[key] = value;
  }
  return response.body === undefined ? { id, status: response.status, headers } : { id, status: response.status, headers, body: response.body };
}
