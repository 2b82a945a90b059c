// The built-in permission grant policies every tenant has (entra-docs identity/enterprise-apps/
// manage-app-consent-policies.md, "Built-in consent policies"; microsoft-user-default-legacy from
// configure-user-consent.md), read-only through Graph, and the condition set builder with the documented
// defaults (api-reference/v1.0/resources/permissiongrantconditionset.md). The resource-specific consent
// policies for chats and teams and the Microsoft-managed mail-client policy are not modelled.
import { createHash } from 'node:crypto';
import { graphScopes } from './catalog.ts';
import { DEMO } from './demo-ids.ts';
import type { PermissionGrantConditionSet, PermissionGrantPolicy } from './governance-types.ts';

/** Azure AD Graph: with Microsoft Graph, the API whose app roles only privileged roles may grant. */
const AAD_GRAPH_APP_ID = '00000002-0000-0000-c000-000000000000';
/** Exchange Online's EWS.AccessAsUser.All (the demo Exchange service principal publishes only this one). */
const EWS_ACCESS_AS_USER = '3b5f3d61-589b-4a3c-a359-5dd4b5ee5bd5';

/** The Graph permissions microsoft-user-default-recommended keeps from users (the docs' list). */
const RECOMMENDED_EXCLUDED_GRAPH = [
  'Files.Read.All',
  'Files.ReadWrite.All',
  'Sites.Read.All',
  'Sites.ReadWrite.All',
  'Mail.Read',
  'Mail.ReadWrite',
  'Mail.ReadBasic',
  'Mail.Read.Shared',
  'Mail.ReadBasic.Shared',
  'Mail.ReadWrite.Shared',
  'MailboxItem.Read',
  'Calendars.Read',
  'Calendars.ReadBasic',
  'Calendars.ReadWrite',
  'Calendars.Read.Shared',
  'Calendars.ReadWrite.Shared',
  'Chat.Read',
  'Chat.ReadWrite',
  'OnlineMeetings.Read',
  'OnlineMeetings.ReadWrite',
  'MailboxFolder.Read',
  'MailboxFolder.ReadWrite',
  'MailboxSettings.Read',
  'MailboxSettings.ReadWrite',
  'Contacts.ReadWrite',
  'Contacts.Read.Shared',
  'Contacts.ReadWrite.Shared',
  'Tasks.Read',
  'Tasks.Read.Shared',
  'Tasks.ReadWrite',
  'Tasks.ReadWrite.Shared',
  'People.Read',
];

/** A stable GUID for a built-in condition set (the real ones are GUIDs too). */
function stableId(seed: string): string {
  const h = createHash('sha1').update(seed).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** A condition set: every condition not given takes its documented default ('all' / 'any' / false). */
export function conditionSet(
  id: string,
  fields: Partial<Omit<PermissionGrantConditionSet, 'id'>> & Pick<PermissionGrantConditionSet, 'permissionType'>,
): PermissionGrantConditionSet {
  return {
    id,
    permissionClassification: 'all',
    resourceApplication: 'any',
    permissions: ['all'],
    clientApplicationIds: ['all'],
    clientApplicationTenantIds: ['all'],
    clientApplicationPublisherIds: ['all'],
    clientApplicationsFromVerifiedPublisherOnly: false,
    certifiedClientApplicationsOnly: false,
    ...fields,
  };
}

type Conditions = Parameters<typeof conditionSet>[1];

function builtIn(id: string, displayName: string, description: string, includes: Conditions[], excludes: Conditions[] = []): PermissionGrantPolicy {
  return {
    id,
    displayName,
    description,
    deletedDateTime: null,
    includes: includes.map((c, i) => conditionSet(stableId(`${id}/includes/${i}`), c)),
    excludes: excludes.map((c, i) => conditionSet(stableId(`${id}/excludes/${i}`), c)),
  };
}

const graphIds = (values: readonly string[]) => graphScopes.filter((s) => values.includes(s.value)).map((s) => s.id);

/**
 * The built-in policies of a tenant. "Apps registered in your organization" (the low-impact setting's
 * second half, configure-user-consent.md) is the include whose clientApplicationTenantIds is the tenant.
 */
export function builtInPolicies(tenantId: string): PermissionGrantPolicy[] {
  const delegated: Conditions = { permissionType: 'delegated' };
  const application: Conditions = { permissionType: 'application' };
  return [
    builtIn('microsoft-user-default-low', 'Default User Low Policy', 'All low risk permissions are consentable by member type users by default.', [
      { permissionType: 'delegated', permissionClassification: 'low', clientApplicationsFromVerifiedPublisherOnly: true },
      { permissionType: 'delegated', permissionClassification: 'low', clientApplicationTenantIds: [tenantId] },
    ]),
    builtIn(
      'microsoft-user-default-legacy',
      'Default User Legacy Policy',
      'All user consentable permissions are consentable by member type users by default.',
      [{ permissionType: 'delegatedUserConsentable' }],
    ),
    builtIn(
      'microsoft-user-default-recommended',
      'Microsoft User Default Recommended Policy',
      "Permissions consentable based on Microsoft's current recommendations.",
      [{ permissionType: 'delegatedUserConsentable' }],
      [
        { permissionType: 'delegated', resourceApplication: DEMO.graphAppId, permissions: graphIds(RECOMMENDED_EXCLUDED_GRAPH) },
        { permissionType: 'delegated', resourceApplication: '00000002-0000-0ff1-ce00-000000000000', permissions: [EWS_ACCESS_AS_USER] },
      ],
    ),
    builtIn(
      'microsoft-all-application-permissions',
      'All application permissions, for any client app',
      'Includes all application permissions (app roles), for all APIs, for any client application.',
      [application],
    ),
    builtIn(
      'microsoft-all-application-permissions-verified',
      'All application permissions, for verified client apps',
      'Includes all application permissions (app roles), for all APIs, for client applications from verified publishers or which were registered in this organization.',
      [
        { permissionType: 'application', clientApplicationsFromVerifiedPublisherOnly: true },
        { permissionType: 'application', clientApplicationTenantIds: [tenantId] },
      ],
    ),
    builtIn(
      'microsoft-application-admin',
      'Application Administrator',
      'Permissions consentable by Application Administrators.',
      [delegated, application],
      [
        { permissionType: 'application', resourceApplication: DEMO.graphAppId },
        { permissionType: 'application', resourceApplication: AAD_GRAPH_APP_ID },
      ],
    ),
    builtIn('microsoft-company-admin', 'Company Administrator', 'Permissions consentable by Company Administrators.', [delegated, application]),
  ];
}

/** The prefix of an authorizationPolicy assignment that governs user consent ("for self"). */
export const FOR_SELF = 'managepermissiongrantsforself.';
