import { describe, expect, it } from 'vitest';
import type { GrantSnapshot } from '../../changes/types';
import { GRAPH_APP_ID } from '../../graph/microsoft-graph';
import { createPermissionCatalog } from '../../permissions/catalog';
import { buildInventory, type ServicePrincipalInfo } from '../../permissions/inventory';
import { PUBLISHER_LABEL, publisherOf } from '../../permissions/publisher';
import { describeChange } from '../../changes/changes';
import { ROLE_IDS } from '../../auth/directory-roles';
import { checkChangeRoles } from '../../changes/confirm/use-change-gate';
import { appRoleRemoval, buildUserAuthorizations, groupIdsOf, lastConsent, planRevoke, servicePrincipalIdsOf } from './user-apps';

const sp = (id: string, displayName: string, extra: Partial<ServicePrincipalInfo> = {}): ServicePrincipalInfo => ({
  id,
  appId: `app-${id}`,
  displayName,
  ...extra,
});
const GRAPH = sp('graph', 'Microsoft Graph', {
  appOwnerOrganizationId: 'f8cdef31-a31e-4b4a-93e4-5f571e91255a',
  oauth2PermissionScopes: [{ id: 's1', value: 'Mail.ReadWrite', adminConsentDisplayName: 'Read and write access to user mail' }],
});
const MAIL = sp('mail', 'Mail Helper Pro');
const LITWARE = sp('litware', 'Litware Meeting Notes', {
  verifiedPublisher: { displayName: 'Litware, Inc.', verifiedPublisherId: '1' },
  appRoles: [{ id: 'r1', value: 'Notes.Reader', displayName: 'Notes reader', description: 'Can read notes.' }],
});
const TENANT = '7c1d0f3e-5a2b-4c6d-9e8f-0a1b2c3d4e5f';
const CONTEXT = { tenantId: TENANT };
const sps = new Map([GRAPH, MAIL, LITWARE].map((s) => [s.id, s]));

const grant = (id: string, clientId: string, scope: string, principalId: string | null = 'megan'): GrantSnapshot => ({
  id,
  clientId,
  resourceId: 'graph',
  scope,
  principalId,
  consentType: principalId ? 'Principal' : 'AllPrincipals',
});

describe("a user's authorized apps", () => {
  const mine = grant('g1', 'mail', 'User.Read Mail.ReadWrite offline_access');
  const tenantWide = grant('g2', 'litware', 'User.Read openid profile', null);
  const assignment = { id: 'a1', appRoleId: 'r1', principalId: 'megan', resourceId: 'litware', createdDateTime: '2026-02-10T12:00:00Z' };

  it('sorts own consents, tenant-wide consents and app roles, with names, publisher and risk', () => {
    const result = buildUserAuthorizations({ userGrants: [mine], tenantWideGrants: [tenantWide], assignments: [assignment], servicePrincipals: sps }, CONTEXT);
    expect(result.own).toHaveLength(1);
    const own = result.own[0]!;
    expect(own).toMatchObject({ clientName: 'Mail Helper Pro', publisher: 'unverified' });
    expect(own.grants[0]!.resourceName).toBe('Microsoft Graph');
    expect(own.grants[0]!.scopes[1]).toEqual({ value: 'Mail.ReadWrite', name: 'Read and write access to user mail' });
    // Mail.ReadWrite is high; with offline_access the app keeps it: critical.
    expect(own.risk.tier).toBe('critical');
    expect(result.tenantWide[0]).toMatchObject({ clientName: 'Litware Meeting Notes', publisher: 'verified' });
    expect(result.tenantWide[0]!.risk.tier).toBe('low');
    expect(result.appRoles[0]).toMatchObject({ resourceName: 'Litware Meeting Notes', roleName: 'Notes reader' });
  });

  it("removing an app role describes it as the user's and keeps only Graph's fields in the change", () => {
    const result = buildUserAuthorizations({ userGrants: [], tenantWideGrants: [], assignments: [assignment], servicePrincipals: sps }, CONTEXT);
    const change = appRoleRemoval(result.appRoles[0]!, { id: 'megan', name: 'Megan Bowen' });
    expect(describeChange(change)).toBe('Remove the app role Notes reader in Litware Meeting Notes from Megan Bowen');
    expect(change).toMatchObject({
      kind: 'revoke-app-role',
      assignment: { id: 'a1', appRoleId: 'r1', principalId: 'megan', resourceId: 'litware', principalType: 'User' },
    });
    expect('createdDateTime' in (change.kind === 'revoke-app-role' ? change.assignment : {})).toBe(false);
  });

  it('keeps a grant whose app is gone, named by its id', () => {
    const result = buildUserAuthorizations(
      { userGrants: [grant('g3', 'gone', 'User.Read')], tenantWideGrants: [], assignments: [], servicePrincipals: sps },
      CONTEXT,
    );
    expect(result.own[0]!.clientName).toBe('Deleted or unknown app (gone)');
  });

  it('knows which service principals to look up', () => {
    expect(servicePrincipalIdsOf([mine, tenantWide], [assignment]).sort()).toEqual(['graph', 'litware', 'mail']);
  });

  it('finds the latest consent event for an app', () => {
    const events = [
      { at: '2026-03-10T08:30:00Z', clientId: 'mail', scopes: [], addedScopes: [], adminConsent: false },
      { at: '2026-03-12T08:30:00Z', clientId: 'mail', scopes: [], addedScopes: [], adminConsent: false },
      { at: '2026-03-15T08:30:00Z', clientId: 'other', scopes: [], addedScopes: [], adminConsent: false },
    ];
    expect(lastConsent(events, 'mail')?.at).toBe('2026-03-12T08:30:00Z');
    expect(lastConsent(undefined, 'mail')).toBeUndefined();
  });

  it('plans a delete when every scope goes, a trim otherwise, and sessions last', () => {
    const [row] = buildUserAuthorizations({ userGrants: [mine], tenantWideGrants: [], assignments: [], servicePrincipals: sps }, CONTEXT).own;
    const user = { id: 'megan', name: 'Megan Bowen' };
    const all = planRevoke({ row: row!, remove: new Map([['g1', ['user.read', 'Mail.ReadWrite', 'offline_access']]]), user, revokeSessions: true });
    expect(all.map((c) => c.kind)).toEqual(['revoke-grant', 'revoke-sessions']);
    const some = planRevoke({ row: row!, remove: new Map([['g1', ['Mail.ReadWrite']]]), user, revokeSessions: false });
    expect(some).toEqual([expect.objectContaining({ kind: 'remove-scopes', scopes: ['Mail.ReadWrite'] })]);
    expect(planRevoke({ row: row!, remove: new Map(), user, revokeSessions: true })).toEqual([]);
  });
});

describe('app roles a user holds through a group (api-reference/v1.0/api/user-list-approleassignments.md)', () => {
  const own = { id: 'a1', appRoleId: 'r1', principalId: 'megan', principalType: 'User', resourceId: 'litware' };
  const viaGroup = { id: 'a2', appRoleId: 'r1', principalId: 'sales', principalType: 'Group', principalDisplayName: 'Sales ‏Team', resourceId: 'litware' };
  const graphRole = { id: 'a3', appRoleId: 'x', principalId: 'megan', principalType: 'User', resourceId: 'graph' };
  const build = () =>
    buildUserAuthorizations(
      {
        userGrants: [],
        tenantWideGrants: [],
        assignments: [own, viaGroup, graphRole],
        servicePrincipals: new Map([...sps, ['graph', { ...GRAPH, appId: '00000003-0000-0000-c000-000000000000' }]]),
        groupMemberCounts: new Map([['sales', 12]]),
      },
      CONTEXT,
    ).appRoles;
  const byId = (id: string) => build().find((r) => r.assignment.id === id)!;
  const user = { id: 'megan', name: 'Megan Bowen' };
  const mayRemove = (id: string, role: string) => checkChangeRoles([appRoleRemoval(byId(id), user)], [role]);

  it('marks the group’s row with the group’s name and member count, the user’s own without', () => {
    expect(byId('a2').viaGroup).toEqual({ groupId: 'sales', groupName: 'Sales ‏Team', memberCount: 12 });
    expect(byId('a1').viaGroup).toBeUndefined();
    expect(groupIdsOf([own, viaGroup, viaGroup])).toEqual(['sales']);
  });

  it('never removes a group’s assignment as the user’s', () => {
    expect(() => appRoleRemoval(byId('a2'), user)).toThrow(/not assigned to Megan Bowen but to Sales/);
    // Nor someone else's assignment, should a row carry one.
    expect(() => appRoleRemoval(byId('a1'), { id: 'adele', name: 'Adele' })).toThrow();
  });

  it('rbac-approleassignments-apis-write.md: the removal of Microsoft Graph’s own app role needs Privileged Role Administrator (its kind reads the resource’s appId)', () => {
    expect(appRoleRemoval(byId('a3'), user).names.resourceAppId).toBe('00000003-0000-0000-c000-000000000000');
    expect(mayRemove('a1', ROLE_IDS.cloudApplicationAdministrator).allowed).toBe(true);
    const graph = mayRemove('a3', ROLE_IDS.cloudApplicationAdministrator);
    expect(graph.allowed ? '' : graph.reason).toMatch(/Privileged Role Administrator/);
    expect(mayRemove('a3', ROLE_IDS.privilegedRoleAdministrator).allowed).toBe(true);
  });
});

describe('the same answers as the Applications screen (src/permissions: publisher.ts, grant-risk.ts)', () => {
  const apps = [
    sp('console', 'Consent Console', { appOwnerOrganizationId: TENANT }),
    sp('name-only', 'Looks Verified', { appOwnerOrganizationId: 'x', verifiedPublisher: { displayName: 'Microsoft Corporation', verifiedPublisherId: null } }),
    sp('adatum', 'Adatum Sign', { appOwnerOrganizationId: 'x', verifiedPublisher: { displayName: 'Adatum Corporation', verifiedPublisherId: '4501234' } }),
    sp('teams', 'Microsoft Teams', { appOwnerOrganizationId: 'f8cdef31-a31e-4b4a-93e4-5f571e91255a', publisherName: 'Microsoft Services' }),
    sp('mail', 'Mail Helper Pro', { appOwnerOrganizationId: 'x', publisherName: 'mailhelper' }),
  ];
  const graph = sp('graph', 'Microsoft Graph', { appId: GRAPH_APP_ID });
  const catalog = createPermissionCatalog([
    {
      id: 'p1',
      value: 'Calendars.Read',
      type: 'delegated',
      isAdmin: false,
      isEnabled: true,
      adminConsentDisplayName: 'Read calendars',
      adminConsentDescription: '',
      privilegeLevel: 2,
    },
  ]);
  const scopeOf: Record<string, string> = {
    console: 'User.Read',
    'name-only': 'Calendars.Read',
    adatum: 'User.Read Mail.Read',
    teams: 'Calendars.Read offline_access',
    mail: 'User.Read Mail.Read offline_access',
  };
  const mine = apps.map((app) => grant(`own-${app.id}`, app.id, scopeOf[app.id]!));
  const others = apps.map((app) => grant(`other-${app.id}`, app.id, scopeOf[app.id]!, 'johanna'));
  const admin = apps.map((app) => grant(`all-${app.id}`, app.id, scopeOf[app.id]!, null));
  const servicePrincipals = new Map([graph, ...apps].map((s) => [s.id, s]));
  const page = buildUserAuthorizations({ userGrants: mine, tenantWideGrants: admin, assignments: [], servicePrincipals }, { tenantId: TENANT, catalog });

  it('classifies publishers as the Applications screen does, the console’s own app as “Your organization”', () => {
    const kinds = page.own.map((row) => [row.clientId, row.publisher]);
    expect(kinds).toEqual(page.own.map((row) => [row.clientId, publisherOf(servicePrincipals.get(row.clientId)!, TENANT).kind]));
    expect(Object.fromEntries(kinds)).toEqual({ console: 'own-tenant', 'name-only': 'unverified', adatum: 'verified', teams: 'microsoft', mail: 'unverified' });
    expect(PUBLISHER_LABEL[page.own.find((r) => r.clientId === 'console')!.publisher].label).toBe('Your organization');
    expect(page.own.find((r) => r.clientId === 'adatum')!.publisherName).toBe('Adatum Corporation');
  });

  it('rates each app as the Applications list rates an app holding the same grants, however many users hold them', () => {
    const listRisk = (grants: GrantSnapshot[]) => {
      const rows = buildInventory({ servicePrincipals: [graph, ...apps], grants, assignments: [], catalog });
      return Object.fromEntries(apps.map((app) => [app.id, rows.find((r) => r.sp.id === app.id)!.risk]));
    };
    const tiers = (rows: typeof page.own) => Object.fromEntries(rows.map((row) => [row.clientId, row.risk.tier]));
    expect(tiers(page.own)).toEqual(listRisk([...mine, ...others]));
    expect(tiers(page.tenantWide)).toEqual(listRisk(admin));
    expect(tiers(page.own)).toEqual({ console: 'low', 'name-only': 'low', adatum: 'medium', teams: 'low', mail: 'high' });
  });
});
