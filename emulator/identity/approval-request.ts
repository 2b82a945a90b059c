// The admin consent workflow on the "Need admin approval" page: when adminConsentRequestPolicy.isEnabled,
// the page offers "Request approval" with a justification (configure-admin-consent-workflow.md); sending it
// adds the user's userConsentRequest (InProgress, the scopes asked for) to the app's appConsentRequest and
// shows "Request sent". A user whose request for the app is still InProgress cannot send another one. Leaving
// either page returns access_denied AADSTS65004 (application-sign-in-unexpected-user-consent-error.md).
import type { RequestContext } from '../http/router.ts';
import { sendHtml } from '../http/respond.ts';
import { openRequestOf, submitConsentRequest } from '../tenant/governance.ts';
import type { TenantStore } from '../tenant/store.ts';
import type { ServicePrincipal, User } from '../tenant/types.ts';
import type { AuthorizeRequest } from './authorize-request.ts';
import { errorIds } from './errors.ts';
import { needsAdminPage, requestSentPage, type ApprovalWorkflow } from './pages.ts';
import { configuredScopes } from './scopes.ts';

export interface NeedsAdminInput {
  client: ServicePrincipal;
  user: User;
  txId: string;
  /** the pages' form target (POST /{tenant}/consent) */
  action: string;
  message?: string;
}

function workflowFor(store: TenantStore, client: ServicePrincipal, user: User, message?: string): ApprovalWorkflow | undefined {
  if (!store.governance.adminConsentRequestPolicy.isEnabled) return undefined;
  return { pendingSince: openRequestOf(store, client.appId, user.id)?.createdDateTime, message };
}

export function showNeedsAdmin(store: TenantStore, ctx: RequestContext, input: NeedsAdminInput): void {
  const workflow = workflowFor(store, input.client, input.user, input.message);
  sendHtml(ctx.res, 200, needsAdminPage({ ...input, ids: errorIds(ctx), workflow }));
}

/** The scopes a request records, as the user's app asked for them (OIDC scopes too, as Graph lists them). */
function askedScopes(store: TenantStore, client: ServicePrincipal, request: AuthorizeRequest): string[] {
  const { scopes } = request;
  const resource = store.servicePrincipals.get(scopes.resourceId);
  const values = scopes.isDefault && resource ? [...new Set([...configuredScopes(store, client, resource), ...scopes.values])] : scopes.values;
  return [...values, ...scopes.oidc];
}

/**
 * POST action=request. Refused (the page again) when the workflow is off, the user already has a request
 * InProgress for the app, or the justification is empty.
 */
export function requestApproval(store: TenantStore, ctx: RequestContext, input: NeedsAdminInput & { request: AuthorizeRequest; reason: string }): void {
  const { client, user } = input;
  if (!store.governance.adminConsentRequestPolicy.isEnabled || openRequestOf(store, client.appId, user.id)) return showNeedsAdmin(store, ctx, input);
  const reason = input.reason.trim();
  if (!reason) return showNeedsAdmin(store, ctx, { ...input, message: 'Enter a justification for requesting this app.' });
  submitConsentRequest(store, {
    client,
    user,
    scopes: askedScopes(store, client, input.request),
    consentType: input.request.scopes.isDefault ? 'Static' : 'Dynamic',
    reason: reason.slice(0, 1024),
  });
  sendHtml(ctx.res, 200, requestSentPage(input));
}
