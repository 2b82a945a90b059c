// The demo tenant's fixed, documented ids (see emulator/README.md): tests and docs name them.

export const DEMO = {
  tenantId: '7c1d0f3e-5a2b-4c6d-9e8f-0a1b2c3d4e5f',
  tenantName: 'Contoso (demo)',
  domain: 'contoso.example',
  consoleClientId: '5e3ce6c0-2b1f-4285-8d4b-75ee78787346',
  daemon: { clientId: 'd43b7a5e-1c2f-4a8b-9d6e-3f0a1b2c3d4e', clientSecret: 'demo-daemon-secret-do-not-use-in-production' },
  microsoftTenantId: 'f8cdef31-a31e-4b4a-93e4-5f571e91255a',
  graphAppId: '00000003-0000-0000-c000-000000000000',
  seedTime: '2026-01-05T09:00:00Z',
} as const;

/** Fixed object ids, so tests and docs can name them. */
export const IDS = {
  users: {
    admin: '10000000-0000-4000-8000-000000000001',
    cloudApp: '10000000-0000-4000-8000-000000000002',
    helpdeskLead: '10000000-0000-4000-8000-000000000003',
    helpdesk: '10000000-0000-4000-8000-000000000004',
    reader: '10000000-0000-4000-8000-000000000005',
    privRole: '10000000-0000-4000-8000-000000000006',
    reports: '10000000-0000-4000-8000-000000000007',
    appAdmin: '10000000-0000-4000-8000-000000000008',
    megan: '10000000-0000-4000-8000-000000000011',
    johanna: '10000000-0000-4000-8000-000000000012',
    pradeep: '10000000-0000-4000-8000-000000000013',
    isaiah: '10000000-0000-4000-8000-000000000014',
    /** An external (guest) user from Fabrikam. */
    kaiGuest: '10000000-0000-4000-8000-000000000021',
  },
  groups: {
    /** Members: Megan, Johanna. Holds Northwind HR Portal's Employee role. */
    salesTeam: '50000000-0000-4000-8000-000000000001',
    /** Members: Pradeep, Megan. Holds Northwind HR Portal's HR staff role. */
    hrStaff: '50000000-0000-4000-8000-000000000002',
  },
  /** App roles of Northwind HR Portal (allowedMemberTypes User), held through the groups. */
  northwindRoles: {
    employee: '0e7f1d00-0a11-4b6c-8d7e-9f0a1b2c3d41',
    hrStaff: '0e7f1d00-0a11-4b6c-8d7e-9f0a1b2c3d42',
  },
  /** App role assignments to the groups (on Northwind HR Portal). */
  groupAssignments: {
    salesTeamEmployee: 'AssignSalesTeamNorthwindEmployee0000000009',
    hrStaffHrStaff: 'AssignHrStaffNorthwindHrStaff0000000000010',
  },
  sps: {
    graph: '20000000-0000-4000-8000-000000000001',
    exchange: '20000000-0000-4000-8000-000000000002',
    sharepoint: '20000000-0000-4000-8000-000000000003',
    console: '20000000-0000-4000-8000-000000000010',
    daemon: '20000000-0000-4000-8000-000000000011',
    adatumSign: '20000000-0000-4000-8000-000000000020',
    fabrikamCalendar: '20000000-0000-4000-8000-000000000021',
    litwareNotes: '20000000-0000-4000-8000-000000000022',
    northwindHr: '20000000-0000-4000-8000-000000000023',
    mailHelper: '20000000-0000-4000-8000-000000000030',
    quickPdf: '20000000-0000-4000-8000-000000000031',
    tailspinAutomation: '20000000-0000-4000-8000-000000000032',
  },
} as const;

/**
 * Relecloud Surveys: a multi-tenant app registered in Relecloud's tenant (verified publisher) with no service
 * principal in the demo tenant until someone consents to it — the first consent creates it.
 */
export const NEW_APP = {
  appId: 'e1ec10d0-0008-4b6c-8d7e-9f0a1b2c3d08',
  servicePrincipalId: '20000000-0000-4000-8000-000000000040',
  ownerTenantId: 'e1ec10d0-aaaa-4b6c-8d7e-9f0a1b2c3d00',
  displayName: 'Relecloud Surveys',
  /** Its web redirect URI (also on :4173 and :4180, the console's other ports). */
  redirectUri: 'http://localhost:5173/relecloud/signin',
} as const;
