// Fault injection for Graph requests (and single $batch items): added latency, forced statuses (429, 503,
// 500, 404…) on chosen routes — the first N matches or every Nth — dropped connections, and a random
// error rate. Configured by options/CLI flags and, only when started for tests, by
// POST/GET/DELETE /_emulator/faults on the identity origin.
import type { EmulatorContext } from '../context.ts';
import { readBody, parseJson } from '../http/body.ts';
import { sendJson } from '../http/respond.ts';
import type { Router } from '../http/router.ts';

export interface FaultRule {
  method?: string;
  /** Matched against the Graph path after /v1.0 (with its query), as a substring or a regular expression. */
  path: string;
  status?: number;
  retryAfter?: number;
  /** Fail only the first N matching requests, then let them pass. */
  count?: number;
  /** Fail every Nth matching request. */
  every?: number;
  /** Close the connection without an answer. */
  drop?: boolean;
  latencyMs?: number;
}

export interface FaultConfig {
  rules?: FaultRule[];
  errorRate?: number;
  seed?: number;
}

export interface FaultDecision {
  latencyMs: number;
  status?: number;
  retryAfter?: number;
  drop?: boolean;
}

/** A rule as it runs: how many matching requests it has seen and how many it failed. */
export interface FaultRuleCount extends FaultRule {
  seen: number;
  failed: number;
}

/** GET /_emulator/faults: the rules with their counts, and the random error rate. */
export interface FaultReport {
  rules: FaultRuleCount[];
  errorRate: number;
}

interface LiveRule extends FaultRuleCount {
  regex?: RegExp;
}

/** mulberry32, so a seeded error rate fails the same requests every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class FaultInjector {
  #rules: LiveRule[] = [];
  #errorRate = 0;
  #random: () => number = prng(1);

  constructor(config: FaultConfig = {}) {
    this.configure(config);
  }

  configure(config: FaultConfig): void {
    this.#rules = (config.rules ?? []).map((rule) => ({ ...rule, regex: safeRegex(rule.path), seen: 0, failed: 0 }));
    this.#errorRate = config.errorRate ?? 0;
    this.#random = prng(config.seed ?? 1);
  }

  describe(): FaultReport {
    return { rules: this.#rules.map(({ regex, ...rule }) => (void regex, rule)), errorRate: this.#errorRate };
  }

  decide(method: string, target: string): FaultDecision {
    let latencyMs = 0;
    for (const rule of this.#rules) {
      if (!matches(rule, method, target)) continue;
      latencyMs += rule.latencyMs ?? 0;
      if (!rule.status && !rule.drop && rule.latencyMs) continue;
      rule.seen++;
      if (rule.count !== undefined && rule.failed >= rule.count) continue;
      if (rule.every && rule.seen % rule.every !== 0) continue;
      rule.failed++;
      return { latencyMs, status: rule.drop ? undefined : (rule.status ?? 503), retryAfter: rule.retryAfter, drop: rule.drop };
    }
    if (this.#errorRate > 0 && this.#random() < this.#errorRate) return { latencyMs, status: 503, retryAfter: 1 };
    return { latencyMs };
  }
}

function safeRegex(source: string): RegExp | undefined {
  try {
    return new RegExp(source, 'i');
  } catch {
    return undefined;
  }
}

function matches(rule: LiveRule, method: string, target: string): boolean {
  if (rule.method && rule.method.toUpperCase() !== method.toUpperCase()) return false;
  const candidates = [target, `/v1.0${target}`];
  return candidates.some((c) => c.toLowerCase().includes(rule.path.toLowerCase()) || (rule.regex?.test(c) ?? false));
}

const injectors = new WeakMap<EmulatorContext, FaultInjector>();

/** The faults the emulator was started with (its error rate): what a reset returns to. */
function startupFaults(context: EmulatorContext): FaultConfig {
  return { errorRate: context.options.errorRate, seed: context.options.faultSeed };
}

/**
 * One injector per running emulator, shared by the Graph origin and the control route. A tenant reset also
 * drops injected faults, so one test's faults never leak into the next test that resets.
 */
export function faultsFor(context: EmulatorContext): FaultInjector {
  let injector = injectors.get(context);
  if (!injector) {
    const created = new FaultInjector(startupFaults(context));
    context.store.onReset(() => created.configure(startupFaults(context)));
    injectors.set(context, created);
    injector = created;
  }
  return injector;
}

export function validateFaultConfig(input: unknown): FaultConfig | string {
  if (!input || typeof input !== 'object') return 'Body must be a JSON object.';
  const { rules = [], errorRate, seed } = input as Record<string, unknown>;
  if (!Array.isArray(rules)) return '"rules" must be an array.';
  for (const rule of rules as unknown[]) {
    if (!rule || typeof rule !== 'object' || typeof (rule as FaultRule).path !== 'string') return 'Every rule needs a "path" string.';
    const r = rule as FaultRule;
    const numbers = [r.status, r.retryAfter, r.count, r.every, r.latencyMs];
    if (numbers.some((n) => n !== undefined && (typeof n !== 'number' || !Number.isFinite(n) || n < 0)))
      return 'status, retryAfter, count, every and latencyMs must be non-negative numbers.';
  }
  if (errorRate !== undefined && (typeof errorRate !== 'number' || errorRate < 0 || errorRate > 1)) return '"errorRate" must be between 0 and 1.';
  if (seed !== undefined && typeof seed !== 'number') return '"seed" must be a number.';
  return { rules: rules as FaultRule[], errorRate: errorRate as number | undefined, seed: seed as number | undefined };
}

/** POST/GET/DELETE /_emulator/faults — registered by control/routes.ts only when testControl is on. */
export function faultRoutes(router: Router, context: EmulatorContext): void {
  router.post('/_emulator/faults', async ({ req, res }) => {
    let parsed: unknown;
    try {
      parsed = parseJson(await readBody(req));
    } catch {
      return sendJson(res, 400, { error: 'invalid_request', error_description: 'Body must be JSON.' });
    }
    const config = validateFaultConfig(parsed);
    if (typeof config === 'string') return sendJson(res, 400, { error: 'invalid_request', error_description: config });
    faultsFor(context).configure(config);
    sendJson(res, 200, faultsFor(context).describe());
  });
  router.get('/_emulator/faults', ({ res }) => sendJson(res, 200, faultsFor(context).describe()));
  router.add('DELETE', '/_emulator/faults', ({ res }) => {
    faultsFor(context).configure(startupFaults(context));
    sendJson(res, 200, faultsFor(context).describe());
  });
}
