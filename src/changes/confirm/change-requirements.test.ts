import { describe, expect, it } from 'vitest';
import { APP_ROLE_ASSIGNMENT_WRITE, GRANT_WRITE, GRAPH_APP_ROLE_WRITE } from '../../auth/role-requirements';
import type { Change } from '../changes';
import { requirementOf, requirementsOf } from './change-requirements';

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
    expect(requirementsOf([otherRole, { kind: 'revoke-grant', grant: { id: 'g', clientId: 'c', consentType: 'Principal', principalId: 'u', resourceId: 'r', scope: 'x' }, names: {} }])).toEqual([
      APP_ROLE_ASSIGNMENT_WRITE,
      GRANT_WRITE,
    ]);
  });
});
