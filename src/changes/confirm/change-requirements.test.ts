import { describe, expect, it } from 'vitest';
import { APP_ROLE_ASSIGNMENT_WRITE, GRANT_WRITE, GRAPH_APP_ROLE_WRITE } from '../../auth/role-requirements';
import { GraphError } from '../../graph/graph-error';
import { activityEntry } from '../../test-support/activity-entry';
import type { Change } from '../changes';
import { explainError, explainFailure, requirementOf, requirementsOf, retrySafeOf } from './change-requirements';

const assignment = { id: 'a1', appRoleId: 'r1', principalId: 'app', resourceId: 'sp-graph' };
const graphRole: Change = { kind: 'revoke-app-role', assignment, names: { resourceName: 'Graph API', resourceAppId: '00000003-0000-0000-C000-000000000000' } };
const otherRole: Change = { kind: 'add-app-role', assignment, names: { resourceName: 'Litware', resourceAppId: 'litware-app' } };

describe('the role a change needs (rbac-approleassignments-apis-write.md)', () => {
  it("Microsoft Graph's own app roles need GRAPH_APP_ROLE_WRITE, to assign and to remove", () => {
    expect(requirementOf(graphRole)).toBe(GRAPH_APP_ROLE_WRITE);
    expect(requirementOf({ ...graphRole, kind: 'add-app-role' })).toBe(GRAPH_APP_ROLE_WRITE);
    expect(requirementOf(otherRole)).toBe(APP_ROLE_ASSIGNMENT_WRITE);
  });

  it('a change rebuilt from the log without an appId is known by the resource name', () => {
    expect(requirementOf({ kind: 'add-app-role', assignment, names: { resourceName: 'Microsoft Graph' } })).toBe(GRAPH_APP_ROLE_WRITE);
    expect(
      requirementsOf([
        otherRole,
        { kind: 'revoke-grant', grant: { id: 'g', clientId: 'c', consentType: 'Principal', principalId: 'u', resourceId: 'r', scope: 'x' }, names: {} },
      ]),
    ).toEqual([APP_ROLE_ASSIGNMENT_WRITE, GRANT_WRITE]);
  });
});

describe('the failure explanation after an outage: whether retrying is safe is the kind’s to say', () => {
  const revoke: Change = {
    kind: 'revoke-grant',
    grant: { id: 'g', clientId: 'c', consentType: 'Principal', principalId: 'u', resourceId: 'r', scope: 'Mail.Read' },
    names: {},
  };
  const rawPost: Change = {
    kind: 'graph-request',
    request: { method: 'POST', path: '/users/u/revokeSignInSessions', scope: 'User.RevokeSessions.All' },
    baseUrl: 'https://graph.microsoft.com/v1.0',
    names: {},
  };
  const outage = new GraphError({ status: 503, code: 'ServiceUnavailable', message: 'Try later', requestId: 'req-1' });
  const failed = (change: Change) => explainFailure({ change, outcome: 'failed', entry: activityEntry({ outcome: 'failed' }), error: outage }, []);

  it('a change that checks what is there first may be retried', () => {
    expect(failed(revoke)).toBe(
      'Microsoft Graph could not make the change right now (Try later). Retrying is safe: sending this change again leaves the tenant as one success would. (HTTP 503 ServiceUnavailable, request-id req-1)',
    );
  });

  it('a raw Diagnose write, sent once with no check, is never called safe to retry', () => {
    const text = failed(rawPost);
    expect(text).not.toMatch(/safe/);
    expect(text).toBe(
      'Microsoft Graph could not make the change right now (Try later). It may have been made anyway: the console sends this request as typed, without checking what is there, so look at the tenant before sending it again. (HTTP 503 ServiceUnavailable, request-id req-1)',
    );
  });

  it('a dialog whose whole apply failed says safe only when every change is', () => {
    expect(retrySafeOf([revoke])).toBe(true);
    expect(retrySafeOf([revoke, rawPost])).toBe(false);
    expect(explainError(new GraphError({ status: 0, code: 'NetworkError', message: 'offline' }), { retrySafe: retrySafeOf([revoke, rawPost]) }, [])).toMatch(
      /may have been made anyway/,
    );
  });
});
