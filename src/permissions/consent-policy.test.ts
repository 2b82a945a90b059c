import { describe, expect, it } from 'vitest';
import type { ConditionSet, GrantPolicy } from '../graph/consent-policies';
import {
  assignmentWith,
  describeConditionSet,
  evaluateConsent,
  isClassifiable,
  userConsentSetting,
  type ClientFacts,
  type ConsentQuestion,
  type PermissionAsked,
} from './consent-policy';

const GRAPH = '00000003-0000-0000-c000-000000000000';
const AZURE_API = '00001111-aaaa-2222-bbbb-3333cccc4444';
const TENANT = 'aaaaaaaa-0000-0000-0000-000000000001';

/** A condition set with Graph's defaults (permissiongrantconditionset.md), overridden. */
const set = (over: Partial<ConditionSet>): ConditionSet => ({
  id: 'c1',
  permissionType: 'delegated',
  permissionClassification: 'all',
  resourceApplication: 'any',
  permissions: ['all'],
  clientApplicationIds: ['all'],
  clientApplicationTenantIds: ['all'],
  clientApplicationPublisherIds: ['all'],
  clientApplicationsFromVerifiedPublisherOnly: false,
  ...over,
});
const policy = (id: string, includes: ConditionSet[], excludes: ConditionSet[] = []): GrantPolicy => ({
  id,
  displayName: `Policy ${id}`,
  description: '',
  includes,
  excludes,
});

/** The docs' example: "Include delegated permissions classified low, for apps from verified publishers" (manage-app-consent-policies.md). */
const tier1 = policy(
  'my-custom-policy',
  [set({ id: 'low-verified', permissionClassification: 'low', clientApplicationsFromVerifiedPublisherOnly: true })],
  [set({ id: 'no-azure', resourceApplication: AZURE_API })],
);
const legacy = policy('microsoft-user-default-legacy', [set({ id: 'consentable', permissionType: 'delegatedUserConsentable' })]);

const verified: ClientFacts = {
  appId: 'client-1',
  verifiedPublisher: { verifiedPublisherId: '1234567', displayName: 'Contoso' },
  appOwnerOrganizationId: 'other-tenant',
};
const unverified: ClientFacts = { appId: 'client-2', appOwnerOrganizationId: 'other-tenant' };
const perm = (value: string, over: Partial<PermissionAsked> = {}, type = 'User'): PermissionAsked => ({
  resourceAppId: GRAPH,
  scope: { id: `id-${value}`, value, type },
  ...over,
});

const ask = (over: Partial<ConsentQuestion>): ConsentQuestion => ({
  assigned: ['ManagePermissionGrantsForSelf.my-custom-policy'],
  policies: [tier1, legacy],
  client: verified,
  asked: [perm('User.Read', { classification: 'low' })],
  userIsConsentAdmin: false,
  ...over,
});
const verdict = (q: ConsentQuestion) => evaluateConsent(q)[0]!;

describe('the user-consent setting in words (configure-user-consent.md)', () => {
  it('names the built-in settings and custom policies from the assignment list', () => {
    expect(userConsentSetting({ permissionGrantPoliciesAssigned: [] }).kind).toBe('none');
    expect(userConsentSetting({ permissionGrantPoliciesAssigned: ['ManagePermissionGrantsForOwnedResource.DeveloperConsent'] }).kind).toBe('none');
    expect(userConsentSetting({ permissionGrantPoliciesAssigned: ['managePermissionGrantsForSelf.microsoft-user-default-low'] })).toMatchObject({
      kind: 'low',
      title: 'Allow user consent for apps from verified publishers, for selected permissions',
    });
    expect(userConsentSetting({ permissionGrantPoliciesAssigned: ['ManagePermissionGrantsForSelf.microsoft-user-default-legacy'] }).kind).toBe('legacy');
    expect(userConsentSetting({ permissionGrantPoliciesAssigned: ['ManagePermissionGrantsForSelf.my-custom-policy'] })).toMatchObject({
      kind: 'custom',
      policyIds: ['my-custom-policy'],
    });
  });

  it('changes only the user-consent entry, keeping the owned-resource ones', () => {
    const current = ['ManagePermissionGrantsForSelf.microsoft-user-default-legacy', 'ManagePermissionGrantsForOwnedResource.DeveloperConsent'];
    expect(assignmentWith(current, 'microsoft-user-default-low')).toEqual([
      'ManagePermissionGrantsForSelf.microsoft-user-default-low',
      'ManagePermissionGrantsForOwnedResource.DeveloperConsent',
    ]);
    expect(assignmentWith(current, null)).toEqual(['ManagePermissionGrantsForOwnedResource.DeveloperConsent']);
  });
});

describe('condition sets in sentences', () => {
  const names = { app: (id: string) => (id === AZURE_API ? 'Azure Service Management' : undefined), permission: () => 'Mail.Read', tenantId: TENANT };

  it('says each narrowing condition, with names first and ids after', () => {
    expect(describeConditionSet(tier1.includes[0]!, names)).toEqual([
      'Delegated permissions of any API.',
      'Only permissions classified as low impact.',
      'Only apps from a verified publisher.',
    ]);
    expect(describeConditionSet(set({ resourceApplication: AZURE_API, permissions: ['p1'], clientApplicationTenantIds: [TENANT] }), names)).toEqual([
      `Delegated permissions of Azure Service Management (${AZURE_API}).`,
      'Only these permissions: Mail.Read (p1).',
      `Only apps registered in: your organization (${TENANT}).`,
    ]);
    expect(describeConditionSet(set({}), names)).toEqual(['Delegated permissions of any API.', 'Any app, any permission.']);
  });
});

describe('can this user consent? (manage-app-consent-policies.md, permissiongrantconditionset.md)', () => {
  it('allows a low-classified permission for a verified app: the include decides', () => {
    expect(verdict(ask({}))).toMatchObject({ canConsent: true, reason: 'include-matched', policyId: 'my-custom-policy', conditionId: 'low-verified' });
  });

  it('refuses an unclassified permission, and says which condition missed', () => {
    const v = verdict(ask({ asked: [perm('Mail.Read')] }));
    expect(v).toMatchObject({ canConsent: false, reason: 'no-include-matched', conditionId: 'low-verified' });
    expect(v.explanation).toMatch(/not classified low impact/);
    expect(v.explanation).toMatch(/AADSTS90094/);
  });

  it('refuses an unverified publisher under a verified-only condition', () => {
    const v = verdict(ask({ client: unverified }));
    expect(v).toMatchObject({ canConsent: false, reason: 'no-include-matched' });
    expect(v.explanation).toMatch(/publisher is not verified/);
  });

  it('an exclude wins over an include of the same policy', () => {
    const v = verdict(ask({ asked: [perm('user_impersonation', { resourceAppId: AZURE_API, classification: 'low' })] }));
    expect(v).toMatchObject({ canConsent: false, reason: 'exclude-matched', conditionId: 'no-azure' });
  });

  it('each assigned policy is evaluated on its own: one allowing is enough', () => {
    const assigned = ['ManagePermissionGrantsForSelf.my-custom-policy', 'ManagePermissionGrantsForSelf.microsoft-user-default-legacy'];
    const v = verdict(ask({ assigned, asked: [perm('user_impersonation', { resourceAppId: AZURE_API, classification: 'low' })] }));
    expect(v).toMatchObject({ canConsent: true, policyId: 'microsoft-user-default-legacy', conditionId: 'consentable' });
  });

  it('never lets a user consent to an admin-only permission, whatever the policy', () => {
    const v = verdict(ask({ assigned: ['ManagePermissionGrantsForSelf.microsoft-user-default-legacy'], asked: [perm('Directory.Read.All', {}, 'Admin')] }));
    expect(v).toMatchObject({ canConsent: false, reason: 'admin-only' });
    const all = policy('everything', [set({ permissionType: 'delegated' })]);
    expect(
      verdict(ask({ assigned: ['ManagePermissionGrantsForSelf.everything'], policies: [all], asked: [perm('Directory.Read.All', {}, 'Admin')] })).reason,
    ).toBe('admin-only');
  });

  it('an administrator who may consent to anything can, admin-only permissions too', () => {
    expect(verdict(ask({ userIsConsentAdmin: true, asked: [perm('Directory.Read.All', {}, 'Admin')] }))).toMatchObject({
      canConsent: true,
      reason: 'admin-role',
    });
  });

  it('with no policy assigned, nobody but an administrator may consent', () => {
    expect(verdict(ask({ assigned: ['ManagePermissionGrantsForOwnedResource.DeveloperConsent'] }))).toMatchObject({
      canConsent: false,
      reason: 'no-user-consent',
    });
  });

  it('matches each condition type: API, permission, client app, tenant, publisher id', () => {
    const allow = (over: Partial<ConditionSet>, client: ClientFacts = verified) =>
      verdict(ask({ assigned: ['ManagePermissionGrantsForSelf.p'], policies: [policy('p', [set(over)])], client, asked: [perm('Mail.Read')] })).canConsent;
    expect(allow({ resourceApplication: GRAPH })).toBe(true);
    expect(allow({ resourceApplication: AZURE_API })).toBe(false);
    expect(allow({ permissions: ['id-Mail.Read'] })).toBe(true);
    expect(allow({ permissions: ['id-Other'] })).toBe(false);
    expect(allow({ clientApplicationIds: ['client-1'] })).toBe(true);
    expect(allow({ clientApplicationIds: ['client-9'] })).toBe(false);
    expect(allow({ clientApplicationTenantIds: ['other-tenant'] })).toBe(true);
    expect(allow({ clientApplicationTenantIds: [TENANT] })).toBe(false);
    expect(allow({ clientApplicationPublisherIds: ['1234567'] })).toBe(true);
    expect(allow({ clientApplicationPublisherIds: ['7654321'] })).toBe(false);
    expect(allow({ permissionType: 'application' })).toBe(false);
    // A typed client id the tenant has no service principal for: its publisher and tenant are unknown, so conditions on them do not match.
    expect(allow({ clientApplicationsFromVerifiedPublisherOnly: true }, { appId: 'typed' })).toBe(false);
    expect(allow({ clientApplicationTenantIds: [TENANT] }, { appId: 'typed' })).toBe(false);
  });

  it('a policy assigned but not found refuses and says so', () => {
    expect(verdict(ask({ assigned: ['ManagePermissionGrantsForSelf.gone'] }))).toMatchObject({ canConsent: false, reason: 'policy-unknown', policyId: 'gone' });
  });
});

describe('what the screen accepts', () => {
  it('classifies only delegated permissions that need no admin consent (configure-permission-classifications.md)', () => {
    expect(isClassifiable({ id: 'a', value: 'User.Read', type: 'User' })).toBe(true);
    expect(isClassifiable({ id: 'b', value: 'Directory.Read.All', type: 'Admin' })).toBe(false);
  });
});
