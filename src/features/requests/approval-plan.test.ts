import { describe, expect, it } from 'vitest';
import { checkChangeRoles } from '../../changes/confirm/use-change-gate';
import type { GrantSnapshot } from '../../changes/types';
import { ROLE_IDS } from '../../auth/directory-roles';
import { GRAPH_APP_ID } from '../../graph/microsoft-graph';
import type { ServicePrincipalInfo } from '../../permissions/inventory';
import { planApproval, type ApprovalInput } from './approval-plan';
import { resolvePendingScopes } from './pending-scopes';

const graph: ServicePrincipalInfo = {
  id: 'graph-sp',
  appId: GRAPH_APP_ID,
  displayName: 'Microsoft Graph',
  oauth2PermissionScopes: [
    { id: 's1', value: 'Mail.Read', type: 'User' },
    { id: 's2', value: 'Calendars.Read', type: 'User' },
    { id: 's3', value: 'User.Read', type: 'User' },
  ],
  appRoles: [
    { id: 'r1', value: 'Mail.Read', allowedMemberTypes: ['Application'] },
    { id: 'r2', value: 'User.Read.All', allowedMemberTypes: ['Application'] },
  ],
};
const hr: ServicePrincipalInfo = { id: 'hr-sp', appId: 'hr-app', displayName: 'Northwind HR', oauth2PermissionScopes: [{ id: 'h1', value: 'hr.read' }] };
const client: ServicePrincipalInfo = { id: 'client-sp', appId: 'client-app', displayName: 'Fabrikam Notes' };
const megan = { id: 'u-megan', displayName: 'Megan', userPrincipalName: 'megan@contoso.example' };
const johanna = { id: 'u-johanna', displayName: 'Johanna', userPrincipalName: 'johanna@contoso.example' };
const resources = [graph, hr, client];

const grant = (overrides: Partial<GrantSnapshot>): GrantSnapshot => ({
  id: 'g',
  clientId: client.id,
  consentType: 'Principal',
  principalId: megan.id,
  resourceId: graph.id,
  scope: '',
  ...overrides,
});

const input = (overrides: Partial<ApprovalInput>): ApprovalInput => ({
  client,
  grants: [],
  assignments: [],
  scopes: resolvePendingScopes(['Mail.Read', 'Calendars.Read'], resources),
  audience: { kind: 'requesters', users: [megan, johanna] },
  ...overrides,
});

describe('resolving a request’s permissions to their APIs', () => {
  it('bare and Graph-prefixed names are Microsoft Graph’s delegated scopes; others belong to the one API publishing them', () => {
    const [mail, prefixed, hrRead, unknown] = resolvePendingScopes(
      ['mail.read', 'https://graph.microsoft.com/Calendars.Read', 'hr.read', 'Nope.Read'],
      resources,
    );
    expect(mail).toMatchObject({ type: 'delegated', value: 'Mail.Read', resource: graph });
    expect(prefixed).toMatchObject({ type: 'delegated', value: 'Calendars.Read', resource: graph });
    expect(hrRead).toMatchObject({ type: 'delegated', value: 'hr.read', resource: hr });
    expect(unknown).toMatchObject({ type: 'unresolved' });
  });

  it('a name only Graph’s app roles carry is an application permission', () => {
    expect(resolvePendingScopes(['User.Read.All'], resources)[0]).toMatchObject({ type: 'application', value: 'User.Read.All' });
  });
});

describe('the approval plan', () => {
  it('for the organization: one AllPrincipals grant per API with the chosen scopes', () => {
    const plan = planApproval(input({ audience: { kind: 'organization' } }));
    expect(plan.changes).toEqual([
      expect.objectContaining({
        kind: 'add-scopes',
        grant: null,
        template: { clientId: client.id, consentType: 'AllPrincipals', principalId: null, resourceId: graph.id },
        scopes: ['Mail.Read', 'Calendars.Read'],
      }),
    ]);
  });

  it('for the requesters with one scope removed: a Principal grant per requester with only the kept scope, no AllPrincipals grant', () => {
    const plan = planApproval(input({ scopes: resolvePendingScopes(['Mail.Read'], resources) }));
    expect(plan.changes.map((c) => c.kind === 'add-scopes' && [c.template.consentType, c.template.principalId, c.scopes])).toEqual([
      ['Principal', megan.id, ['Mail.Read']],
      ['Principal', johanna.id, ['Mail.Read']],
    ]);
  });

  it('for a group: every member once, a user holding the scopes in their own grant gets nothing, one holding some gets the rest added to that grant', () => {
    const existing = grant({ id: 'megan-grant', scope: 'Mail.Read Calendars.Read' });
    const partial = grant({ id: 'johanna-grant', principalId: johanna.id, scope: 'Mail.Read' });
    const isaiah = { id: 'u-isaiah', displayName: 'Isaiah' };
    const plan = planApproval(input({ grants: [existing, partial], audience: { kind: 'group', users: [megan, johanna, isaiah, megan] } }));
    expect(plan.alreadyHeld).toEqual([megan]);
    expect(plan.grants.map((g) => [g.user?.id, g.existing?.id ?? null, g.adding])).toEqual([
      [johanna.id, 'johanna-grant', ['Calendars.Read']],
      [isaiah.id, null, ['Mail.Read', 'Calendars.Read']],
    ]);
    expect(plan.changes[0]).toMatchObject({ kind: 'add-scopes', grant: partial, scopes: ['Calendars.Read'] });
  });

  it('scopes the organization’s grant already covers are not given to users again', () => {
    const org = grant({ id: 'org', consentType: 'AllPrincipals', principalId: null, scope: 'Mail.Read' });
    const plan = planApproval(input({ grants: [org] }));
    expect(plan.grants.map((g) => g.adding)).toEqual([['Calendars.Read'], ['Calendars.Read']]);
  });

  it('application permissions: for the organization only, and not when the app holds them', () => {
    const scopes = resolvePendingScopes(['User.Read.All'], resources);
    expect(planApproval(input({ scopes })).left).toEqual([expect.objectContaining({ name: 'User.Read.All' })]);
    expect(planApproval(input({ scopes, audience: { kind: 'organization' } })).changes).toEqual([
      expect.objectContaining({ kind: 'add-app-role', assignment: expect.objectContaining({ principalId: client.id, appRoleId: 'r2' }) }),
    ]);
    const held = [{ id: 'a', principalId: client.id, resourceId: graph.id, appRoleId: 'r2' }];
    expect(planApproval(input({ scopes, assignments: held, audience: { kind: 'organization' } })).changes).toEqual([]);
  });
});

describe('who can approve', () => {
  const delegated = planApproval(input({ audience: { kind: 'organization' } })).changes;
  const appRole = planApproval(input({ scopes: resolvePendingScopes(['User.Read.All'], resources), audience: { kind: 'organization' } })).changes;

  it('a Cloud Application Administrator approves delegated permissions, not Microsoft Graph’s app roles', () => {
    expect(checkChangeRoles(delegated, [ROLE_IDS.cloudApplicationAdministrator]).allowed).toBe(true);
    const check = checkChangeRoles(appRole, [ROLE_IDS.cloudApplicationAdministrator]);
    expect(check.allowed).toBe(false);
    expect(!check.allowed && check.reason).toContain('Privileged Role Administrator');
  });

  it('a Privileged Role Administrator approves both; a plain user neither', () => {
    expect(checkChangeRoles([...delegated, ...appRole], [ROLE_IDS.privilegedRoleAdministrator]).allowed).toBe(true);
    expect(checkChangeRoles(delegated, []).allowed).toBe(false);
  });
});
