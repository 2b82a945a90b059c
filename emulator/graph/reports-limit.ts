// The reports service's limit (includes/throttling-aad-reports.md, concepts/throttling-limits.md): directory
// audits and sign-ins allow 5 requests per 10 seconds per app and tenant. Always on, unlike the opt-in
// identity & access model: a console that pages ahead through the audit log meets it on every real tenant.
// A sliding window of accepted requests; a refused request does not count.
import { apiRule, graphRules } from '../rules/rules.ts';
import { GraphError } from './errors.ts';
import type { Principal } from './types.ts';

export interface ReportsLimitOptions {
  requests: number;
  windowSeconds: number;
}

export const DEFAULT_REPORTS_LIMIT: ReportsLimitOptions = { ...graphRules.throttling.reports };

/** Is this call key served by the reports service (identityAndAccessReports)? */
export function isReportsCall(key: string): boolean {
  return apiRule(key)?.throttle.service === 'identityAndAccessReports';
}

export class ReportsLimit {
  readonly #limit: ReportsLimitOptions;
  readonly #accepted = new Map<string, number[]>();

  constructor(limit: ReportsLimitOptions = DEFAULT_REPORTS_LIMIT) {
    this.#limit = limit;
  }

  /** Counts one request of the app + tenant; throws Graph's 429 with Retry-After when the window is full. */
  take(principal: Principal, now = Date.now()): void {
    const key = `${principal.claims.tid}/${principal.appId}`;
    const windowMs = this.#limit.windowSeconds * 1000;
    const recent = (this.#accepted.get(key) ?? []).filter((at) => now - at < windowMs);
    if (recent.length >= this.#limit.requests) {
      this.#accepted.set(key, recent);
      const waitMs = recent[0]! + windowMs - now;
      throw new GraphError(429, 'TooManyRequests', 'Too many requests. Please retry after the time in the Retry-After header.', {
        'Retry-After': String(Math.max(1, Math.ceil(waitMs / 1000))),
      });
    }
    recent.push(now);
    this.#accepted.set(key, recent);
  }

  /** Forgets every window (the emulator's reset). */
  clear(): void {
    this.#accepted.clear();
  }
}

/** The CLI's --reports-limit: "N/S" (N requests per S seconds) or "off". */
export function parseReportsLimit(text: string): ReportsLimitOptions | false {
  if (text.trim().toLowerCase() === 'off') return false;
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const requests = Number(m?.[1]);
  const windowSeconds = Number(m?.[2]);
  if (!m || requests < 1 || windowSeconds < 1) throw new Error(`--reports-limit must be N/S (requests per seconds, e.g. 5/10) or off, got "${text}"`);
  return { requests, windowSeconds };
}
