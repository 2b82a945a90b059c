// The demo tenant's service principals: Microsoft Graph, Exchange Online and SharePoint Online with their
// real ids, the console itself, a daemon, verified and unverified third-party apps, a risky mail app and an
// app with high-risk application permissions (see emulator/README.md).
import { graphAppRoles, graphScopes } from './catalog.ts';
import { DEMO, IDS, NEW_APP } from './demo-ids.ts';
import { appRole, graphRef, scope, sp, verified } from './seed-builders.ts';
import type { ServicePrincipal } from './types.ts';

/** The console's registered redirect URIs: the ports `npm start`, `vite preview` and the e2e suite use. */
export function consoleRedirectUris(extra: string[] = []): string[] {
  const bases = ['http://localhost:5173', 'http://localhost:4173', 'http://localhost:4180'];
  return [...bases.flatMap((b) => [`${b}/`, `${b}/admin-consent/result`]), ...extra];
}

export function demoServicePrincipals(options: { redirectUris?: string[] } = {}): ServicePrincipal[] {
  const s = IDS.sps;
  const microsoft = { appOwnerOrganizationId: DEMO.microsoftTenantId, publisherName: 'Microsoft Services', tags: [] };
  return [
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
}

/**
 * The apps registered elsewhere that the demo tenant has not provisioned yet (store.unprovisioned). Relecloud
 * Surveys redirects to /relecloud/signin on the console's ports and on the origins of its extra redirect URIs
 * (e.g. an e2e port), so a test's browser lands on a page that answers.
 */
export function demoUnprovisionedApps(options: { redirectUris?: string[] } = {}): ServicePrincipal[] {
  const origins = new Set(['http://localhost:5173', 'http://localhost:4173', 'http://localhost:4180']);
  for (const uri of options.redirectUris ?? []) if (URL.canParse(uri)) origins.add(new URL(uri).origin);
  const redirects = [...origins].map((origin) => `${origin}/relecloud/signin`);
  return [
    sp({
      id: NEW_APP.servicePrincipalId,
      appId: NEW_APP.appId,
      displayName: NEW_APP.displayName,
      publisherName: 'Relecloud',
      verifiedPublisher: verified('Relecloud', '8830217'),
      appOwnerOrganizationId: NEW_APP.ownerTenantId,
      homepage: 'https://surveys.relecloud.example/',
      registration: {
        spaRedirectUris: [],
        webRedirectUris: redirects,
        clientSecrets: [],
        requiredResourceAccess: [graphRef({ delegated: ['User.Read', 'offline_access'] })],
      },
    }),
  ];
}
