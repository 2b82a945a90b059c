// One Graph call, from request to response, the same for an HTTP request and a $batch item:
// faults → authentication → routing → throttling (reports limit, identity & access model) → authorization →
// route → response ids.
import type { EmulatorContext } from '../context.ts';
import { registeredApp } from '../tenant/directory-lookups.ts';
import { authenticate } from './auth.ts';
import { authorize } from './authorize.ts';
import { errorResponse, GraphError, badRequest } from './errors.ts';
import { faultsFor, type FaultDecision, type FaultInjector } from './faults.ts';
import { BETA_ROUTES, ROUTES } from './routes/index.ts';
import { matchRoute, type CompiledRoute } from './routes/table.ts';
import { isReportsCall, ReportsLimit } from './reports-limit.ts';
import { Throttle } from './throttle.ts';
import type { GraphRequest, GraphResponse, Principal, RouteCall } from './types.ts';

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const KNOWN_ROOTS = new Set(['me', 'users', 'serviceprincipals', 'applications', 'oauth2permissiongrants', 'directoryroles', 'rolemanagement', 'auditlogs']);

export class GraphPipeline {
  readonly #context: EmulatorContext;
  readonly #throttle: Throttle | undefined;
  readonly #reports: ReportsLimit | undefined;
  readonly #faults: FaultInjector;

  constructor(context: EmulatorContext) {
    this.#context = context;
    const { throttling, reportsLimit } = context.options;
    this.#throttle = throttling ? new Throttle(typeof throttling === 'object' ? throttling : {}) : undefined;
    this.#reports = reportsLimit === false ? undefined : new ReportsLimit(reportsLimit);
    this.#faults = faultsFor(context);
    // A reset returns the emulator to its start: throttling state goes with the tenant state.
    context.store.onReset(() => {
      this.#throttle?.clear();
      this.#reports?.clear();
    });
  }

  serviceRoot(version: GraphRequest['version'] = 'v1.0'): string {
    return `${this.#context.graphUrl}/${version}`;
  }

  async dispatch(request: GraphRequest): Promise<GraphResponse> {
    try {
      const fault = await this.applyFault(request);
      if (fault) return fault;
      const principal = await this.authenticate(request);
      return withIds(await this.#route(request, principal), request);
    } catch (error) {
      return this.fail(error, request);
    }
  }

  /** Latency and forced failures chosen by the fault injector; undefined when the request goes on. */
  async applyFault(request: GraphRequest): Promise<GraphResponse | undefined> {
    const target = `${request.path}${request.query.size ? `?${request.query.toString()}` : ''}`;
    const decision = this.#faults.decide(request.method, target);
    if (decision.latencyMs) await sleep(decision.latencyMs);
    if (decision.drop && !request.inBatch) return { status: 0, headers: {}, drop: true };
    if (decision.drop)
      return withIds(errorResponse(new GraphError(504, 'GatewayTimeout', 'The gateway did not receive a response in time.'), request), request);
    if (decision.status) return withIds(faultError(decision, request), request);
    return undefined;
  }

  authenticate(request: GraphRequest): Promise<Principal> {
    return authenticate(this.#context, request);
  }

  fail(error: unknown, request: GraphRequest): GraphResponse {
    if (error instanceof GraphError) return withIds(errorResponse(error, request), request);
    console.error('[graph] unexpected error', error);
    return withIds(errorResponse(new GraphError(500, 'generalException', 'General exception while processing.'), request), request);
  }

  async #route(request: GraphRequest, principal: Principal): Promise<GraphResponse> {
    const { routePath, aliased } = resolveAlternateKey(this.#context, request.path);
    const match = matchRoute(request.version === 'beta' ? BETA_ROUTES : ROUTES, request.method, routePath);
    if (match === undefined) throw badRequest(`Resource not found for the segment '${unknownSegment(request.path)}'.`, 'BadRequest');
    if (match === 'method') throw badRequest('Specified HTTP method is not allowed for the request target.', 'Request_BadRequest');
    const { route, params } = match;
    if (route.delegatedOnly && !principal.delegated) throw badRequest('/me request is only valid with delegated authentication flow.', 'BadRequest');
    const key = permissionKeyFor(route, aliased);
    // Limits are counted before authorization (a refused 403 call still counts; the real order is not documented).
    if (isReportsCall(key)) this.#reports?.take(principal);
    const throttleHeaders = this.#throttle?.charge(key, request, principal) ?? {};
    const call: RouteCall = { ...request, context: this.#context, principal, params, serviceRoot: this.serviceRoot(request.version) };
    authorize(key, call, route.roles?.(call));
    const response = await route.handler(call);
    return { ...response, headers: { ...throttleHeaders, ...response.headers } };
  }
}

/** /servicePrincipals(appId='…')/rest and /applications(appId='…')/rest as …/{id}/rest, authorized under the alternate-key entry. */
function resolveAlternateKey(context: EmulatorContext, path: string): { routePath: string; aliased: boolean } {
  const m = /^\/(servicePrincipals|applications)\(appId=(?:'([^']*)'|([^)]*))\)(\/.*)?$/i.exec(path);
  if (!m) return { routePath: path, aliased: false };
  const appId = m[2] ?? m[3] ?? '';
  const applications = m[1]!.toLowerCase() === 'applications';
  const id = applications ? registeredApp(context.store, appId, true)?.registration?.application?.id : context.store.servicePrincipalByAppId(appId)?.id;
  return { routePath: `/${applications ? 'applications' : 'servicePrincipals'}/${encodeURIComponent(id ?? appId)}${m[4] ?? ''}`, aliased: true };
}

function permissionKeyFor(route: CompiledRoute, aliased: boolean): string {
  return aliased ? route.key.replace(/^(\w+ \/(?:serviceprincipals|applications))\/\{id\}/, '$1(appid={value})') : route.key;
}

function unknownSegment(path: string): string {
  const segments = path.split('/').filter(Boolean);
  const first = segments[0] ?? '';
  return KNOWN_ROOTS.has(first.toLowerCase().replace(/\(.*$/, '')) ? (segments[segments.length - 1] ?? first) : first;
}

function faultError(decision: FaultDecision, request: GraphRequest): GraphResponse {
  const status = decision.status ?? 503;
  const retry = decision.retryAfter ?? (status === 429 || status === 503 ? 1 : undefined);
  const headers: Record<string, string> = retry === undefined ? {} : { 'Retry-After': String(retry) };
  const [code, message] = FAULT_TEXT[status] ?? ['UnknownError', `Injected fault (${status}).`];
  return errorResponse(new GraphError(status, code, message.replace('{path}', request.path), headers), request);
}

const FAULT_TEXT: Record<number, [string, string]> = {
  400: ['BadRequest', 'Injected bad request.'],
  404: ['Request_ResourceNotFound', "Resource '{path}' does not exist or one of its queried reference-property objects are not present."],
  429: ['TooManyRequests', 'Too many requests. Please retry after the time in the Retry-After header.'],
  500: ['generalException', 'General exception while processing.'],
  502: ['BadGateway', 'Bad gateway.'],
  503: ['ServiceUnavailable', 'The service is temporarily unavailable. Please retry later.'],
  504: ['GatewayTimeout', 'The gateway did not receive a response in time.'],
};

export function withIds(response: GraphResponse, request: GraphRequest): GraphResponse {
  return { ...response, headers: { ...response.headers, 'request-id': request.requestId, 'client-request-id': request.clientRequestId } };
}
