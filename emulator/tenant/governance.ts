// The tenant's consent governance state and its rules: the built-in and custom permission grant policies,
// which of them the default user role holds, the APIs' delegated permission classifications, and the admin
// consent workflow's requests — created from the "Need admin approval" page, expired after the policy's
// requestDurationInDays (userConsentRequest.status: Initializing, InProgress, Expired, Completed). Graph
// has no approve/deny call and granting through Graph does not touch a request (the docs say nothing of
// it), so a request stays InProgress until it expires.
import { randomUUID } from 'node:crypto';
import { builtInPolicies, FOR_SELF } from './built-in-policies.ts';
import type { AppConsentRequest, ConsentGovernance, PermissionGrantPolicy, UserConsentRequest } from './governance-types.ts';
import type { ServicePrincipal, TenantSettings, User } from './types.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A tenant nobody configured: users may consent to what the API lets them (the legacy default), no workflow. */
export function defaultGovernance(): ConsentGovernance {
  return {
    authorizationPolicy: authorizationPolicy(['ManagePermissionGrantsForSelf.microsoft-user-default-legacy']),
    adminConsentRequestPolicy: { isEnabled: false, notifyReviewers: false, remindersEnabled: false, requestDurationInDays: 0, reviewers: [], version: 0 },
    permissionGrantPolicies: [],
    classifications: [],
    appConsentRequests: [],
  };
}

/** The authorization policy with the defaults of a new tenant and the given permission grant policies. */
export function authorizationPolicy(permissionGrantPoliciesAssigned: string[]): ConsentGovernance['authorizationPolicy'] {
  return {
    allowInvitesFrom: 'everyone',
    allowedToSignUpEmailBasedSubscriptions: true,
    allowedToUseSSPR: true,
    allowEmailVerifiedUsersToJoinOrganization: false,
    blockMsolPowerShell: false,
    guestUserRoleId: '10dae51f-b6af-4016-8d66-8c2a99b929b3',
    defaultUserRolePermissions: {
      allowedToCreateApps: true,
      allowedToCreateSecurityGroups: true,
      allowedToCreateTenants: true,
      allowedToReadBitlockerKeysForOwnedDevice: true,
      allowedToReadOtherUsers: true,
      permissionGrantPoliciesAssigned,
    },
  };
}

interface GovernanceHolder {
  governance: ConsentGovernance;
  settings: TenantSettings;
}

/** Built-in policies first (read-only), then the tenant's custom ones. */
export function allPolicies(store: GovernanceHolder): PermissionGrantPolicy[] {
  return [...builtInPolicies(store.settings.tenantId), ...store.governance.permissionGrantPolicies];
}

export function findPolicy(store: GovernanceHolder, id: string): PermissionGrantPolicy | undefined {
  return allPolicies(store).find((p) => p.id.toLowerCase() === id.toLowerCase());
}

export function isBuiltInPolicy(store: GovernanceHolder, id: string): boolean {
  return builtInPolicies(store.settings.tenantId).some((p) => p.id.toLowerCase() === id.toLowerCase());
}

/** The policies assigned to the default user role for consent on one's own behalf (ManagePermissionGrantsForSelf.*). */
export function userConsentPolicies(store: GovernanceHolder): PermissionGrantPolicy[] {
  return store.governance.authorizationPolicy.defaultUserRolePermissions.permissionGrantPoliciesAssigned
    .filter((a) => a.toLowerCase().startsWith(FOR_SELF))
    .map((a) => findPolicy(store, a.slice(FOR_SELF.length)))
    .filter((p): p is PermissionGrantPolicy => p !== undefined);
}

/** The classification an API gave one of its delegated permissions ('low'), if any. */
export function classificationOf(store: GovernanceHolder, resourceId: string, permissionId: string): string | undefined {
  return store.governance.classifications.find((c) => c.servicePrincipalId === resourceId && c.permissionId === permissionId)?.classification;
}

/** InProgress requests older than requestDurationInDays become Expired; an app's pendingScopes follow its open requests. */
export function expireRequests(store: GovernanceHolder, now = Date.now()): void {
  const days = store.governance.adminConsentRequestPolicy.requestDurationInDays;
  for (const request of store.governance.appConsentRequests) {
    for (const u of request.userConsentRequests) {
      if (u.status === 'InProgress' && days > 0 && Date.parse(u.createdDateTime) + days * DAY_MS <= now) u.status = 'Expired';
    }
    request.pendingScopes = pendingScopesOf(request.userConsentRequests);
  }
}

function pendingScopesOf(requests: readonly UserConsentRequest[]): { displayName: string }[] {
  const scopes: string[] = [];
  for (const u of requests)
    if (u.status === 'InProgress') for (const s of u.scopes) if (!scopes.some((x) => x.toLowerCase() === s.toLowerCase())) scopes.push(s);
  return scopes.map((displayName) => ({ displayName }));
}

export function openRequestOf(store: GovernanceHolder, appId: string, userId: string): UserConsentRequest | undefined {
  expireRequests(store);
  const app = store.governance.appConsentRequests.find((r) => r.appId.toLowerCase() === appId.toLowerCase());
  return app?.userConsentRequests.find((u) => u.createdBy.user.id === userId && u.status === 'InProgress');
}

export interface NewConsentRequest {
  client: ServicePrincipal;
  user: User;
  /** the scopes the user asked for, as asked (OIDC scopes included, as the docs' example shows) */
  scopes: string[];
  consentType: AppConsentRequest['consentType'];
  reason: string;
  now?: Date;
}

/**
 * "Request approval": adds the user's request to the app's appConsentRequest (created on the first one).
 * A user with a request for the app still InProgress gets that one back, nothing new (the stricter reading:
 * the docs describe one pending request per user and app, not how a second is refused).
 */
export function submitConsentRequest(store: GovernanceHolder, input: NewConsentRequest): { created: boolean; request: UserConsentRequest } {
  const open = openRequestOf(store, input.client.appId, input.user.id);
  if (open) return { created: false, request: open };
  const requests = store.governance.appConsentRequests;
  let app = requests.find((r) => r.appId.toLowerCase() === input.client.appId.toLowerCase());
  if (!app) {
    app = {
      id: randomUUID(),
      appId: input.client.appId,
      appDisplayName: input.client.displayName,
      consentType: input.consentType,
      pendingScopes: [],
      userConsentRequests: [],
    };
    requests.push(app);
  }
  const id = randomUUID();
  const { user } = input;
  const request: UserConsentRequest = {
    id,
    approvalId: id,
    status: 'InProgress',
    reason: input.reason,
    customData: null,
    createdDateTime: (input.now ?? new Date()).toISOString(),
    completedDateTime: null,
    createdBy: { user: { id: user.id, displayName: user.displayName, userPrincipalName: user.userPrincipalName } },
    scopes: [...input.scopes],
  };
  app.userConsentRequests.push(request);
  app.pendingScopes = pendingScopesOf(app.userConsentRequests);
  return { created: true, request };
}
