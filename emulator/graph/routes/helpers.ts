// Small pieces every route module uses: responses, look-ups that 404 as Graph does, the audit actor.
import type { Actor } from '../../tenant/store.ts';
import type { ServicePrincipal, User } from '../../tenant/types.ts';
import { notFound } from '../errors.ts';
import { contextUrl, type Entity } from '../odata/page.ts';
import type { GraphResponse, RouteCall } from '../types.ts';

export const JSON_TYPE = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

export function entityResponse(call: RouteCall, fragment: string, entity: Entity, status = 200, headers: Record<string, string> = {}): GraphResponse {
  return { status, headers: { 'Content-Type': JSON_TYPE, ...headers }, body: { '@odata.context': contextUrl(call, fragment), ...entity } };
}

export function noContent(): GraphResponse {
  return { status: 204, headers: {} };
}

export function actorOf(call: RouteCall): Actor {
  return { user: call.principal.user, app: call.principal.client };
}

/** /users/{id} takes an object id or a user principal name. */
export function findUser(call: RouteCall, idOrUpn: string): User | undefined {
  const { store } = call.context;
  return idOrUpn.includes('@') ? store.userByUpn(idOrUpn) : (store.users.get(idOrUpn.toLowerCase()) ?? store.users.get(idOrUpn));
}

export function requireUser(call: RouteCall, idOrUpn: string): User {
  const user = findUser(call, idOrUpn);
  if (!user) throw notFound(idOrUpn);
  return user;
}

export function requireServicePrincipal(call: RouteCall, id: string): ServicePrincipal {
  const sp = call.context.store.servicePrincipals.get(id) ?? call.context.store.servicePrincipals.get(id.toLowerCase());
  if (!sp) throw notFound(id);
  return sp;
}

/** The signed-in user of a delegated call (routes under /me are delegated-only, so it exists). */
export function me(call: RouteCall): User {
  const user = call.principal.user;
  if (!user) throw notFound('me');
  return user;
}

export function isGuid(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
