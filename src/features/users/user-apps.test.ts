import { describe, expect, it } from 'vitest';
import type { GrantSnapshot } from '../../activity/types';
import type { ServicePrincipalInfo } from '../../permissions/inventory';
import { describeChange } from '../../activity/changes';
import { appRoleRemoval, buildUserAuthorizations, lastConsent, planRevoke, servicePrincipalIdsOf } from './user-apps';

const sp = (id: string, displayName: string, extra: Partial<ServicePrincipalInfo> = {}): ServicePrincipalInfo => ({ id, appId: `app-${id}`, displayName, ...extra });
const GRAPH = sp('graph', 'Microsoft Graph', {
  appOwnerOrganizationId: 'f8cdef31-a31e-4b4a-93e4-5f571e91255a',
  oauth2PermissionScopes: [{ id: 's1', value: 'Mail.ReadWrite', adminConsentDisplayName: 'Read and write access to user mail' }],
});
const MAIL = sp('mail', 'Mail Helper Pro');
const LITWARE = sp('litware', 'Litware Meeting Notes', {
  verifiedPublisher: { displayName: 'Litware, Inc.', verifiedPublisherId: '1' },
  appRoles: [{ id: 'r1', value: 'Notes.Reader', displayName: 'Notes reader', description: 'Can read notes.' }],
});
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
    const result = buildUserAuthorizations({ userGrants: [mine], tenantWideGrants: [tenantWide], assignments: [assignment], servicePrincipals: sps });
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
    const result = buildUserAuthorizations({ userGrants: [], tenantWideGrants: [], assignments: [assignment], servicePrincipals: sps });
    const change = appRoleRemoval(result.appRoles[0]!, 'Megan Bowen');
    expect(describeChange(change)).toBe('Remove the app role Notes reader in Litware Meeting Notes from Megan Bowen');
    expect(change).toMatchObject({ kind: 'revoke-app-role', assignment: { id: 'a1', appRoleId: 'r1', principalId: 'megan', resourceId: 'litware', principalType: 'User' } });
    expect('createdDateTime' in (change.kind === 'revoke-app-role' ? change.assignment : {})).toBe(false);
  });

  it('keeps a grant whose app is gone, named by its id', () => {
    const result = buildUserAuthorizations({ userGrants: [grant('g3', 'gone', 'User.Read')], tenantWideGrants: [], assignments: [], servicePrincipals: sps });
    expect(result.own[0]!.clientName).toBe('Deleted or unknown app (gone)');
  });

  it('knows which service principals to look up', () => {
    expect(servicePrincipalIdsOf([mine, tenantWide], [assignment]).sort()).toEqual(['graph', 'litware', 'mail']);
  });

  it('finds the latest consent event for an app', () => {
    const events = [
      { at: '2026-03-10T08:30:00Z', clientId: 'mail', scopes: [], adminConsent: false },
      { at: '2026-03-12T08:30:00Z', clientId: 'mail', scopes: [], adminConsent: false },
      { at: '2026-03-15T08:30:00Z', clientId: 'other', scopes: [], adminConsent: false },
    ];
    expect(lastConsent(events, 'mail')?.at).toBe('2026-03-12T08:30:00Z');
    expect(lastConsent(undefined, 'mail')).toBeUndefined();
  });

  it('plans a delete when every scope goes, a trim otherwise, and sessions last', () => {
    const [row] = buildUserAuthorizations({ userGrants: [mine], tenantWideGrants: [], assignments: [], servicePrincipals: sps }).own;
    const user = { id: 'megan', name: 'Megan Bowen' };
    const all = planRevoke({ row: row!, remove: new Map([['g1', ['user.read', 'Mail.ReadWrite', 'offline_access']]]), user, revokeSessions: true });
    expect(all.map((c) => c.kind)).toEqual(['revoke-grant', 'revoke-sessions']);
    const some = planRevoke({ row: row!, remove: new Map([['g1', ['Mail.ReadWrite']]]), user, revokeSessions: false });
    expect(some).toEqual([expect.objectContaining({ kind: 'remove-scopes', scopes: ['Mail.ReadWrite'] })]);
    expect(planRevoke({ row: row!, remove: new Map(), user, revokeSessions: true })).toEqual([]);
  });
});
