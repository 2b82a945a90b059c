// Consent governance, in the shapes Microsoft Graph uses: who may consent to what (the authorization
// policy's permission grant policies, their condition sets, the APIs' delegated permission
// classifications) and the admin consent workflow (its policy and the users' requests).

/** permissionGrantConditionSet (api-reference/v1.0/resources/permissiongrantconditionset.md). */
export interface PermissionGrantConditionSet {
  id: string;
  /** a classification ('low') or 'all' (also unclassified permissions) */
  permissionClassification: string;
  /** 'delegatedUserConsentable' (built-in policies only): delegated permissions the API does not mark admin-only */
  permissionType: 'delegated' | 'application' | 'delegatedUserConsentable';
  /** the API's appId, or 'any' */
  resourceApplication: string;
  /** permission ids, or ['all'] */
  permissions: string[];
  /** client appIds, or ['all'] */
  clientApplicationIds: string[];
  /** tenants the client app is registered in, or ['all'] */
  clientApplicationTenantIds: string[];
  /** verified publishers' MPN ids, or ['all'] */
  clientApplicationPublisherIds: string[];
  clientApplicationsFromVerifiedPublisherOnly: boolean;
  certifiedClientApplicationsOnly: boolean;
}

/** permissionGrantPolicy (api-reference/v1.0/resources/permissiongrantpolicy.md). */
export interface PermissionGrantPolicy {
  id: string;
  displayName: string;
  description: string;
  deletedDateTime: null;
  includes: PermissionGrantConditionSet[];
  excludes: PermissionGrantConditionSet[];
}

/** delegatedPermissionClassification, kept with the API's service principal id. */
export interface DelegatedPermissionClassification {
  id: string;
  servicePrincipalId: string;
  permissionId: string;
  permissionName: string;
  /** v1.0 supports only 'low' (api-reference/v1.0/resources/delegatedpermissionclassification.md) */
  classification: 'low';
}

/** The authorizationPolicy singleton's properties (api-reference/v1.0/resources/authorizationpolicy.md). */
export interface AuthorizationPolicy {
  allowInvitesFrom: string;
  allowedToSignUpEmailBasedSubscriptions: boolean;
  allowedToUseSSPR: boolean;
  allowEmailVerifiedUsersToJoinOrganization: boolean;
  blockMsolPowerShell: boolean;
  guestUserRoleId: string;
  defaultUserRolePermissions: {
    allowedToCreateApps: boolean;
    allowedToCreateSecurityGroups: boolean;
    allowedToCreateTenants: boolean;
    allowedToReadBitlockerKeysForOwnedDevice: boolean;
    allowedToReadOtherUsers: boolean;
    /** "ManagePermissionGrantsForSelf.{policy id}" (user consent), ManagePermissionGrantsForOwnedResource.* (RSC) */
    permissionGrantPoliciesAssigned: string[];
  };
}

/** accessReviewReviewerScope, as adminConsentRequestPolicy.reviewers lists them. */
export interface ReviewerScope {
  query: string;
  queryType: string;
  queryRoot: string | null;
}

/** adminConsentRequestPolicy (api-reference/v1.0/resources/adminconsentrequestpolicy.md). */
export interface AdminConsentRequestPolicy {
  isEnabled: boolean;
  notifyReviewers: boolean;
  remindersEnabled: boolean;
  requestDurationInDays: number;
  reviewers: ReviewerScope[];
  version: number;
}

/** userConsentRequest (api-reference/v1.0/resources/userconsentrequest.md). */
export interface UserConsentRequest {
  id: string;
  approvalId: string;
  status: 'Initializing' | 'InProgress' | 'Expired' | 'Completed';
  reason: string;
  customData: string | null;
  createdDateTime: string;
  completedDateTime: string | null;
  createdBy: { user: { id: string; displayName: string; userPrincipalName: string } };
  /** What this user asked for (the emulator's own record; Graph shows the union as the app's pendingScopes). */
  scopes: string[];
}

/** appConsentRequest (api-reference/v1.0/resources/appconsentrequest.md), with its userConsentRequests. */
export interface AppConsentRequest {
  id: string;
  appId: string;
  appDisplayName: string;
  /** 'Dynamic' for named scopes, 'Static' for .default (the list example shows it) */
  consentType: 'Dynamic' | 'Static';
  pendingScopes: { displayName: string }[];
  userConsentRequests: UserConsentRequest[];
}

/** The tenant's governance state (custom policies only: the built-in ones are the same in every tenant). */
export interface ConsentGovernance {
  authorizationPolicy: AuthorizationPolicy;
  adminConsentRequestPolicy: AdminConsentRequestPolicy;
  permissionGrantPolicies: PermissionGrantPolicy[];
  classifications: DelegatedPermissionClassification[];
  appConsentRequests: AppConsentRequest[];
}
