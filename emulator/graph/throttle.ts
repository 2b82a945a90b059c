// The identity & access throttling model (concepts/throttling-limits.md, includes/throttling-identity-and-access.md):
// per app + tenant, a token bucket of resource units (RU) refilled continuously over the window, and a second
// bucket for writes. Costs come from the generated rules: each documented call's baseResourceUnitCost and
// writeCost, else the page's cost table, else its default (GET 1 RU; writes 1 RU + 1 write). A GET's $select
// costs 1 less, $expand 1 more, $top below 20 1 less, never below the minimum of 1. Calls of other services
// (the reports service, unlisted resources) are not charged here.
import type { ThrottlingLimits } from '../context.ts';
import { apiRule, graphRules } from '../rules/rules.ts';
import { GraphError } from './errors.ts';
import { option } from './odata/query.ts';
import type { GraphRequest, Principal } from './types.ts';

export const DEFAULT_LIMITS: ThrottlingLimits = { resourceUnits: 3500, windowSeconds: 10, writes: 3000, writeWindowSeconds: 150 };

export class Bucket {
  #tokens: number;
  #last: number;
  readonly #perMs: number;

  constructor(
    readonly capacity: number,
    windowSeconds: number,
    now: number,
  ) {
    this.#tokens = capacity;
    this.#last = now;
    this.#perMs = capacity / (windowSeconds * 1000);
  }

  /** Takes `cost` tokens, or returns how many ms until they would be available. */
  take(cost: number, now: number): number {
    this.#tokens = Math.min(this.capacity, this.#tokens + (now - this.#last) * this.#perMs);
    this.#last = now;
    if (this.#tokens >= cost) {
      this.#tokens -= cost;
      return 0;
    }
    return (cost - this.#tokens) / this.#perMs;
  }
}

export interface RequestCost {
  /** resource units */
  units: number;
  /** requests charged to the write bucket */
  writes: number;
}

/** The base [resource units, write cost] of a call key, or undefined when the identity service does not charge it. */
function baseCost(key: string, method: string): [number, number] | undefined {
  const throttle = apiRule(key)?.throttle;
  if (throttle) return throttle.service === 'identityAndAccess' ? [throttle.cost, throttle.writeCost] : undefined;
  const { costs, defaultCosts } = graphRules.throttling;
  return (Object.hasOwn(costs, key) ? costs[key] : undefined) ?? defaultCosts[method] ?? (method === 'GET' ? [1, 0] : [1, 1]);
}

export function requestCost(key: string, request: Pick<GraphRequest, 'method' | 'query'>): RequestCost | undefined {
  const base = baseCost(key, request.method);
  if (!base) return undefined;
  const [units, writes] = base;
  if (request.method !== 'GET') return { units, writes };
  const m = graphRules.throttling.modifiers;
  let cost = units;
  if (option(request.query, 'select') !== undefined) cost += m.select;
  if (option(request.query, 'expand') !== undefined) cost += m.expand;
  const top = Number(option(request.query, 'top'));
  if (Number.isInteger(top) && top > 0 && top < 20) cost += m.topBelow20;
  return { units: Math.max(m.minimum, cost), writes };
}

export class Throttle {
  readonly #limits: ThrottlingLimits;
  readonly #units = new Map<string, Bucket>();
  readonly #writes = new Map<string, Bucket>();

  constructor(limits: Partial<ThrottlingLimits> = {}) {
    this.#limits = { ...DEFAULT_LIMITS, ...limits };
  }

  /** Charges the call to its app + tenant; throws Graph's 429 when a bucket is empty. Returns headers for the response. */
  charge(key: string, request: GraphRequest, principal: Principal, now = Date.now()): Record<string, string> {
    const cost = requestCost(key, request);
    if (!cost) return {};
    const app = `${principal.claims.tid}/${principal.appId}`;
    const l = this.#limits;
    const ruWait = bucket(this.#units, app, () => new Bucket(l.resourceUnits, l.windowSeconds, now)).take(cost.units, now);
    if (ruWait > 0) throw tooMany(ruWait, 'ResourceUnitLimitExceeded', `Tenant_Application/ReadWrite/${principal.appId}/${principal.claims.tid}`);
    if (cost.writes > 0) {
      const writeWait = bucket(this.#writes, app, () => new Bucket(l.writes, l.writeWindowSeconds, now)).take(cost.writes, now);
      if (writeWait > 0) throw tooMany(writeWait, 'WriteLimitExceeded', `Tenant_Application/Write/${principal.appId}/${principal.claims.tid}`);
    }
    return { 'x-ms-resource-unit': String(cost.units) };
  }

  /** Forgets every bucket (the emulator's reset). */
  clear(): void {
    this.#units.clear();
    this.#writes.clear();
  }
}

function bucket(map: Map<string, Bucket>, key: string, create: () => Bucket): Bucket {
  let b = map.get(key);
  if (!b) map.set(key, (b = create()));
  return b;
}

function tooMany(waitMs: number, reason: string, scope: string): GraphError {
  return new GraphError(429, 'TooManyRequests', 'Too many requests. Please retry after the time in the Retry-After header.', {
    'Retry-After': String(Math.max(1, Math.ceil(waitMs / 1000))),
    'x-ms-throttle-information': reason,
    'x-ms-throttle-scope': scope,
  });
}
