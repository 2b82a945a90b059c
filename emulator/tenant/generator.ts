// Large tenants for scale tests and the benchmark: the demo tenant plus N generated service principals,
// users, delegated grants and app role assignments — the same tenant for the same options, seed and day —
// with access-review data in fixed shares (generator-hygiene.ts).
// Lean enough for a million grants: the scope strings are shared, and the demo tenant's arrays are
// extended rather than copied again.
import type { GeneratedTenantOptions } from '../context.ts';
import { graphAppRoles, graphScopes } from './catalog.ts';
import { addAppHygiene, grantAudits, HIGH_RISK_SCOPE } from './generator-hygiene.ts';
import { IDS } from './seed.ts';
import type { TenantSnapshot } from './store.ts';
import type { AppRole, AppRoleAssignment, OAuth2PermissionGrant, ServicePrincipal, User } from './types.ts';

/** mulberry32: a small, fast, well-distributed deterministic PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function guid(next: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((Math.floor(next() * 4) + 8) as number).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function grantId(next: () => number): string {
  const bytes = Buffer.alloc(32);
  for (let i = 0; i < 32; i++) bytes[i] = Math.floor(next() * 256);
  return bytes.toString('base64url');
}

const NOUNS = [
  'Expense',
  'Calendar',
  'Notes',
  'Sign',
  'Backup',
  'Survey',
  'Mail',
  'Files',
  'CRM',
  'Helpdesk',
  'Timesheet',
  'Payroll',
  'Chat',
  'Forms',
  'Analytics',
  'Scheduler',
];
const COMPANIES = [
  'Contoso',
  'Fabrikam',
  'Litware',
  'Adatum',
  'Northwind',
  'Tailspin',
  'Wingtip',
  'Woodgrove',
  'Proseware',
  'Alpine Ski House',
  'Coho Winery',
  'Humongous Insurance',
];
const COMMON_SCOPES = [
  'User.Read',
  'openid',
  'profile',
  'offline_access',
  'email',
  'Mail.Read',
  'Calendars.Read',
  'Files.Read',
  'Files.ReadWrite.All',
  'Mail.ReadWrite',
  'Contacts.Read',
  'Sites.Read.All',
  'User.ReadBasic.All',
  'Group.Read.All',
  'Directory.Read.All',
];
const COMMON_ROLES = [
  'User.Read.All',
  'Directory.Read.All',
  'Mail.Read',
  'Files.Read.All',
  'Group.Read.All',
  'Application.Read.All',
  'Sites.Read.All',
  'Mail.Send',
  'Directory.ReadWrite.All',
  'AppRoleAssignment.ReadWrite.All',
];

/** The app roles a generated resource app publishes (application permissions of its own API). */
const RESOURCE_ROLES = ['Records.Read.All', 'Records.ReadWrite.All', 'Reports.Read.All', 'Admin.ReadWrite.All'];

function resourceRoles(next: () => number): AppRole[] {
  return RESOURCE_ROLES.map((value) => ({
    id: guid(next),
    value,
    displayName: value,
    description: `Allows the app to use ${value} without a signed-in user.`,
    isEnabled: true,
    allowedMemberTypes: ['Application'],
  }));
}

/** `now`: the day credential expiry, sign-ins and audit dates are relative to (as the demo seed's are). */
export function generateTenant(base: TenantSnapshot, options: GeneratedTenantOptions, now = Date.now()): TenantSnapshot {
  const next = prng(options.seed ?? 1);
  // The hygiene data draws from its own stream, so the apps, grants and assignments stay those of the seed.
  const hygieneNext = prng(((options.seed ?? 1) ^ 0x5bd1e995) >>> 0);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const validScopes = new Set(graphScopes.map((s) => s.value));
  const scopes = COMMON_SCOPES.filter((s) => validScopes.has(s) || ['openid', 'profile', 'offline_access', 'email'].includes(s));
  const roleIds = COMMON_ROLES.map((v) => graphAppRoles.find((r) => r.value === v)!.id);
  const created = '2025-06-01T00:00:00Z';

  const userCount = Math.max(10, Math.ceil(options.grants / 20));
  const users: User[] = [];
  for (let i = 0; i < userCount; i++) {
    const alias = `user${String(i).padStart(6, '0')}`;
    users.push({
      id: guid(next),
      displayName: `Generated User ${i}`,
      userPrincipalName: `${alias}@scale.${base.settings.defaultDomain}`,
      mail: `${alias}@scale.${base.settings.defaultDomain}`,
      givenName: 'Generated',
      surname: `User ${i}`,
      jobTitle: null,
      accountEnabled: true,
      userType: 'Member',
      roleTemplateIds: [],
      hasMailbox: true,
      signInSessionsValidFromDateTime: created,
      createdDateTime: created,
    });
  }

  const sps: ServicePrincipal[] = [];
  for (let i = 0; i < options.servicePrincipals; i++) {
    const company = pick(COMPANIES);
    const verified = next() < 0.6;
    sps.push({
      id: guid(next),
      appId: guid(next),
      displayName: `${company} ${pick(NOUNS)} ${i}`,
      appDisplayName: `${company} ${pick(NOUNS)} ${i}`,
      appDescription: null,
      description: null,
      publisherName: company,
      verifiedPublisher: verified
        ? { displayName: company, verifiedPublisherId: String(1000000 + i), addedDateTime: created }
        : { displayName: null, verifiedPublisherId: null, addedDateTime: null },
      appOwnerOrganizationId: guid(next),
      servicePrincipalType: 'Application',
      accountEnabled: true,
      tags: ['WindowsAzureActiveDirectoryIntegratedApp'],
      homepage: null,
      info: { logoUrl: null, marketingUrl: null, privacyStatementUrl: null, supportUrl: null, termsOfServiceUrl: null },
      replyUrls: [],
      servicePrincipalNames: [],
      oauth2PermissionScopes: [],
      appRoles: [],
      createdDateTime: created,
    });
  }
  for (const sp of sps) sp.servicePrincipalNames = [sp.appId];
  // The first `resourceApps` generated apps publish an API with app roles: they hold app role assignments too.
  const resourceApps = sps.slice(0, Math.min(options.resourceApps ?? 0, sps.length));
  for (const sp of resourceApps) sp.appRoles = resourceRoles(next);
  const idleHighRisk = addAppHygiene(sps, users, base.settings.tenantId, now, { next: hygieneNext, guid: () => guid(hygieneNext) });

  // Grants: each client gets one AllPrincipals grant on Graph about a third of the time, the rest are
  // Principal grants of distinct users, so the (client, resource, consentType, principal) key stays unique.
  const grants: OAuth2PermissionGrant[] = [...base.grants];
  const generatedGrants = options.grants + base.grants.length;
  const scopeStrings = new Map<string, string>();
  const shared = (scope: string) => scopeStrings.get(scope) ?? (scopeStrings.set(scope, scope), scope);
  const graphId = IDS.sps.graph;
  const perClient = Math.ceil(options.grants / Math.max(1, sps.length));
  outer: for (const sp of sps) {
    const usedUsers = new Set<number>();
    for (let k = 0; k < perClient; k++) {
      if (grants.length >= generatedGrants) break outer;
      const scopeCount = 1 + Math.floor(next() * 4);
      const chosen = new Set<string>(['User.Read']);
      while (chosen.size < scopeCount) chosen.add(pick(scopes));
      if (idleHighRisk.has(sp.id)) chosen.add(HIGH_RISK_SCOPE);
      const allPrincipals = k === 0 && next() < 0.35;
      let principalId: string | null = null;
      if (!allPrincipals) {
        let u = Math.floor(next() * users.length);
        while (usedUsers.has(u)) u = (u + 1) % users.length;
        usedUsers.add(u);
        principalId = users[u]!.id;
      }
      grants.push({
        id: grantId(next),
        clientId: sp.id,
        consentType: allPrincipals ? 'AllPrincipals' : 'Principal',
        principalId,
        resourceId: graphId,
        scope: shared([...chosen].join(' ')),
      });
    }
  }

  // Assignments go round-robin over the resources (Microsoft Graph, then the generated resource apps);
  // each resource's k-th assignment gives app k its next role, so no app holds one role twice.
  const resources = [
    { id: graphId, displayName: 'Microsoft Graph', roles: roleIds },
    ...resourceApps.map((sp) => ({ id: sp.id, displayName: sp.displayName, roles: sp.appRoles.map((r) => r.id) })),
  ];
  const assignments: AppRoleAssignment[] = [...base.appRoleAssignments];
  const wanted = options.appRoleAssignments ?? 0;
  for (let i = 0; i < wanted && sps.length > 0; i++) {
    const resource = resources[i % resources.length]!;
    const k = Math.floor(i / resources.length);
    const sp = sps[k % sps.length]!;
    const role = resource.roles[Math.floor(k / sps.length) % resource.roles.length]!;
    assignments.push({
      id: grantId(next),
      appRoleId: role,
      createdDateTime: created,
      deletedDateTime: null,
      principalId: sp.id,
      principalType: 'ServicePrincipal',
      principalDisplayName: sp.displayName,
      resourceId: resource.id,
      resourceDisplayName: resource.displayName,
    });
  }

  const admin = base.users.find((u) => u.id === IDS.users.admin) ?? base.users[0]!;
  const audits = grantAudits(
    grants.slice(base.grants.length),
    new Map(sps.map((sp) => [sp.id, sp])),
    new Map(users.map((u) => [u.id, u])),
    admin,
    now,
    hygieneNext,
  );

  return {
    ...base,
    users: [...base.users, ...users],
    servicePrincipals: [...base.servicePrincipals, ...sps],
    grants,
    appRoleAssignments: assignments,
    audit: [...base.audit, ...audits].sort((a, b) => a.activityDateTime.localeCompare(b.activityDateTime)),
  };
}
