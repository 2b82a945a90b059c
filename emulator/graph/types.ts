// The Graph pipeline's own request/response: one HTTP request and one $batch item are the same thing to
// authentication, throttling, faults, authorization and the routes.
import type { EmulatorContext } from '../context.ts';
import type { AccessTokenClaims } from '../tokens/access-token.ts';
import type { ServicePrincipal, User } from '../tenant/types.ts';

export interface GraphResponse {
  status: number;
  headers: Record<string, string>;
  /** JSON body (objects) or text/plain body (strings); absent for 204. */
  body?: unknown;
  /** Fault injection: close the connection without answering. */
  drop?: boolean;
}

export interface GraphRequest {
  method: string;
  /** The resource path after /v1.0 (or /beta), decoded, e.g. /servicePrincipals(appId='…')/appRoleAssignedTo */
  path: string;
  /** The API version (absent: v1.0); beta serves only the routes the emulator models under it. */
  version?: 'v1.0' | 'beta';
  query: URLSearchParams;
  /** Request headers with lower-case names. */
  headers: Record<string, string | undefined>;
  body: unknown;
  requestId: string;
  clientRequestId: string;
  /** A $batch item (its errors go into the batch response, its drop becomes a 503). */
  inBatch: boolean;
}

/** Who is calling, established from a verified access token. */
export interface Principal {
  claims: AccessTokenClaims;
  delegated: boolean;
  /** The signed-in user (delegated calls), from the store. */
  user?: User;
  /** The calling client's service principal in this tenant, when it has one. */
  client?: ServicePrincipal;
  appId: string;
  /** scp (delegated) or roles (application), lower-cased. */
  permissions: Set<string>;
}

export interface RouteCall extends GraphRequest {
  context: EmulatorContext;
  principal: Principal;
  params: Record<string, string>;
  /** Absolute Graph origin + /v1.0, for nextLinks and @odata.context. */
  serviceRoot: string;
}

export type RouteHandler = (call: RouteCall) => GraphResponse | Promise<GraphResponse>;
