import { describe, expect, it } from 'vitest';
import { restorePreviewRead } from './restore';
import type { ActivityEntry, AssignmentSnapshot } from './types';
import { READ_AUTHORIZATION_POLICY } from '../graph/operations/consent-policies';
import { READ_SERVICE_PRINCIPAL_ASSIGNMENTS, READ_USER_ASSIGNMENTS_FOR_WRITE } from '../graph/operations/app-role-assignments';
import { READ_GRANT_NOW } from '../graph/operations/grants';

const assignment = (principalType: AssignmentSnapshot['principalType']): AssignmentSnapshot => ({
  id: 'a1',
  appRoleId: 'role',
  principalId: 'p',
  resourceId: 'r',
  principalDisplayName: 'P',
  resourceDisplayName: 'API',
  principalType,
});

const entry = (overrides: Partial<ActivityEntry>): ActivityEntry => ({
  id: 'e1',
  at: '2026-12-02T10:00:00Z',
  actor: { upn: 'admin@contoso.example', oid: 'o', tenantId: 't' },
  action: 'revoke-grant',
  summary: '',
  target: {},
  before: { id: 'g1', clientId: 'c', consentType: 'Principal', principalId: 'u', resourceId: 'r', scope: 'User.Read' },
  after: null,
  outcome: 'succeeded',
  ...overrides,
});

// The preview's error names the read that failed: the same choice previewRestore runs, made in one place.
describe('restorePreviewRead', () => {
  it('reads the grant for a revoked grant', () => {
    expect(restorePreviewRead(entry({})).operation).toBe(READ_GRANT_NOW);
  });

  it("reads a user's assignments for a user's app role, a service principal's otherwise", () => {
    expect(restorePreviewRead(entry({ action: 'revoke-app-role', before: assignment('User') })).operation).toBe(READ_USER_ASSIGNMENTS_FOR_WRITE);
    expect(restorePreviewRead(entry({ action: 'revoke-app-role', before: assignment('ServicePrincipal') })).operation).toBe(READ_SERVICE_PRINCIPAL_ASSIGNMENTS);
  });

  it("uses a kind's own preview read where it has one", () => {
    const policy = entry({
      action: 'set-user-consent',
      before: { id: 'authorizationPolicy', permissionGrantPoliciesAssigned: [] },
      after: { id: 'authorizationPolicy', permissionGrantPoliciesAssigned: ['x'] },
    });
    expect(restorePreviewRead(policy).operation).toBe(READ_AUTHORIZATION_POLICY);
  });
});
