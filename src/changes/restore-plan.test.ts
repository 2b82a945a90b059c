import { describe, expect, it } from 'vitest';
import { planRestore } from './restore-plan';
import type { ActivityEntry, AssignmentSnapshot, GrantSnapshot } from './types';

const grant: GrantSnapshot = {
  id: 'g1',
  clientId: 'c',
  consentType: 'Principal',
  principalId: 'u',
  resourceId: 'r',
  scope: 'User.Read Mail.ReadWrite offline_access',
};
const assignment: AssignmentSnapshot = {
  id: 'a1',
  appRoleId: 'role',
  principalId: 'c',
  resourceId: 'r',
  principalDisplayName: 'App',
  resourceDisplayName: 'Microsoft Graph',
  principalType: 'ServicePrincipal',
};

function entry(overrides: Partial<ActivityEntry>): ActivityEntry {
  return {
    id: 'e1',
    at: '2026-11-22T10:00:00Z',
    actor: { upn: 'admin@contoso.example', oid: 'o', tenantId: 't' },
    action: 'revoke-grant',
    summary: '',
    target: {},
    before: grant,
    after: null,
    outcome: 'succeeded',
    ...overrides,
  };
}

describe('planRestore', () => {
  it('recreates a revoked grant as it was', () => {
    expect(planRestore(entry({}), {})).toEqual({
      kind: 'create-grant',
      grant: { clientId: 'c', consentType: 'Principal', principalId: 'u', resourceId: 'r', scope: 'User.Read Mail.ReadWrite offline_access' },
      differences: [],
    });
  });

  it('adds removed scopes back to a grant that exists again, keeping what was added since', () => {
    const now = { ...grant, id: 'g2', scope: 'User.Read Calendars.Read' };
    expect(planRestore(entry({ action: 'remove-scopes', after: { ...grant, scope: 'User.Read' } }), { grant: now })).toEqual({
      kind: 'set-grant-scope',
      grantId: 'g2',
      scope: 'User.Read Calendars.Read Mail.ReadWrite offline_access',
      previousScope: 'User.Read Calendars.Read',
      differences: ['Added since the change, and kept: Calendars.Read.'],
    });
  });

  it('never writes back a scope the change did not remove (another admin removed it since)', () => {
    const removal = entry({ action: 'remove-scopes', after: { ...grant, scope: 'User.Read offline_access' } });
    const step = planRestore(removal, { grant: { ...grant, scope: 'User.Read' } });
    expect(step).toMatchObject({
      kind: 'set-grant-scope',
      scope: 'User.Read Mail.ReadWrite',
      differences: ['Removed since the change, and not restored: offline_access.'],
    });
  });

  it('recreates a grant deleted since a partial removal with only the removed scopes, and says so', () => {
    const removal = entry({ action: 'remove-scopes', after: { ...grant, scope: 'User.Read offline_access' } });
    const step = planRestore(removal, {});
    expect(step).toMatchObject({ kind: 'create-grant', grant: { scope: 'Mail.ReadWrite' } });
    expect(step.kind === 'create-grant' && step.differences[0]).toMatch(/deleted since the change/);
  });

  it('does nothing when the grant holds the removed scopes again', () => {
    const removal = entry({ action: 'remove-scopes', after: { ...grant, scope: 'User.Read offline_access' } });
    expect(planRestore(removal, { grant: { ...grant, scope: 'Mail.ReadWrite' } }).kind).toBe('nothing');
  });

  it('does nothing when the grant already holds every scope', () => {
    expect(planRestore(entry({}), { grant }).kind).toBe('nothing');
  });

  it('recreates a removed application permission unless it exists again', () => {
    const removed = entry({ action: 'revoke-app-role', before: assignment });
    expect(planRestore(removed, {})).toEqual({
      kind: 'create-assignment',
      assignment: {
        appRoleId: 'role',
        principalId: 'c',
        resourceId: 'r',
        principalDisplayName: 'App',
        resourceDisplayName: 'Microsoft Graph',
        principalType: 'ServicePrincipal',
      },
    });
    expect(planRestore(removed, { assignmentExists: true }).kind).toBe('nothing');
  });

  it('refuses failed, already restored, or non-destructive entries', () => {
    expect(planRestore(entry({ outcome: 'failed' }), {}).kind).toBe('nothing');
    expect(planRestore(entry({ restoredBy: 'e2' }), {}).kind).toBe('nothing');
    expect(planRestore(entry({ action: 'create-grant', before: null }), {}).kind).toBe('nothing');
  });
});
