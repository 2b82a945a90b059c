// What a parsed $filter means for one collection: validation against the collection's policy (which
// properties take which operators — anything else is Graph's 400 Request_UnsupportedQuery) and
// evaluation against the serialized entities.
import type { CompareOp, FilterExpr, Literal, Operand, Property } from './filter.ts';

export type FilterOp = CompareOp | 'in' | 'startswith' | 'endswith';

export interface FilterPolicy {
  /** lower-case property path (a/b) → operators allowed on it */
  properties: Record<string, FilterOp[]>;
  /** lower-case collection path → (lower-case path inside the lambda, '' for the element) → operators */
  lambdas?: Record<string, Record<string, FilterOp[]>>;
  /** false: the collection's docs list no `or` (only its comparison operators), so `or` is refused. */
  or?: false;
}

export class UnsupportedFilter extends Error {}

/** How many objects an item's relationship holds, for `relationship/$count` in a filter. */
export type Counter = (item: unknown, relationship: string) => number | undefined;

interface CheckState {
  advanced: boolean;
  /** What made it advanced, for the refusal's message. */
  counted: boolean;
  /** Lower-case relationships whose /$count the collection filters on. */
  countable: readonly string[];
}

/**
 * Validates the filter; returns whether it needs an advanced query (ne, not, endsWith; `relationship/$count`
 * compared with eq or ne to 0 or 1, the only counts aad-advanced-queries.md lists) and whether a count did.
 */
export function validateFilter(expr: FilterExpr, policy: FilterPolicy, countable: readonly string[] = []): { advanced: boolean; counted: boolean } {
  const state: CheckState = { advanced: false, counted: false, countable };
  check(expr, policy.properties, policy, undefined, state);
  return { advanced: state.advanced, counted: state.counted };
}

function isCount(operand: Operand): operand is Property {
  return operand.kind === 'property' && operand.path.length === 2 && operand.path[1]!.toLowerCase() === '$count';
}

function checkCount(expr: Extract<FilterExpr, { kind: 'compare' }>, left: Property, variable: string | undefined, state: CheckState): void {
  const { right } = expr;
  if (variable !== undefined || !state.countable.includes(left.path[0]!.toLowerCase())) throw new UnsupportedFilter(`${left.path.join('/')}`);
  if ((expr.op !== 'eq' && expr.op !== 'ne') || right.kind !== 'literal' || (right.value !== 0 && right.value !== 1)) throw new UnsupportedFilter('count');
  state.advanced = true;
  state.counted = true;
}

function check(expr: FilterExpr, allowed: Record<string, FilterOp[]>, policy: FilterPolicy, variable: string | undefined, state: CheckState): void {
  switch (expr.kind) {
    case 'and':
    case 'or':
      if (expr.kind === 'or' && policy.or === false) throw new UnsupportedFilter('or');
      check(expr.left, allowed, policy, variable, state);
      check(expr.right, allowed, policy, variable, state);
      return;
    case 'not':
      state.advanced = true;
      check(expr.operand, allowed, policy, variable, state);
      return;
    case 'compare':
      if (isCount(expr.left)) return checkCount(expr, expr.left, variable, state);
      if (expr.op === 'ne') state.advanced = true;
      requireProperty(expr.left, expr.op, allowed, variable);
      requireLiteral(expr.right);
      return;
    case 'in':
      requireProperty(expr.left, 'in', allowed, variable);
      return;
    case 'call': {
      const name = expr.call.name;
      if (name !== 'startswith' && name !== 'endswith') throw new UnsupportedFilter(`Unsupported function ${name}`);
      if (name === 'endswith') state.advanced = true;
      const [target, value] = expr.call.args;
      if (!target || !value || expr.call.args.length !== 2) throw new UnsupportedFilter('Wrong number of arguments');
      requireProperty(target, name, allowed, variable);
      requireLiteral(value);
      return;
    }
    case 'lambda': {
      if (variable !== undefined) throw new UnsupportedFilter('Nested lambda');
      const inner = policy.lambdas?.[pathKey(expr.collection.path)];
      if (!inner || expr.op !== 'any') throw new UnsupportedFilter('Unsupported lambda');
      check(expr.body, inner, policy, expr.variable, state);
      return;
    }
  }
}

function requireProperty(operand: Operand, op: FilterOp, allowed: Record<string, FilterOp[]>, variable: string | undefined): void {
  if (operand.kind !== 'property') throw new UnsupportedFilter('Property expected');
  let path = operand.path;
  if (variable !== undefined) {
    if (path[0] !== variable) throw new UnsupportedFilter('Lambda body must use its variable');
    path = path.slice(1);
  }
  if (!allowed[pathKey(path)]?.includes(op)) throw new UnsupportedFilter(`${op} on ${path.join('/')}`);
}

function requireLiteral(operand: Operand): void {
  if (operand.kind !== 'literal') throw new UnsupportedFilter('Literal expected');
}

const pathKey = (path: string[]): string => path.join('/').toLowerCase();

// --- evaluation --------------------------------------------------------------------------------------

type Scope = Record<string, unknown>;

export function evaluate(expr: FilterExpr, entity: unknown, scope: Scope = {}, count?: Counter): boolean {
  switch (expr.kind) {
    case 'and':
      return evaluate(expr.left, entity, scope, count) && evaluate(expr.right, entity, scope, count);
    case 'or':
      return evaluate(expr.left, entity, scope, count) || evaluate(expr.right, entity, scope, count);
    case 'not':
      return !evaluate(expr.operand, entity, scope, count);
    case 'compare': {
      const actual = isCount(expr.left) ? count?.(entity, expr.left.path[0]!.toLowerCase()) : value(expr.left, entity, scope);
      return compare(expr.op, actual, expr.right.kind === 'literal' ? expr.right : undefined);
    }
    case 'in':
      return expr.values.some((v) => compare('eq', value(expr.left, entity, scope), v));
    case 'call': {
      const [target, arg] = expr.call.args;
      const text = target ? value(target, entity, scope) : undefined;
      const prefix = arg?.kind === 'literal' ? String(arg.value ?? '') : '';
      if (typeof text !== 'string') return false;
      const [a, b] = [text.toLowerCase(), prefix.toLowerCase()];
      return expr.call.name === 'startswith' ? a.startsWith(b) : a.endsWith(b);
    }
    case 'lambda': {
      const items = value(expr.collection, entity, scope);
      if (!Array.isArray(items)) return false;
      const test = (item: unknown) => evaluate(expr.body, entity, { ...scope, [expr.variable]: item });
      return expr.op === 'any' ? items.some(test) : items.every(test);
    }
  }
}

function value(operand: Operand, entity: unknown, scope: Scope): unknown {
  if (operand.kind === 'literal') return operand.value;
  if (operand.kind === 'call') return undefined;
  return resolve(operand, entity, scope);
}

function resolve(property: Property, entity: unknown, scope: Scope): unknown {
  const [first, ...rest] = property.path;
  let current: unknown = first !== undefined && first in scope ? scope[first] : entity;
  const segments = first !== undefined && first in scope ? rest : property.path;
  for (const segment of segments) {
    if (current === null || typeof current !== 'object') return undefined;
    const wanted = segment.toLowerCase();
    const key = Object.keys(current).find((k) => k.toLowerCase() === wanted);
    current = key === undefined ? undefined : (current as Record<string, unknown>)[key];
  }
  return current;
}

function compare(op: CompareOp, actual: unknown, literal: Literal | undefined): boolean {
  if (!literal) return false;
  const order = ordering(actual, literal);
  if (order === undefined) return op === 'ne';
  switch (op) {
    case 'eq':
      return order === 0;
    case 'ne':
      return order !== 0;
    case 'gt':
      return order > 0;
    case 'ge':
      return order >= 0;
    case 'lt':
      return order < 0;
    case 'le':
      return order <= 0;
  }
}

/** actual <=> literal, or undefined when they cannot be compared (absent values never match). Strings compare case-insensitively, as the directory does. */
function ordering(actual: unknown, literal: Literal): number | undefined {
  if (literal.type === 'null') return actual === null || actual === undefined ? 0 : undefined;
  if (actual === null || actual === undefined) return undefined;
  if (literal.type === 'datetime' && typeof actual === 'string') return Math.sign(Date.parse(actual) - Date.parse(String(literal.value)));
  if (typeof actual === 'number' && typeof literal.value === 'number') return Math.sign(actual - literal.value);
  if (typeof actual === 'boolean' && typeof literal.value === 'boolean') return actual === literal.value ? 0 : undefined;
  if (typeof actual === 'string' && typeof literal.value === 'string') {
    const [a, b] = [actual.toLowerCase(), literal.value.toLowerCase()];
    return a < b ? -1 : a > b ? 1 : 0;
  }
  return undefined;
}
