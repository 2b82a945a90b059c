// Store objects → the shapes Microsoft Graph v1.0 returns. Internal fields (an app's `registration`, a
// user's role ids and mailbox flag) never leave the emulator.
import { createHash } from 'node:crypto';
import { ROLE_NAMES } from '../tenant/roles.ts';
import type {
  AppRoleAssignment,
  AuditEvent,
  Credentials,
  KeyCredential,
  OAuth2PermissionGrant,
  PasswordCredential,
  ServicePrincipal,
  User,
} from '../tenant/types.ts';
import type { Entity } from './odata/page.ts';

export function servicePrincipalEntity(sp: ServicePrincipal): Entity {
  // `registration` is the emulator's model of the app object, not a servicePrincipal property.
  const { registration, credentials, ownerIds, ...visible } = sp;
  void registration;
  void ownerIds;
  return {
    deletedDateTime: null,
    accountEnabled: visible.accountEnabled,
    addIns: [],
    alternativeNames: [],
    appDescription: visible.appDescription,
    appDisplayName: visible.appDisplayName,
    appId: visible.appId,
    applicationTemplateId: null,
    appOwnerOrganizationId: visible.appOwnerOrganizationId,
    appRoleAssignmentRequired: false,
    createdDateTime: visible.createdDateTime,
    description: visible.description,
    disabledByMicrosoftStatus: null,
    displayName: visible.displayName,
    homepage: visible.homepage,
    loginUrl: null,
    logoutUrl: null,
    notes: null,
    notificationEmailAddresses: [],
    preferredSingleSignOnMode: null,
    preferredTokenSigningKeyThumbprint: null,
    publisherName: visible.publisherName,
    replyUrls: visible.replyUrls,
    servicePrincipalNames: visible.servicePrincipalNames,
    servicePrincipalType: visible.servicePrincipalType,
    signInAudience: visible.appOwnerOrganizationId === null ? null : 'AzureADMultipleOrgs',
    tags: visible.tags,
    tokenEncryptionKeyId: null,
    samlSingleSignOnSettings: null,
    verifiedPublisher: visible.verifiedPublisher,
    appRoles: visible.appRoles,
    info: visible.info,
    ...credentialEntities(credentials),
    oauth2PermissionScopes: visible.oauth2PermissionScopes,
    resourceSpecificApplicationPermissions: [],
    id: visible.id,
  };
}

/** secretText is returned only when a secret is created (addPassword), never on reads; key only with $select=keyCredentials/key (not modelled). */
function passwordCredentialEntity(c: PasswordCredential): Entity {
  return {
    customKeyIdentifier: null,
    displayName: c.displayName,
    endDateTime: c.endDateTime,
    hint: c.hint,
    keyId: c.keyId,
    secretText: null,
    startDateTime: c.startDateTime,
  };
}

function keyCredentialEntity(c: KeyCredential): Entity {
  return {
    customKeyIdentifier: c.customKeyIdentifier,
    displayName: c.displayName,
    endDateTime: c.endDateTime,
    key: null,
    keyId: c.keyId,
    startDateTime: c.startDateTime,
    type: 'AsymmetricX509Cert',
    usage: c.usage,
  };
}

export function credentialEntities(credentials: Credentials | undefined): { keyCredentials: Entity[]; passwordCredentials: Entity[] } {
  return {
    keyCredentials: (credentials?.keyCredentials ?? []).map(keyCredentialEntity),
    passwordCredentials: (credentials?.passwordCredentials ?? []).map(passwordCredentialEntity),
  };
}

/** Every user property the emulator knows; GET returns only USER_DEFAULTS unless $select asks for more. */
export function userEntity(user: User): Entity {
  return {
    id: user.id,
    businessPhones: [],
    displayName: user.displayName,
    givenName: user.givenName,
    jobTitle: user.jobTitle,
    mail: user.mail,
    mobilePhone: null,
    officeLocation: null,
    preferredLanguage: null,
    surname: user.surname,
    userPrincipalName: user.userPrincipalName,
    accountEnabled: user.accountEnabled,
    userType: user.userType,
    createdDateTime: user.createdDateTime,
    signInSessionsValidFromDateTime: user.signInSessionsValidFromDateTime,
  };
}

export const USER_DEFAULTS = [
  'businessPhones',
  'displayName',
  'givenName',
  'jobTitle',
  'mail',
  'mobilePhone',
  'officeLocation',
  'preferredLanguage',
  'surname',
  'userPrincipalName',
];

export function grantEntity(grant: OAuth2PermissionGrant): Entity {
  return {
    clientId: grant.clientId,
    consentType: grant.consentType,
    id: grant.id,
    principalId: grant.principalId,
    resourceId: grant.resourceId,
    scope: grant.scope,
  };
}

export function assignmentEntity(a: AppRoleAssignment): Entity {
  return {
    id: a.id,
    deletedDateTime: a.deletedDateTime,
    appRoleId: a.appRoleId,
    createdDateTime: a.createdDateTime,
    principalDisplayName: a.principalDisplayName,
    principalId: a.principalId,
    principalType: a.principalType,
    resourceDisplayName: a.resourceDisplayName,
    resourceId: a.resourceId,
  };
}

export function auditEntity(event: AuditEvent): Entity {
  return { ...event };
}

/** An activated directory role has its own object id in each tenant; ours is derived from the template id. */
export function directoryRoleId(tenantId: string, templateId: string): string {
  const h = createHash('sha256').update(`${tenantId}:${templateId}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function directoryRoleEntity(tenantId: string, templateId: string): Entity {
  return {
    '@odata.type': '#microsoft.graph.directoryRole',
    id: directoryRoleId(tenantId, templateId),
    deletedDateTime: null,
    description: `${ROLE_NAMES[templateId] ?? 'Directory role'} role.`,
    displayName: ROLE_NAMES[templateId] ?? templateId,
    roleTemplateId: templateId,
  };
}

/** unifiedRoleAssignment ids are base64url of the role definition and principal ids, plus a suffix. */
export function roleAssignmentEntity(templateId: string, principalId: string): Entity {
  const bytes = Buffer.concat([guidBytes(templateId), guidBytes(principalId)]);
  return { id: `${bytes.toString('base64url')}-1`, principalId, roleDefinitionId: templateId, directoryScopeId: '/' };
}

function guidBytes(guid: string): Buffer {
  return Buffer.from(guid.replace(/-/g, ''), 'hex');
}

export function typed(type: string, entity: Entity): Entity {
  return { '@odata.type': `#microsoft.graph.${type}`, ...entity };
}
