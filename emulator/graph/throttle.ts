// The identity & access throttling model: per app + tenant, a token bucket of resource units (RU) refilled
// continuously over the window, and a second bucket for writes. Costs follow the documented table:
// GET oauth2PermissionGrants 2 RU, other GETs 1; $select −1, $expand +1 (never below 1); a write costs
// 1 RU and 1 write.
import type { ThrottlingLimits } from '../context.ts';
import { GraphError } from './errors.ts';
import { option } from './odata/query.ts';
import type { GraphRequest, Principal } from './types.ts';

export const DEFAULT_LIMITS: ThrottlingLimits = { resourceUnits: 3500, windowSeconds: 10, writes: 3000, writeWindowSeconds: 150 };

class Bucket {
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

export function requestCost(request: Pick<GraphRequest, 'method' | 'path' | 'query'>): { units: number; write: boolean } {
  if (request.method !== 'GET') return { units: 1, write: true };
  let units = /oauth2permissiongrants/i.test(request.path) ? 2 : 1;
  if (option(request.query, 'select') !== undefined) units -= 1;
  if (option(request.query, 'expand') !== undefined) units += 1;
  return { units: Math.max(1, units), write: false };
}

export class Throttle {
  readonly #limits: ThrottlingLimits;
  readonly #units = new Map<string, Bucket>();
  readonly #writes = new Map<string, Bucket>();

  constructor(limits: Partial<ThrottlingLimits> = {}) {
    this.#limits = { ...DEFAULT_LIMITS, ...limits };
  }

  /** Charges the request to its app + tenant; throws Graph's 429 when a bucket is empty. Returns headers for the response. */
  charge(request: GraphRequest, principal: Principal, now = Date.now()): Record<string, string> {
    const key = `${principal.claims.tid}/${principal.appId}`;
    const { units, write } = requestCost(request);
    const l = this.#limits;
    const ruWait = bucket(this.#units, key, () => new Bucket(l.resourceUnits, l.windowSeconds, now)).take(units, now);
    if (ruWait > 0) throw tooMany(ruWait, 'ResourceUnitLimitExceeded', `Tenant_Application_All/${key}`);
    if (write) {
      const writeWait = bucket(this.#writes, key, () => new Bucket(l.writes, l.writeWindowSeconds, now)).take(1, now);
      if (writeWait > 0) throw tooMany(writeWait, 'WriteLimitExceeded', `Tenant_Application_Write/${key}`);
    }
    return { 'x-ms-resource-unit': String(units) };
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
