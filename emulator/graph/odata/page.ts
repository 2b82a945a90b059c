// Collection responses: filter, search and sort the store's objects, cut one page, serialize it, project
// $select, and link the next page with an absolute @odata.nextLink on the emulator's own Graph origin.
import { unsupportedQuery } from '../errors.ts';
import type { GraphResponse, RouteCall } from '../types.ts';
import { evaluate, type Counter } from './filter-eval.ts';
import { encodeSkipToken, isEventual, parseListQuery, type CollectionPolicy, type ListQuery } from './query.ts';
import { matchesSearch } from './search.ts';
import { restrictTo } from '../user-profile.ts';

export type Entity = Record<string, unknown>;

export function contextUrl(call: RouteCall, fragment: string): string {
  return `${call.serviceRoot}/$metadata#${fragment}`;
}

/** The items a query selects, before paging. Filters run on the store objects (only public properties are filterable). */
function select<T extends object>(items: readonly T[], q: ListQuery, count?: Counter): readonly T[] {
  if (!q.filter && !q.search && !q.orderBy) return items; // a plain listing: nothing to evaluate per item
  let out = items.filter((item) => (!q.filter || evaluate(q.filter, item, {}, count)) && (!q.search || matchesSearch(q.search, item as Entity)));
  if (q.orderBy) {
    const { property, descending } = q.orderBy;
    const key = (item: T) => String((item as Entity)[property] ?? '').toLowerCase();
    out = [...out].sort((a, b) => (descending ? -1 : 1) * key(a).localeCompare(key(b)));
  }
  return out;
}

export function project(entity: Entity, selected: readonly string[] | undefined): Entity {
  if (!selected) return entity;
  const out: Entity = {};
  if ('@odata.type' in entity) out['@odata.type'] = entity['@odata.type'];
  out.id = entity.id;
  for (const name of selected) if (name in entity) out[name] = entity[name];
  return out;
}

export function listResponse<T extends object>(
  call: RouteCall,
  items: readonly T[],
  policy: CollectionPolicy,
  contextPath: string,
  serialize: (item: T) => Entity,
): GraphResponse {
  const q = parseListQuery(call, policy);
  const selected = select(items, q, counter(call, policy));
  const page = selected.slice(q.offset, q.offset + q.top);
  const fields = q.select ?? policy.defaults;
  const visible = policy.visible?.(call);
  const body: Entity = { '@odata.context': contextUrl(call, q.select ? `${contextPath}(${q.select.join(',')})` : contextPath) };
  if (q.count && q.offset === 0) body['@odata.count'] = selected.length;
  if (q.offset + q.top < selected.length) body['@odata.nextLink'] = nextLink(call, q.offset + q.top);
  body.value = page.map((item) => restrictTo(project(serialize(item), fields), visible));
  return {
    status: 200,
    headers: { 'Content-Type': 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8' },
    body,
  };
}

/** The same request with the next $skiptoken; query keys stay unencoded ($top, $filter) as Graph writes them. */
function nextLink(call: RouteCall, offset: number): string {
  const parts: string[] = [];
  for (const [key, value] of call.query) {
    if (key.toLowerCase().replace(/^\$/, '') === 'skiptoken') continue;
    parts.push(`${key}=${encodeURIComponent(value)}`);
  }
  parts.push(`$skiptoken=${encodeSkipToken(offset)}`);
  return `${call.serviceRoot}${call.path}?${parts.join('&')}`;
}

/** GET …/$count: text/plain, only as an advanced query. */
export function countResponse<T extends object>(call: RouteCall, items: readonly T[], policy: CollectionPolicy): GraphResponse {
  if (!isEventual(call)) {
    throw unsupportedQuery(
      "Raw count (/$count) is not supported because the 'ConsistencyLevel:eventual' header is missing. Refer to https://aka.ms/graph-docs/advanced-queries for more information",
    );
  }
  // /$count is itself a count request, so advanced filters (ne, not, endsWith) need no $count=true here.
  const query = new URLSearchParams([...call.query].filter(([k]) => k.toLowerCase().replace(/^\$/, '') !== 'count'));
  query.set('$count', 'true');
  const q = parseListQuery({ ...call, query }, policy);
  return { status: 200, headers: { 'Content-Type': 'text/plain' }, body: String(select(items, { ...q, orderBy: undefined }, counter(call, policy)).length) };
}

/** The collection's relationship counts, bound to this call's store. */
function counter(call: RouteCall, policy: CollectionPolicy): Counter | undefined {
  const { counts } = policy;
  return counts && ((item, relationship) => (Object.hasOwn(counts, relationship) ? counts[relationship]!(call, item as never) : undefined));
}
