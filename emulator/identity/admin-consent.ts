// GET /{tenant}/v2.0/adminconsent: an administrator signs in, reviews what the app needs, and Accept
// grants it for the whole tenant (AllPrincipals grants + app role assignments), then
// `redirect_uri?admin_consent=True&tenant=…&scope=…&state=…`.
import type { RequestContext } from '../http/router.ts';
import { sendHtml } from '../http/respond.ts';
import { ADMIN_CONSENT_ROLES, GRAPH_APP_ROLE_CONSENT_ROLES, hasAnyRole } from '../tenant/roles.ts';
import type { GrantChange, TenantStore } from '../tenant/store.ts';
import type { ServicePrincipal, User } from '../tenant/types.ts';
import { parseAdminConsentRequest, type AdminConsentRequest } from './admin-consent-request.ts';
import { clientOf, interactionPath, showErrorPage, showSignIn } from './authorize.ts';
import { scopeItem } from './consent-view.ts';
import { aad } from './errors.ts';
import { consentPage, type PermissionGroup } from './pages.ts';
import { returnError, returnToApp } from './return.ts';
import { GRAPH_APP_ID } from './scopes.ts';
import { currentSession, resolveLoginHint, sessionCookie, type Identity } from './session.ts';
import type { Session, Transaction } from './state.ts';

export function handleAdminConsent(id: Identity, ctx: RequestContext): void {
  const parsed = parseAdminConsentRequest(id.context.store, ctx.params.tenant ?? '', ctx.url.searchParams);
  if (!parsed.ok) return 'page' in parsed ? showErrorPage(ctx, parsed.page) : returnError(ctx, parsed.to, parsed.redirect);
  const tx = id.state.createTransaction(parsed.request);
  const live = currentSession(id, ctx.req);
  const hinted = resolveLoginHint(id.context.store, parsed.request.loginHint);
  const forced = parsed.request.prompt === 'login' || parsed.request.prompt === 'select_account';
  if (live && !forced && (!hinted || hinted.id === live.user.id)) return continueAdminConsent(id, ctx, tx, live.user, live.session);
  if (hinted && !forced && hinted.accountEnabled) {
    const session = id.state.createSession(hinted.id);
    ctx.res.setHeader('Set-Cookie', sessionCookie(id.context, session));
    return continueAdminConsent(id, ctx, tx, hinted, session);
  }
  showSignIn(id, ctx, tx, hinted);
}

/** Admin consent needs an admin consent role; Microsoft Graph app roles need a higher one. */
export function mayGrantForTenant(store: TenantStore, user: User, request: AdminConsentRequest): boolean {
  if (!hasAnyRole(user.roleTemplateIds, ADMIN_CONSENT_ROLES)) return false;
  const graph = store.servicePrincipalByAppId(GRAPH_APP_ID);
  const graphRoles = request.permissions.some((p) => p.resourceId === graph?.id && p.appRoleIds.length > 0);
  return !graphRoles || hasAnyRole(user.roleTemplateIds, GRAPH_APP_ROLE_CONSENT_ROLES);
}

export function continueAdminConsent(id: Identity, ctx: RequestContext, tx: Transaction, user: User, session: Session): void {
  const request = tx.request;
  if (request.kind !== 'adminconsent') throw aad.transactionExpired();
  tx.userId = user.id;
  tx.sessionKey = session.key;
  if (!mayGrantForTenant(id.context.store, user, request)) {
    id.state.transactions.delete(tx.id);
    return returnError(ctx, request, aad.notAnAdmin());
  }
  const client = clientOf(id, request);
  sendHtml(
    ctx.res,
    200,
    consentPage({
      client,
      user,
      groups: adminGroups(id.context.store, request),
      txId: tx.id,
      action: interactionPath(tx, 'consent'),
      org: 'none',
      heading: 'Permissions requested — Accept for your organization',
    }),
  );
}

function adminGroups(store: TenantStore, request: AdminConsentRequest): PermissionGroup[] {
  return request.permissions.flatMap((p) => {
    const resource = store.servicePrincipals.get(p.resourceId);
    if (!resource) return [];
    const delegated = p.scopes
      .map((v) => resource.oauth2PermissionScopes.find((s) => s.value === v))
      .filter((s) => s !== undefined)
      .map((s) => ({ ...scopeItem(s, true), kind: 'Delegated', adminOnly: false }));
    const roles = p.appRoleIds
      .map((rid) => resource.appRoles.find((r) => r.id === rid))
      .filter((r) => r !== undefined)
      .map((r) => ({ name: r.displayName, description: r.description, kind: 'Application' }));
    return [{ api: resource.displayName, items: [...delegated, ...roles] }];
  });
}

/** Accept: tenant-wide grants and app role assignments, one audit event for the consent. */
export function acceptAdminConsent(id: Identity, ctx: RequestContext, tx: Transaction, user: User): void {
  const request = tx.request;
  if (request.kind !== 'adminconsent') throw aad.transactionExpired();
  id.state.transactions.delete(tx.id);
  if (!mayGrantForTenant(id.context.store, user, request)) return returnError(ctx, request, aad.notAnAdmin());
  const client = clientOf(id, request);
  const store = id.context.store;
  store.provision(client, { user });
  const changes = grantDelegatedForTenant(store, client, user, request);
  const roles = assignAppRoles(store, client, user, request);
  store.recordConsent(client, { user }, { onBehalfOfAll: true, changes, appOnly: changes.length === 0 && roles > 0 });
  const params: Record<string, string> = { admin_consent: 'True', tenant: request.tenant.tenantId, scope: request.rawScope };
  if (request.state !== undefined) params.state = request.state;
  returnToApp(ctx, request, params);
}

/**
 * Named delegated scopes are added to the AllPrincipals grants. With `.default` the AllPrincipals grants
 * are SET to what the registration configures: scopes granted tenant-wide before and no longer configured
 * are removed, on every resource the client holds a tenant-wide grant for ("Granting tenant-wide admin
 * consent may revoke permissions that have already been granted tenant-wide for that application" —
 * Entra's grant-admin-consent page). Users' own (Principal) grants are not touched.
 */
function grantDelegatedForTenant(store: TenantStore, client: ServicePrincipal, user: User, request: AdminConsentRequest): GrantChange[] {
  const wanted = new Map(request.permissions.map((p) => [p.resourceId, p.scopes]));
  if (request.isDefault) {
    for (const g of store.grants.values())
      if (g.clientId === client.id && g.consentType === 'AllPrincipals' && !wanted.has(g.resourceId)) wanted.set(g.resourceId, []);
  }
  const changes: GrantChange[] = [];
  for (const [resourceId, scopes] of wanted) {
    const key = { clientId: client.id, resourceId, consentType: 'AllPrincipals' as const, principalId: null };
    if (request.isDefault) changes.push(store.setGrantScopes(key, scopes, { user }));
    else if (scopes.length > 0) changes.push(store.addScopesToGrant(key, scopes, { user }));
  }
  return changes.filter((c) => c.before !== null || c.after !== null);
}

/** App roles are only ever added (and only come from `.default`); returns how many the request names. */
function assignAppRoles(store: TenantStore, client: ServicePrincipal, user: User, request: AdminConsentRequest): number {
  let count = 0;
  for (const p of request.permissions) {
    for (const appRoleId of p.appRoleIds) {
      count++;
      const exists = [...store.appRoleAssignments.values()].some(
        (a) => a.principalId === client.id && a.resourceId === p.resourceId && a.appRoleId === appRoleId,
      );
      if (!exists) store.createAppRoleAssignment({ principalId: client.id, resourceId: p.resourceId, appRoleId }, { user });
    }
  }
  return count;
}
