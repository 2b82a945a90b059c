// The demo tenant's consent governance (ids fixed, see emulator/README.md): users may consent as in a tenant
// that allows user consent for all apps (microsoft-user-default-legacy, the behaviour the demo always had),
// the admin consent workflow is on with the Global Administrator as reviewer, a custom policy
// "contoso-verified-low" exists (not assigned), Microsoft Graph's sign-in permissions are classified low,
// and three requests are pending — dated relative to the start-up day (midnight UTC, so two seeds of one
// day are identical), so they stay inside requestDurationInDays.
import { conditionSet } from './built-in-policies.ts';
import { graphScope } from './catalog.ts';
import { DEMO, IDS } from './demo-ids.ts';
import { daysAgo } from './seed-builders.ts';
import { authorizationPolicy } from './governance.ts';
import type { ConsentGovernance, DelegatedPermissionClassification, UserConsentRequest } from './governance-types.ts';

export const GOVERNANCE_IDS = {
  customPolicy: 'contoso-verified-low',
  requests: {
    /** Quick PDF Tools (unverified) asking admin-only Graph scopes: Johanna and Pradeep. */
    quickPdf: 'a11c0000-0000-4000-8000-000000000001',
    /** Northwind HR Portal through .default (its registration also configures an application permission): Isaiah. */
    northwindHr: 'a11c0000-0000-4000-8000-000000000002',
  },
  userRequests: {
    quickPdfJohanna: 'b11c0000-0000-4000-8000-000000000001',
    quickPdfPradeep: 'b11c0000-0000-4000-8000-000000000002',
    northwindIsaiah: 'b11c0000-0000-4000-8000-000000000003',
  },
} as const;

const EXCHANGE_APP_ID = '00000002-0000-0ff1-ce00-000000000000';
const LOW = ['User.Read', 'openid', 'profile', 'email', 'offline_access'];

function userRequest(
  id: string,
  userId: string,
  displayName: string,
  alias: string,
  createdDateTime: string,
  reason: string,
  scopes: string[],
): UserConsentRequest {
  return {
    id,
    approvalId: id,
    status: 'InProgress',
    reason,
    customData: null,
    createdDateTime,
    completedDateTime: null,
    createdBy: { user: { id: userId, displayName, userPrincipalName: `${alias}@${DEMO.domain}` } },
    scopes,
  };
}

export function demoGovernance(now = Date.now()): ConsentGovernance {
  const u = IDS.users;
  const r = GOVERNANCE_IDS.userRequests;
  const classifications: DelegatedPermissionClassification[] = LOW.map((value, i) => ({
    id: `ClassifyGraphLow${String(i + 1).padStart(11, '0')}`,
    servicePrincipalId: IDS.sps.graph,
    permissionId: graphScope(value).id,
    permissionName: value,
    classification: 'low',
  }));
  const quickPdfScopes = ['User.Read.All', 'Group.Read.All', 'openid', 'profile', 'offline_access'];
  const northwindScopes = ['User.Read', 'User.ReadBasic.All'];
  return {
    authorizationPolicy: authorizationPolicy(['ManagePermissionGrantsForSelf.microsoft-user-default-legacy']),
    adminConsentRequestPolicy: {
      isEnabled: true,
      notifyReviewers: true,
      remindersEnabled: true,
      requestDurationInDays: 30,
      reviewers: [{ query: `/users/${u.admin}`, queryType: 'MicrosoftGraph', queryRoot: null }],
      version: 1,
    },
    permissionGrantPolicies: [
      {
        id: GOVERNANCE_IDS.customPolicy,
        displayName: 'Verified publishers, low impact (not Exchange)',
        description: 'Low-impact delegated permissions for apps from verified publishers, except Exchange Online permissions.',
        deletedDateTime: null,
        includes: [
          conditionSet('c0150000-0000-4000-8000-000000000001', {
            permissionType: 'delegated',
            permissionClassification: 'low',
            clientApplicationsFromVerifiedPublisherOnly: true,
          }),
        ],
        excludes: [conditionSet('c0150000-0000-4000-8000-000000000002', { permissionType: 'delegated', resourceApplication: EXCHANGE_APP_ID })],
      },
    ],
    classifications,
    appConsentRequests: [
      {
        id: GOVERNANCE_IDS.requests.quickPdf,
        appId: '9d1c0000-0006-4b6c-8d7e-9f0a1b2c3d06',
        appDisplayName: 'Quick PDF Tools',
        consentType: 'Dynamic',
        pendingScopes: quickPdfScopes.map((displayName) => ({ displayName })),
        userConsentRequests: [
          userRequest(
            r.quickPdfJohanna,
            u.johanna,
            'Johanna Lorenz',
            'johanna',
            daysAgo(now, 3),
            'I merge the engineering specs into one PDF every week.',
            quickPdfScopes,
          ),
          userRequest(r.quickPdfPradeep, u.pradeep, 'Pradeep Gupta', 'pradeep', daysAgo(now, 1), 'Month-end: the auditors want the reports as one PDF.', [
            'User.Read.All',
            'openid',
            'profile',
          ]),
        ],
      },
      {
        id: GOVERNANCE_IDS.requests.northwindHr,
        appId: '0e7f1d00-0004-4b6c-8d7e-9f0a1b2c3d04',
        appDisplayName: 'Northwind HR Portal',
        consentType: 'Static',
        pendingScopes: northwindScopes.map((displayName) => ({ displayName })),
        userConsentRequests: [
          userRequest(r.northwindIsaiah, u.isaiah, 'Isaiah Langer', 'isaiah', daysAgo(now, 2), 'I need to see my HR record and payslips.', northwindScopes),
        ],
      },
    ],
  };
}
