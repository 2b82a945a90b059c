// The demo tenant: deterministic, with fixed documented ids (see emulator/README.md). Everything a demo or
// a test needs — admins of each kind, helpdesk, a reports reader, plain users, an external guest, groups
// holding app roles, first-party resources, the console itself, a daemon, verified and unverified
// third-party apps, a risky user-consented mail app and an app with high-risk application permissions.
import { graphAppRole, graphAppRoles, graphScopes } from './catalog.ts';
import { DEMO, IDS } from './demo-ids.ts';
import { ROLE } from './roles.ts';
import { appRole, consentAudit, graphRef, group, scope, seedAssignment, sp, user, verified } from './seed-builders.ts';
import type { TenantSnapshot } from './store.ts';
import type { AppRoleAssignment, AuditEvent, Group, OAuth2PermissionGrant, ServicePrincipal, User } from './types.ts';

export { DEMO, IDS } from './demo-ids.ts';

/** The console's registered redirect URIs: the ports `npm start`, `vite preview` and the e2e suite use. */
export function consoleRedirectUris(extra: string[] = []): string[] {
  const bases = ['http://localhost:5173', 'http://localhost:4173', 'http://localhost:4180'];
  return [...bases.flatMap((b) => [`${b}/`, `${b}/admin-consent/result`]), ...extra];
}

export function demoTenant(options: { redirectUris?: string[] } = {}): TenantSnapshot {
  const u = IDS.users;
  const users: User[] = [
    user(u.admin, 'admin', 'Adele Vance', [ROLE.globalAdministrator], { jobTitle: 'IT Director' }),
    user(u.cloudApp, 'cloudapp', 'Alex Wilber', [ROLE.cloudApplicationAdministrator], { jobTitle: 'Cloud Engineer' }),
    user(u.helpdeskLead, 'helpdesk.lead', 'Lynne Robbins', [ROLE.userAdministrator], { jobTitle: 'Helpdesk Lead' }),
    user(u.helpdesk, 'helpdesk', 'Diego Siciliani', [ROLE.helpdeskAdministrator], { jobTitle: 'Helpdesk Agent' }),
    user(u.reader, 'reader', 'Grady Archie', [ROLE.globalReader], { jobTitle: 'Auditor' }),
    user(u.privRole, 'privrole', 'Patti Fernandez', [ROLE.privilegedRoleAdministrator], { jobTitle: 'Security Architect' }),
    user(u.reports, 'reports', 'Nestor Wilke', [ROLE.reportsReader], { jobTitle: 'Compliance Analyst' }),
    user(u.appAdmin, 'appadmin', 'Lee Gu', [ROLE.applicationAdministrator], { jobTitle: 'Application Owner' }),
    user(u.megan, 'megan', 'Megan Bowen', [], { jobTitle: 'Marketing Manager' }),
    user(u.johanna, 'johanna', 'Johanna Lorenz', [], { jobTitle: 'Senior Engineer' }),
    user(u.pradeep, 'pradeep', 'Pradeep Gupta', [], { jobTitle: 'Accountant' }),
    user(u.isaiah, 'isaiah', 'Isaiah Langer', [], { jobTitle: 'Sales Intern', hasMailbox: false, mail: null }),
    // An external user invited from Fabrikam: a B2B guest's UPN is its home address with #EXT# in this tenant.
    user(u.kaiGuest, 'kai_fabrikam.example#EXT#', 'Kai Carter (Fabrikam)', [], {
      userType: 'Guest',
      mail: 'kai@fabrikam.example',
      hasMailbox: false,
      jobTitle: null,
    }),
  ];

  const gid = IDS.groups;
  const groups: Group[] = [
    group(gid.salesTeam, 'Sales Team', 'Everyone in sales.', [u.megan, u.johanna]),
    group(gid.hrStaff, 'HR Staff', 'People who work with HR records.', [u.pradeep, u.megan]),
  ];

  const s = IDS.sps;
  const microsoft = { appOwnerOrganizationId: DEMO.microsoftTenantId, publisherName: 'Microsoft Services', tags: [] };
  const servicePrincipals: ServicePrincipal[] = [
    sp({
      id: s.graph,
      appId: DEMO.graphAppId,
      displayName: 'Microsoft Graph',
      ...microsoft,
      servicePrincipalNames: ['https://graph.microsoft.com', 'https://graph.microsoft.com/', 'https://canary.graph.microsoft.com', DEMO.graphAppId],
      oauth2PermissionScopes: graphScopes,
      appRoles: graphAppRoles,
    }),
    sp({
      id: s.exchange,
      appId: '00000002-0000-0ff1-ce00-000000000000',
      displayName: 'Office 365 Exchange Online',
      ...microsoft,
      servicePrincipalNames: ['https://outlook.office365.com', 'https://outlook.office.com', '00000002-0000-0ff1-ce00-000000000000'],
      oauth2PermissionScopes: [
        scope(
          '3b5f3d61-589b-4a3c-a359-5dd4b5ee5bd5',
          'EWS.AccessAsUser.All',
          'User',
          'Access mailboxes as the signed-in user via Exchange Web Services',
          'Allows the app to have the same access to mailboxes as the signed-in user via Exchange Web Services.',
        ),
      ],
      appRoles: [
        appRole(
          'dc890d15-9560-4a4c-9b7f-a736ec74ec40',
          'full_access_as_app',
          'Use Exchange Web Services with full access to all mailboxes',
          'Allows the app to have full access via Exchange Web Services to all mailboxes without a signed-in user.',
          ['Application'],
        ),
      ],
    }),
    sp({
      id: s.sharepoint,
      appId: '00000003-0000-0ff1-ce00-000000000000',
      displayName: 'Office 365 SharePoint Online',
      ...microsoft,
      servicePrincipalNames: ['https://microsoft.sharepoint-df.com', '00000003-0000-0ff1-ce00-000000000000'],
      oauth2PermissionScopes: [
        scope(
          '4e0d77b0-96ba-4398-af14-3baa780278f4',
          'AllSites.Read',
          'Admin',
          'Read items in all site collections',
          'Allows the app to read documents and list items in all site collections on behalf of the signed-in user.',
        ),
      ],
      appRoles: [
        appRole(
          '678536fe-1083-478a-9c59-b99265e6b0d3',
          'Sites.FullControl.All',
          'Have full control of all site collections',
          'Allows the app to have full control of all site collections without a signed in user.',
          ['Application'],
        ),
      ],
    }),
    sp({
      id: s.console,
      appId: DEMO.consoleClientId,
      displayName: 'Consent Console',
      appOwnerOrganizationId: DEMO.tenantId,
      publisherName: DEMO.tenantName,
      homepage: 'http://localhost:5173/',
      registration: {
        spaRedirectUris: consoleRedirectUris(options.redirectUris),
        webRedirectUris: [],
        clientSecrets: [],
        requiredResourceAccess: [graphRef({ delegated: ['User.Read'] })],
      },
    }),
    sp({
      id: s.daemon,
      appId: DEMO.daemon.clientId,
      displayName: 'Contoso Nightly Sync',
      appOwnerOrganizationId: DEMO.tenantId,
      publisherName: DEMO.tenantName,
      registration: {
        spaRedirectUris: [],
        webRedirectUris: ['https://sync.contoso.example/auth'],
        clientSecrets: [DEMO.daemon.clientSecret],
        requiredResourceAccess: [graphRef({ application: ['Application.Read.All', 'Directory.Read.All', 'User.Read.All'] })],
      },
    }),
    sp({
      id: s.adatumSign,
      appId: 'a1d2a7e5-0001-4b6c-8d7e-9f0a1b2c3d01',
      displayName: 'Adatum Sign',
      publisherName: 'Adatum Corporation',
      verifiedPublisher: verified('Adatum Corporation', '4501234'),
      appOwnerOrganizationId: 'a1d2a7e5-aaaa-4b6c-8d7e-9f0a1b2c3d00',
      homepage: 'https://sign.adatum.example/',
      info: {
        logoUrl: null,
        marketingUrl: 'https://sign.adatum.example/',
        privacyStatementUrl: 'https://sign.adatum.example/privacy',
        supportUrl: null,
        termsOfServiceUrl: 'https://sign.adatum.example/terms',
      },
      registration: {
        spaRedirectUris: [],
        webRedirectUris: ['https://sign.adatum.example/auth/callback'],
        clientSecrets: [],
        requiredResourceAccess: [graphRef({ delegated: ['User.Read', 'Files.Read.All'], application: ['User.Read.All'] })],
      },
    }),
    sp({
      id: s.fabrikamCalendar,
      appId: 'fab1ca1e-0002-4b6c-8d7e-9f0a1b2c3d02',
      displayName: 'Fabrikam Calendar Sync',
      publisherName: 'Fabrikam, Inc.',
      verifiedPublisher: verified('Fabrikam, Inc.', '5102938'),
      appOwnerOrganizationId: 'fab1ca1e-aaaa-4b6c-8d7e-9f0a1b2c3d00',
      homepage: 'https://calendar.fabrikam.example/',
      registration: {
        spaRedirectUris: [],
        webRedirectUris: ['https://calendar.fabrikam.example/signin-oidc'],
        clientSecrets: [],
        requiredResourceAccess: [graphRef({ delegated: ['User.Read', 'Calendars.ReadWrite', 'offline_access'] })],
      },
    }),
    sp({
      id: s.litwareNotes,
      appId: '11a7a4e0-0003-4b6c-8d7e-9f0a1b2c3d03',
      displayName: 'Litware Meeting Notes',
      publisherName: 'Litware, Inc.',
      verifiedPublisher: verified('Litware, Inc.', '6120457'),
      appOwnerOrganizationId: '11a7a4e0-aaaa-4b6c-8d7e-9f0a1b2c3d00',
      homepage: 'https://notes.litware.example/',
      appRoles: [
        appRole('7d1e0c55-3f0a-4b6c-8d7e-9f0a1b2c3d31', 'Notes.Reader', 'Notes reader', 'Can read shared meeting notes.', ['User']),
        appRole('7d1e0c55-3f0a-4b6c-8d7e-9f0a1b2c3d32', 'Notes.Admin', 'Notes administrator', 'Can manage all meeting notes.', ['User']),
      ],
      registration: {
        spaRedirectUris: ['https://notes.litware.example/'],
        webRedirectUris: [],
        clientSecrets: [],
        requiredResourceAccess: [graphRef({ delegated: ['User.Read', 'OnlineMeetings.Read', 'offline_access'] })],
      },
    }),
    sp({
      id: s.northwindHr,
      appId: '0e7f1d00-0004-4b6c-8d7e-9f0a1b2c3d04',
      displayName: 'Northwind HR Portal',
      publisherName: 'Northwind Traders',
      verifiedPublisher: verified('Northwind Traders', '7340012'),
      appOwnerOrganizationId: '0e7f1d00-aaaa-4b6c-8d7e-9f0a1b2c3d00',
      homepage: 'https://hr.northwind.example/',
      appRoles: [
        appRole(IDS.northwindRoles.employee, 'HR.Employee', 'Employee', 'Can see and update their own HR record.', ['User']),
        appRole(IDS.northwindRoles.hrStaff, 'HR.Staff', 'HR staff', 'Can read and update the HR records of all employees.', ['User']),
      ],
      registration: {
        spaRedirectUris: [],
        webRedirectUris: [
          'https://hr.northwind.example/auth',
          'http://localhost:4180/admin-consent/result',
          'http://localhost:5173/admin-consent/result',
          // The console's own extra redirect URIs (e.g. an e2e port), so its admin-consent demo works there too.
          ...(options.redirectUris ?? []),
        ],
        clientSecrets: [],
        requiredResourceAccess: [graphRef({ delegated: ['User.Read', 'User.ReadBasic.All'], application: ['User.Read.All'] })],
      },
    }),
    sp({
      id: s.mailHelper,
      appId: 'ba11ad00-0005-4b6c-8d7e-9f0a1b2c3d05',
      displayName: 'Mail Helper Pro',
      publisherName: 'mailhelper-pro',
      appOwnerOrganizationId: 'ba11ad00-aaaa-4b6c-8d7e-9f0a1b2c3d00',
      homepage: 'https://mailhelper-pro.example/',
      registration: {
        spaRedirectUris: [],
        webRedirectUris: ['https://mailhelper-pro.example/callback'],
        clientSecrets: [],
        requiredResourceAccess: [graphRef({ delegated: ['User.Read', 'Mail.ReadWrite', 'offline_access'] })],
      },
    }),
    sp({
      id: s.quickPdf,
      appId: '9d1c0000-0006-4b6c-8d7e-9f0a1b2c3d06',
      displayName: 'Quick PDF Tools',
      publisherName: 'quickpdf',
      appOwnerOrganizationId: '9d1c0000-aaaa-4b6c-8d7e-9f0a1b2c3d00',
      registration: {
        spaRedirectUris: [],
        webRedirectUris: ['https://quickpdf.example/oauth'],
        clientSecrets: [],
        requiredResourceAccess: [graphRef({ delegated: ['User.Read', 'Files.Read'] })],
      },
    }),
    sp({
      id: s.tailspinAutomation,
      appId: '7a115b17-0007-4b6c-8d7e-9f0a1b2c3d07',
      displayName: 'Tailspin Admin Automation',
      publisherName: 'Tailspin Toys',
      appOwnerOrganizationId: '7a115b17-aaaa-4b6c-8d7e-9f0a1b2c3d00',
      registration: {
        spaRedirectUris: [],
        webRedirectUris: ['https://automation.tailspin.example/auth'],
        clientSecrets: ['tailspin-demo-secret'],
        requiredResourceAccess: [graphRef({ application: ['RoleManagement.ReadWrite.Directory', 'Mail.ReadWrite', 'Directory.ReadWrite.All'] })],
      },
    }),
  ];

  const grant = (id: string, clientId: string, resourceId: string, scopeValue: string, principalId: string | null = null): OAuth2PermissionGrant => ({
    id,
    clientId,
    consentType: principalId ? 'Principal' : 'AllPrincipals',
    principalId,
    resourceId,
    scope: scopeValue,
  });
  const grants: OAuth2PermissionGrant[] = [
    grant('GrantAdatumSignAllPrincipalsGraph0000000001', s.adatumSign, s.graph, 'User.Read Files.Read.All openid profile'),
    grant('GrantFabrikamCalAllPrincipalsGraph000000002', s.fabrikamCalendar, s.graph, 'User.Read Calendars.ReadWrite offline_access openid profile'),
    grant('GrantLitwareNotesAllPrincipalsGraph00000003', s.litwareNotes, s.graph, 'User.Read openid profile'),
    grant('GrantLitwareNotesAllPrincipalsSharePoint004', s.litwareNotes, s.sharepoint, 'AllSites.Read'),
    grant('GrantLitwareNotesMeganGraph0000000000000005', s.litwareNotes, s.graph, 'OnlineMeetings.Read offline_access', u.megan),
    grant('GrantMailHelperMeganGraph00000000000000006', s.mailHelper, s.graph, 'User.Read Mail.ReadWrite offline_access openid profile', u.megan),
    grant('GrantMailHelperJohannaGraph000000000000007', s.mailHelper, s.graph, 'User.Read Mail.ReadWrite offline_access openid profile', u.johanna),
    grant('GrantMailHelperPradeepGraph000000000000008', s.mailHelper, s.graph, 'User.Read Mail.ReadWrite offline_access', u.pradeep),
    grant('GrantQuickPdfIsaiahGraph0000000000000000009', s.quickPdf, s.graph, 'User.Read Files.Read', u.isaiah),
    grant('GrantQuickPdfMeganGraph00000000000000000010', s.quickPdf, s.graph, 'User.Read Files.Read', u.megan),
  ];

  const byId = new Map(servicePrincipals.map((x) => [x.id, x]));
  const userById = new Map(users.map((x) => [x.id, x]));
  const groupById = new Map(groups.map((x) => [x.id, x]));
  const principalOf = (id: string) => {
    const named = userById.get(id) ?? groupById.get(id) ?? byId.get(id);
    const type = userById.has(id) ? 'User' : groupById.has(id) ? 'Group' : 'ServicePrincipal';
    return { id, displayName: named?.displayName ?? '', type } as const;
  };
  const assignment = (id: string, principalId: string, resourceId: string, appRoleId: string): AppRoleAssignment =>
    seedAssignment(id, principalOf(principalId), byId.get(resourceId), appRoleId);
  const ga = IDS.groupAssignments;
  const appRoleAssignments: AppRoleAssignment[] = [
    assignment('AssignDaemonApplicationReadAll000000000001', s.daemon, s.graph, graphAppRole('Application.Read.All').id),
    assignment('AssignDaemonDirectoryReadAll00000000000002', s.daemon, s.graph, graphAppRole('Directory.Read.All').id),
    assignment('AssignDaemonUserReadAll0000000000000000003', s.daemon, s.graph, graphAppRole('User.Read.All').id),
    assignment('AssignTailspinRoleMgmtReadWrite00000000004', s.tailspinAutomation, s.graph, graphAppRole('RoleManagement.ReadWrite.Directory').id),
    assignment('AssignTailspinMailReadWrite000000000000005', s.tailspinAutomation, s.graph, graphAppRole('Mail.ReadWrite').id),
    assignment('AssignTailspinDirectoryReadWriteAll0000006', s.tailspinAutomation, s.graph, graphAppRole('Directory.ReadWrite.All').id),
    assignment('AssignAdatumSignUserReadAll000000000000007', s.adatumSign, s.graph, graphAppRole('User.Read.All').id),
    assignment('AssignMeganLitwareNotesReader0000000000008', u.megan, s.litwareNotes, '7d1e0c55-3f0a-4b6c-8d7e-9f0a1b2c3d31'),
    // Group assignments: every direct member holds the role through the group (Megan through both).
    assignment(ga.salesTeamEmployee, gid.salesTeam, s.northwindHr, IDS.northwindRoles.employee),
    assignment(ga.hrStaffHrStaff, gid.hrStaff, s.northwindHr, IDS.northwindRoles.hrStaff),
  ];

  const audit: AuditEvent[] = grants
    .filter((g) => g.consentType === 'Principal')
    .map((g, i) => consentAudit(g, byId.get(g.clientId)!, userById.get(g.principalId!)!, `2026-03-${String(10 + i).padStart(2, '0')}T08:30:00Z`));

  return {
    settings: { tenantId: DEMO.tenantId, displayName: DEMO.tenantName, defaultDomain: DEMO.domain, userConsentPolicy: 'allowAll' },
    users,
    groups,
    servicePrincipals,
    grants,
    appRoleAssignments,
    audit,
  };
}
