// Per collection: what $filter, $select, $search and $orderby accept — the documented support for each
// directory resource (e.g. oauth2PermissionGrant: clientId, consentType, principalId, resourceId, eq only).
import { ownerCount } from '../tenant/directory-lookups.ts';
import type { ServicePrincipal } from '../tenant/types.ts';
import type { FilterOp } from './odata/filter-eval.ts';
import type { CollectionPolicy } from './odata/query.ts';
import { USER_DEFAULTS } from './serialize.ts';
import { visibleUserProperties } from './user-profile.ts';

const EQ: FilterOp[] = ['eq'];
const EQ_IN: FilterOp[] = ['eq', 'ne', 'in'];
const TEXT: FilterOp[] = ['eq', 'ne', 'in', 'startswith', 'endswith'];
const RANGE: FilterOp[] = ['eq', 'ge', 'le', 'gt', 'lt'];

export const SERVICE_PRINCIPALS: CollectionPolicy = {
  type: 'servicePrincipal',
  filter: {
    properties: {
      id: EQ_IN,
      appid: EQ_IN,
      displayname: TEXT,
      appdisplayname: TEXT,
      publishername: TEXT,
      serviceprincipaltype: EQ_IN,
      accountenabled: ['eq', 'ne'],
      apporganizationid: EQ_IN,
      appownerorganizationid: EQ_IN,
      'verifiedpublisher/verifiedpublisherid': EQ_IN,
      'verifiedpublisher/displayname': EQ_IN,
    },
    lambdas: { tags: { '': ['eq', 'ne', 'startswith'] }, serviceprincipalnames: { '': ['eq', 'startswith'] } },
  },
  selectable: [
    'accountEnabled',
    'addIns',
    'alternativeNames',
    'appDescription',
    'appDisplayName',
    'appId',
    'applicationTemplateId',
    'appOwnerOrganizationId',
    'appRoleAssignmentRequired',
    'appRoles',
    'createdDateTime',
    'deletedDateTime',
    'description',
    'disabledByMicrosoftStatus',
    'displayName',
    'homepage',
    'info',
    'keyCredentials',
    'loginUrl',
    'logoutUrl',
    'notes',
    'notificationEmailAddresses',
    'oauth2PermissionScopes',
    'passwordCredentials',
    'preferredSingleSignOnMode',
    'preferredTokenSigningKeyThumbprint',
    'publisherName',
    'replyUrls',
    'resourceSpecificApplicationPermissions',
    'samlSingleSignOnSettings',
    'servicePrincipalNames',
    'servicePrincipalType',
    'signInAudience',
    'tags',
    'tokenEncryptionKeyId',
    'verifiedPublisher',
    'id',
  ],
  // resources/serviceprincipal.md, owners: "Supports $expand, $filter (/$count eq 0, /$count ne 0, /$count eq 1, /$count ne 1)".
  counts: { owners: (call, sp: ServicePrincipal) => ownerCount(call.context.store, sp.ownerIds) },
  searchable: ['displayName', 'appDisplayName', 'publisherName', 'description'],
  sortable: ['displayName'],
};

export const USERS: CollectionPolicy = {
  type: 'user',
  filter: {
    properties: {
      id: EQ_IN,
      displayname: TEXT,
      userprincipalname: TEXT,
      mail: TEXT,
      givenname: TEXT,
      surname: TEXT,
      jobtitle: TEXT,
      accountenabled: ['eq', 'ne'],
      usertype: EQ_IN,
      createddatetime: RANGE,
    },
  },
  selectable: [...USER_DEFAULTS, 'id', 'accountEnabled', 'userType', 'createdDateTime', 'signInSessionsValidFromDateTime'],
  defaults: USER_DEFAULTS,
  searchable: ['displayName', 'userPrincipalName', 'mail', 'givenName', 'surname', 'jobTitle'],
  sortable: ['displayName', 'userPrincipalName'],
  visible: (call) => visibleUserProperties(call.principal),
};

export const GRANTS: CollectionPolicy = {
  type: 'oAuth2PermissionGrant',
  filter: { properties: { clientid: EQ, consenttype: EQ, principalid: EQ, resourceid: EQ } },
  selectable: ['clientId', 'consentType', 'id', 'principalId', 'resourceId', 'scope'],
};

export const ASSIGNMENTS: CollectionPolicy = {
  type: 'appRoleAssignment',
  filter: { properties: { principalid: EQ, resourceid: EQ, approleid: EQ, principaltype: EQ } },
  selectable: [
    'appRoleId',
    'createdDateTime',
    'deletedDateTime',
    'id',
    'principalDisplayName',
    'principalId',
    'principalType',
    'resourceDisplayName',
    'resourceId',
  ],
};

export const DIRECTORY_ROLES: CollectionPolicy = {
  type: 'directoryRole',
  filter: { properties: { roletemplateid: EQ, displayname: EQ, id: EQ } },
  selectable: ['deletedDateTime', 'description', 'displayName', 'id', 'roleTemplateId'],
};

export const ROLE_ASSIGNMENTS: CollectionPolicy = {
  type: 'unifiedRoleAssignment',
  filter: { properties: { principalid: EQ_IN, roledefinitionid: EQ_IN, directoryscopeid: EQ, id: EQ } },
  selectable: ['directoryScopeId', 'id', 'principalId', 'roleDefinitionId'],
};

export const DIRECTORY_AUDITS: CollectionPolicy = {
  type: 'directoryAudit',
  filter: {
    properties: {
      activitydisplayname: ['eq', 'startswith'],
      activitydatetime: RANGE,
      category: EQ,
      correlationid: EQ,
      result: EQ,
      loggedbyservice: EQ,
      operationtype: EQ,
      'initiatedby/user/id': EQ,
      'initiatedby/user/userprincipalname': ['eq', 'startswith'],
      'initiatedby/app/appid': EQ,
      'initiatedby/app/displayname': EQ,
    },
    lambdas: { targetresources: { id: EQ, displayname: ['eq', 'startswith'], type: EQ, userprincipalname: EQ } },
    // directoryaudit-list.md lists $filter (eq, ge, le, startswith) and no `or`: refused (the stricter reading).
    or: false,
  },
  selectable: [
    'activityDateTime',
    'activityDisplayName',
    'additionalDetails',
    'category',
    'correlationId',
    'id',
    'initiatedBy',
    'loggedByService',
    'operationType',
    'result',
    'resultReason',
    'targetResources',
  ],
  sortable: ['activityDateTime'],
};

export const MEMBER_OF: CollectionPolicy = {
  type: 'directoryObject',
  filter: { properties: {} },
  selectable: ['deletedDateTime', 'description', 'displayName', 'id', 'roleTemplateId'],
};

export const MESSAGES: CollectionPolicy = {
  type: 'message',
  filter: { properties: { isread: EQ, subject: ['eq', 'startswith'] } },
  selectable: ['id', 'subject', 'from', 'receivedDateTime', 'isRead', 'bodyPreview'],
};

// --- consent governance (api-reference/v1.0/resources/appconsentrequest.md, userconsentrequest.md,
// permissiongrantpolicy.md, delegatedpermissionclassification.md) ----------------------------------

export const APP_CONSENT_REQUESTS: CollectionPolicy = {
  type: 'appConsentRequest',
  filter: {
    properties: { id: EQ, appid: EQ, appdisplayname: EQ },
    lambdas: { userconsentrequests: { status: EQ, reason: EQ, createddatetime: EQ } },
  },
  selectable: ['appDisplayName', 'appId', 'consentType', 'id', 'pendingScopes'],
  sortable: ['appDisplayName', 'appId'],
};

export const USER_CONSENT_REQUESTS: CollectionPolicy = {
  type: 'userConsentRequest',
  filter: { properties: { id: EQ, status: EQ, reason: EQ, createddatetime: EQ } },
  selectable: ['approvalId', 'completedDateTime', 'createdBy', 'createdDateTime', 'customData', 'id', 'reason', 'status'],
  sortable: ['createdDateTime', 'reason', 'status'],
};

export const PERMISSION_GRANT_POLICIES: CollectionPolicy = {
  type: 'permissionGrantPolicy',
  filter: { properties: { id: EQ, displayname: EQ } },
  selectable: ['deletedDateTime', 'description', 'displayName', 'excludes', 'id', 'includes'],
};

export const CONDITION_SETS: CollectionPolicy = {
  type: 'permissionGrantConditionSet',
  filter: { properties: {} },
  selectable: [
    'certifiedClientApplicationsOnly',
    'clientApplicationIds',
    'clientApplicationPublisherIds',
    'clientApplicationsFromVerifiedPublisherOnly',
    'clientApplicationTenantIds',
    'id',
    'permissionClassification',
    'permissions',
    'permissionType',
    'resourceApplication',
  ],
};

export const CLASSIFICATIONS: CollectionPolicy = {
  type: 'delegatedPermissionClassification',
  filter: { properties: { permissionid: EQ, permissionname: EQ, classification: EQ } },
  selectable: ['classification', 'id', 'permissionId', 'permissionName'],
};
