// OData query options of a collection request, validated as Microsoft Graph validates them for directory
// objects: $top (1–999, default 100), $skiptoken (ours: opaque offset), $select, $filter, $search and
// $count (only with ConsistencyLevel: eventual), $orderby on the few sortable properties.
import { badRequest, unsupportedQuery } from '../errors.ts';
import type { GraphRequest, RouteCall } from '../types.ts';
import { FilterSyntaxError, parseFilter, type FilterExpr } from './filter.ts';
import { UnsupportedFilter, validateFilter, type FilterPolicy } from './filter-eval.ts';
import { parseSearch, type SearchExpr } from './search.ts';

export interface CollectionPolicy {
  /** microsoft.graph type name, for $select errors */
  type: string;
  filter: FilterPolicy;
  /** properties a client may $select (the serialized entity's properties) */
  selectable: readonly string[];
  /** properties returned when there is no $select (users return a default set) */
  defaults?: readonly string[];
  searchable?: readonly string[];
  sortable?: readonly string[];
  /** Relationships a filter may count (lower-case name → the item's count of it), e.g. owners/$count eq 0. */
  counts?: Record<string, (call: RouteCall, item: never) => number>;
  /** The properties this caller may see at all (undefined: all); a $select of others returns them absent. */
  visible?: (call: RouteCall) => readonly string[] | undefined;
}

export interface ListQuery {
  top: number;
  offset: number;
  select?: string[];
  filter?: FilterExpr;
  search?: SearchExpr;
  count: boolean;
  orderBy?: { property: string; descending: boolean };
}

export const DEFAULT_PAGE = 100;
export const MAX_PAGE = 999;
const ADVANCED_HELP = 'Refer to https://aka.ms/graph-docs/advanced-queries for more information';

export function isEventual(request: GraphRequest): boolean {
  return (request.headers.consistencylevel ?? '').trim().toLowerCase() === 'eventual';
}

/** Query options are case-insensitive and may come with or without the $ prefix. */
export function option(query: URLSearchParams, name: string): string | undefined {
  for (const [key, value] of query) {
    const k = key.toLowerCase();
    if (k === `$${name}` || k === name) return value;
  }
  return undefined;
}

export function parseListQuery(request: GraphRequest, policy: CollectionPolicy): ListQuery {
  const { query } = request;
  const eventual = isEventual(request);
  if (option(query, 'skip') !== undefined) throw badRequest("'$skip' is not supported by the service.");
  const top = parseTop(option(query, 'top'));
  const count = parseCount(option(query, 'count'), eventual);
  const search = parseSearchOption(option(query, 'search'), eventual, policy);
  const filter = parseFilterOption(option(query, 'filter'), eventual, count, policy);
  return {
    top,
    offset: decodeSkipToken(option(query, 'skiptoken')),
    select: parseSelect(option(query, 'select'), policy),
    filter,
    search,
    count,
    orderBy: parseOrderBy(option(query, 'orderby'), policy),
  };
}

function parseTop(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_PAGE;
  if (!/^\d+$/.test(raw.trim())) {
    throw badRequest(`Invalid value '${raw}' for $top query option found. The $top query option requires a non-negative integer value.`, 'BadRequest');
  }
  const top = Number(raw);
  if (top < 1 || top > MAX_PAGE) throw badRequest(`Invalid page size specified: '${raw}'. Must be between 1 and ${MAX_PAGE} inclusive.`);
  return top;
}

function parseCount(raw: string | undefined, eventual: boolean): boolean {
  if (raw === undefined) return false;
  const value = raw.trim().toLowerCase();
  if (value !== 'true' && value !== 'false')
    throw badRequest(`Invalid value '${raw}' for $count query option found. Valid values are 'true', 'false'.`, 'BadRequest');
  if (value === 'true' && !eventual) throw badRequest('$count is not currently supported.');
  return value === 'true';
}

function parseSearchOption(raw: string | undefined, eventual: boolean, policy: CollectionPolicy): SearchExpr | undefined {
  if (raw === undefined) return undefined;
  if (!eventual)
    throw unsupportedQuery("Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'");
  const search = parseSearch(raw);
  if (!search) throw badRequest(`Invalid $search clause: '${raw}'. Expected "property:value" clauses joined by AND or OR.`, 'BadRequest');
  for (const property of search.properties) {
    if (!policy.searchable?.some((p) => p.toLowerCase() === property.toLowerCase())) throw unsupportedQuery();
  }
  return search;
}

function parseFilterOption(raw: string | undefined, eventual: boolean, count: boolean, policy: CollectionPolicy): FilterExpr | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  let expr: FilterExpr;
  try {
    expr = parseFilter(raw);
  } catch (error) {
    if (error instanceof FilterSyntaxError) throw badRequest(`Invalid filter clause: ${error.message}`, 'BadRequest');
    throw error;
  }
  try {
    const { advanced, counted } = validateFilter(expr, policy.filter, Object.keys(policy.counts ?? {}));
    if (counted && !(eventual && count)) {
      throw unsupportedQuery(
        `Filter with '$count' is not supported because the required parameters might be missing. Try adding $count=true query parameter and ConsistencyLevel:eventual header. ${ADVANCED_HELP}`,
      );
    }
    if (advanced && !(eventual && count)) {
      throw unsupportedQuery(
        `Operator 'ne', 'not' or 'endsWith' is not supported because the required parameters might be missing. Try adding $count=true query parameter and ConsistencyLevel:eventual header. ${ADVANCED_HELP}`,
      );
    }
  } catch (error) {
    if (error instanceof UnsupportedFilter) throw unsupportedQuery();
    throw error;
  }
  return expr;
}

function parseSelect(raw: string | undefined, policy: CollectionPolicy): string[] | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  const names = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return names.map((name) => {
    const known = policy.selectable.find((p) => p.toLowerCase() === name.toLowerCase());
    if (!known) throw badRequest(`Could not find a property named '${name}' on type 'microsoft.graph.${policy.type}'.`);
    return known;
  });
}

function parseOrderBy(raw: string | undefined, policy: CollectionPolicy): ListQuery['orderBy'] {
  if (raw === undefined || raw.trim() === '') return undefined;
  const [name = '', direction = 'asc', ...rest] = raw.trim().split(/\s+/);
  const property = policy.sortable?.find((p) => p.toLowerCase() === name.toLowerCase());
  if (!property || rest.length > 0 || !['asc', 'desc'].includes(direction.toLowerCase())) throw badRequest('Sorting not supported for current query.');
  return { property, descending: direction.toLowerCase() === 'desc' };
}

// Skip tokens are opaque to clients (they must follow @odata.nextLink unchanged); ours carry an offset.
export function encodeSkipToken(offset: number): string {
  return Buffer.from(JSON.stringify({ v: 1, o: offset })).toString('base64url');
}

function decodeSkipToken(raw: string | undefined): number {
  if (raw === undefined) return 0;
  try {
    const parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as { o?: unknown };
    if (typeof parsed.o === 'number' && Number.isInteger(parsed.o) && parsed.o >= 0) return parsed.o;
  } catch {
    // falls through to the error below
  }
  throw badRequest('The specified page token value has expired and can no longer be included in your request.');
}
