// The demo tenant: deterministic, with fixed documented ids (see emulator/README.md). Everything a demo or
// a test needs — admins of each kind, helpdesk, a reports reader, plain users, an external guest, groups
// holding app roles, the apps (seed-apps.ts) with their grants and app role assignments, the consent
// history (the older half beyond the P1 licence's 30-day audit retention), the consent governance: policies,
// classifications and pending requests (seed-governance.ts), and the access-review data: application objects,
// credentials, owners and sign-in activity (seed-hygiene.ts).
import { graphAppRole } from './catalog.ts';
import { DEMO, IDS } from './demo-ids.ts';
import { ROLE } from './roles.ts';
import { demoServicePrincipals, demoUnprovisionedApps } from './seed-apps.ts';
import { consentAudit, daysAgo, group, seedAssignment, user } from './seed-builders.ts';
import { demoGovernance } from './seed-governance.ts';
import { withAccessReviewData } from './seed-hygiene.ts';
import type { TenantSnapshot } from './store.ts';
import type { AppRoleAssignment, AuditEvent, Group, OAuth2PermissionGrant, User } from './types.ts';

export { DEMO, IDS, NEW_APP } from './demo-ids.ts';
export { consoleRedirectUris } from './seed-apps.ts';
export { HYGIENE_IDS, OWNERLESS, UNUSED_HIGH_RISK } from './seed-hygiene.ts';

export function demoTenant(options: { redirectUris?: string[] } = {}, now = Date.now()): TenantSnapshot {
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
  const servicePrincipals = withAccessReviewData(demoServicePrincipals(options), now);

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
    .map((g, i) => consentAudit(g, byId.get(g.clientId)!, userById.get(g.principalId!)!, daysAgo(now, i < 3 ? 90 - i : 12 - 2 * i)));

  return {
    settings: { tenantId: DEMO.tenantId, displayName: DEMO.tenantName, defaultDomain: DEMO.domain, licence: 'P1' },
    users,
    groups,
    servicePrincipals,
    grants,
    appRoleAssignments,
    audit,
    unprovisionedApps: demoUnprovisionedApps(options),
    governance: demoGovernance(now),
  };
}
