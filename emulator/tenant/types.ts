// The tenant's objects, in the shapes Microsoft Graph uses for them. Fields that Graph does not expose
// on the resource (the app registration's secrets, redirect URIs, required permissions) sit under
// `registration` and are never serialized by the Graph routes.

export interface PermissionScope {
  id: string;
  value: string;
  type: 'User' | 'Admin';
  isEnabled: boolean;
  adminConsentDisplayName: string;
  adminConsentDescription: string;
  userConsentDisplayName: string;
  userConsentDescription: string;
}

export interface AppRole {
  id: string;
  value: string;
  displayName: string;
  description: string;
  isEnabled: boolean;
  allowedMemberTypes: ('Application' | 'User')[];
}

export interface RequiredResourceAccess {
  resourceAppId: string;
  resourceAccess: { id: string; type: 'Scope' | 'Role' }[];
}

export interface VerifiedPublisher {
  displayName: string | null;
  verifiedPublisherId: string | null;
  addedDateTime: string | null;
}

/** A client secret as Graph reads it (passwordCredential): the secret itself is never returned. */
export interface PasswordCredential {
  keyId: string;
  displayName: string | null;
  startDateTime: string;
  endDateTime: string;
  /** The secret's first three characters. */
  hint: string | null;
}

/** A certificate (keyCredential, AsymmetricX509Cert); customKeyIdentifier is the thumbprint. */
export interface KeyCredential {
  keyId: string;
  displayName: string | null;
  startDateTime: string;
  endDateTime: string;
  customKeyIdentifier: string;
  usage: 'Verify' | 'Sign';
}

/** The last sign-in, per role the service principal played in it: client or resource, user (delegated) or app-only flow. */
export interface SignInTimes {
  delegatedClient?: string;
  delegatedResource?: string;
  applicationClient?: string;
  applicationResource?: string;
}

export interface Credentials {
  passwordCredentials: PasswordCredential[];
  keyCredentials: KeyCredential[];
}

/** The application object of an app registered in this tenant (GET /applications). */
export interface ApplicationObject extends Credentials {
  id: string;
  createdDateTime: string;
  /** Owners: user or service principal object ids. */
  ownerIds: string[];
}

export interface AppRegistration {
  /** SPA redirect URIs (public client, PKCE required) */
  spaRedirectUris: string[];
  /** Web redirect URIs (confidential client) */
  webRedirectUris: string[];
  clientSecrets: string[];
  requiredResourceAccess: RequiredResourceAccess[];
  /** Present when the app is registered in this tenant. */
  application?: ApplicationObject;
}

export interface ServicePrincipal {
  id: string;
  appId: string;
  displayName: string;
  appDisplayName: string;
  appDescription: string | null;
  description: string | null;
  publisherName: string | null;
  verifiedPublisher: VerifiedPublisher;
  appOwnerOrganizationId: string | null;
  servicePrincipalType: 'Application' | 'ManagedIdentity' | 'Legacy';
  accountEnabled: boolean;
  tags: string[];
  homepage: string | null;
  info: {
    logoUrl: string | null;
    marketingUrl: string | null;
    privacyStatementUrl: string | null;
    supportUrl: string | null;
    termsOfServiceUrl: string | null;
  };
  replyUrls: string[];
  servicePrincipalNames: string[];
  oauth2PermissionScopes: PermissionScope[];
  appRoles: AppRole[];
  createdDateTime: string;
  /** Present only for apps registered in this tenant (or multi-tenant apps we model a registration for). */
  registration?: AppRegistration;
  /** The service principal's own secrets and certificates (absent: none). */
  credentials?: Credentials;
  /** The service principal's owners: user or service principal object ids (absent: none). */
  ownerIds?: string[];
  /** When it last took part in a sign-in (sign-in-activity.ts; absent: never). */
  signIns?: SignInTimes;
}

export interface User {
  id: string;
  displayName: string;
  userPrincipalName: string;
  mail: string | null;
  givenName: string | null;
  surname: string | null;
  jobTitle: string | null;
  accountEnabled: boolean;
  userType: 'Member' | 'Guest';
  /** Directory role template ids assigned to the user. */
  roleTemplateIds: string[];
  /** Has an Exchange Online mailbox licence. */
  hasMailbox: boolean;
  /** Refresh tokens and session cookies issued before this instant are invalid. */
  signInSessionsValidFromDateTime: string;
  createdDateTime: string;
}

/** A security or Microsoft 365 group; members are users (nested groups are not modelled). */
export interface Group {
  id: string;
  displayName: string;
  description: string | null;
  securityEnabled: boolean;
  mailEnabled: boolean;
  /** [] for a security group, ['Unified'] for a Microsoft 365 group. */
  groupTypes: string[];
  /** Direct members (user object ids). */
  memberIds: string[];
  createdDateTime: string;
}

export interface OAuth2PermissionGrant {
  id: string;
  clientId: string;
  consentType: 'AllPrincipals' | 'Principal';
  principalId: string | null;
  resourceId: string;
  scope: string;
}

export interface AppRoleAssignment {
  id: string;
  appRoleId: string;
  createdDateTime: string;
  deletedDateTime: string | null;
  principalId: string;
  principalType: 'ServicePrincipal' | 'User' | 'Group';
  principalDisplayName: string;
  resourceId: string;
  resourceDisplayName: string;
}

export interface AuditEvent {
  id: string;
  category: string;
  correlationId: string;
  result: 'success' | 'failure';
  resultReason: string;
  activityDisplayName: string;
  activityDateTime: string;
  loggedByService: string;
  operationType: 'Add' | 'Update' | 'Delete' | 'Assign' | 'Unassign';
  initiatedBy: {
    user: { id: string; displayName: string; userPrincipalName: string; ipAddress: string | null } | null;
    app: { appId: string; displayName: string; servicePrincipalId: string; servicePrincipalName: string | null } | null;
  };
  targetResources: {
    id: string;
    displayName: string | null;
    type: string;
    userPrincipalName: string | null;
    modifiedProperties: { displayName: string; oldValue: string | null; newValue: string | null }[];
  }[];
  additionalDetails: { key: string; value: string }[];
}

/** The tenant's Microsoft Entra ID edition (licence.ts says what depends on it). */
export type Licence = 'Free' | 'P1' | 'P2';

export interface TenantSettings {
  tenantId: string;
  displayName: string;
  defaultDomain: string;
  /** Absent: Free. */
  licence?: Licence;
}
