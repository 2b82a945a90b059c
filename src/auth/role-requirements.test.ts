import { describe, expect, it } from 'vitest';
import rules from '../permissions/catalog/graph-api-rules.json';
import { directoryRoleName, isKnownDirectoryRole, ROLE_IDS } from './directory-roles';
import * as requirements from './role-requirements';
import {
  APP_ROLE_ASSIGNMENT_WRITE,
  checkRole,
  explainReadDenied,
  explainWriteDenied,
  GRANT_WRITE,
  GRAPH_APP_ROLE_WRITE,
  READ_APP_ROLE_ASSIGNMENTS,
  READ_AUDIT,
  READ_GRANTS,
  READ_USER_GRANTS,
  readAccess,
  readRoleNote,
  REVOKE_SESSIONS,
  type RoleRequirement,
} from './role-requirements';

const apis: Record<string, { roles: string[] | null }> = rules.apis;
const documented = (key: string) => new Set([...(apis[key]?.roles ?? []), ROLE_IDS.globalAdministrator]);
const names = (ids: readonly string[]) => ids.map(directoryRoleName);

/** Every requirement the module exports, and the narrower ones inside them. */
function everyRequirement(): [string, RoleRequirement][] {
  const found: [string, RoleRequirement][] = [];
  const add = (name: string, value: unknown) => {
    if (typeof value !== 'object' || value === null || !Array.isArray((value as RoleRequirement).roles)) return;
    const requirement = value as RoleRequirement;
    found.push([name, requirement]);
    if (requirement.narrower) add(`${name} (${requirement.narrower.what})`, requirement.narrower.requirement);
  };
  for (const [name, value] of Object.entries(requirements)) add(name, value);
  return found;
}

describe('the role table names every role the console asks for', () => {
  it.each(everyRequirement())('%s', (_name, requirement) => {
    expect(requirement.roles.length).toBeGreaterThan(0);
    expect(requirement.roles.filter((id) => !isKnownDirectoryRole(id))).toEqual([]);
  });

  it('and every role the generated rules list for an API', () => {
    const listed = Object.values(apis).flatMap((rule) => [...(rule.roles ?? []), ...((rule as { rolesGraphAppRoles?: string[] }).rolesGraphAppRoles ?? [])]);
    expect([...new Set(listed)].filter((id) => !isKnownDirectoryRole(id))).toEqual([]);
  });
});

describe('role requirements come from Microsoft’s documented role lists', () => {
  it('the read and write lists equal the generated rules for their keys, plus Global Administrator', () => {
    expect(new Set(READ_GRANTS.roles)).toEqual(documented('GET /oauth2permissiongrants'));
    expect(new Set(READ_USER_GRANTS.roles)).toEqual(documented('GET /users/{id}/oauth2permissiongrants'));
    expect(new Set(GRANT_WRITE.roles)).toEqual(documented('DELETE /oauth2permissiongrants/{id}'));
    expect(new Set(APP_ROLE_ASSIGNMENT_WRITE.roles)).toEqual(documented('DELETE /serviceprincipals/{id}/approleassignedto/{id}'));
  });

  it('api-reference/v1.0/includes/rbac-for-apis/rbac-directoryaudit-apis.md: audits need Reports Reader, Security Reader or Security Administrator', () => {
    expect(names(READ_AUDIT.roles)).toEqual(['Global Reader', 'Reports Reader', 'Security Reader', 'Security Administrator', 'Global Administrator']);
  });

  it('entra-docs permissions-reference.md: Global Reader may make every documented read, and no write', () => {
    for (const read of [READ_GRANTS, READ_USER_GRANTS, READ_APP_ROLE_ASSIGNMENTS, READ_AUDIT]) expect(read.roles).toContain(ROLE_IDS.globalReader);
    expect(GRANT_WRITE.roles).not.toContain(ROLE_IDS.globalReader);
    expect(APP_ROLE_ASSIGNMENT_WRITE.roles).not.toContain(ROLE_IDS.globalReader);
  });

  it('rbac-approleassignments-apis-write.md: Microsoft Graph’s own app roles need Privileged Role Administrator', () => {
    expect(names(GRAPH_APP_ROLE_WRITE.roles)).toEqual(['Privileged Role Administrator', 'Global Administrator']);
    expect(checkRole(APP_ROLE_ASSIGNMENT_WRITE, [ROLE_IDS.cloudApplicationAdministrator]).allowed).toBe(true);
    const graph = checkRole(GRAPH_APP_ROLE_WRITE, [ROLE_IDS.cloudApplicationAdministrator]);
    expect(graph.allowed).toBe(false);
    if (!graph.allowed) expect(graph.reason).toMatch(/\. Privileged Role Administrator \(or Global Administrator\) would\.$/);
  });

  it('rbac-oauth2permissiongrant-users-apis-read.md: a Helpdesk Administrator may not read grants; a Global Reader may', () => {
    for (const read of [READ_GRANTS, READ_USER_GRANTS, READ_APP_ROLE_ASSIGNMENTS]) {
      expect(checkRole(read, [ROLE_IDS.helpdeskAdministrator]).allowed).toBe(false);
    }
    expect(checkRole(READ_GRANTS, [ROLE_IDS.globalReader]).allowed).toBe(true);
    expect(checkRole(READ_USER_GRANTS, [ROLE_IDS.globalReader]).allowed).toBe(true);
    expect(checkRole(READ_AUDIT, [ROLE_IDS.cloudApplicationAdministrator]).allowed).toBe(false);
    expect(checkRole(READ_AUDIT, [ROLE_IDS.reportsReader]).allowed).toBe(true);
  });

  it('Global Administrator may do everything', () => {
    for (const r of [READ_GRANTS, READ_USER_GRANTS, READ_APP_ROLE_ASSIGNMENTS, READ_AUDIT, GRANT_WRITE, APP_ROLE_ASSIGNMENT_WRITE, GRAPH_APP_ROLE_WRITE]) {
      expect(checkRole(r, [ROLE_IDS.globalAdministrator]).allowed).toBe(true);
    }
  });
});

describe('the note a read gate shows', () => {
  it('names the least-privileged role first and the roles held', () => {
    const note = readRoleNote(READ_USER_GRANTS, [ROLE_IDS.helpdeskAdministrator, 'b79fbf4d-3ef9-4689-8143-76b194e85509']);
    expect(note).toMatch(/^Reading users' delegated permission grants needs one of these directory roles: Global Reader, Directory Readers, /);
    expect(note).toMatch(/, Global Administrator\. Your roles \(Helpdesk Administrator\) are not on the list\.$/);
    expect(readRoleNote(READ_GRANTS, [])).toMatch(/Your account holds no directory role\.$/);
  });

  it('explains a 403 on a read with the same note, or why a listed role was refused', () => {
    expect(explainReadDenied(READ_GRANTS, [ROLE_IDS.helpdeskAdministrator])).toBe(readRoleNote(READ_GRANTS, [ROLE_IDS.helpdeskAdministrator]));
    expect(explainReadDenied(READ_GRANTS, [ROLE_IDS.globalReader])).toMatch(/although your role \(Global Reader\) is on the list/);
  });
});

describe('write role checks', () => {
  it('a User Administrator may revoke grants and sessions', () => {
    expect(checkRole(GRANT_WRITE, [ROLE_IDS.userAdministrator])).toEqual({ allowed: true, via: 'User Administrator' });
    expect(checkRole(REVOKE_SESSIONS, [ROLE_IDS.userAdministrator.toUpperCase()]).allowed).toBe(true);
  });

  it('a Helpdesk Administrator may revoke sessions but not grants, and is told which role would allow it', () => {
    expect(checkRole(REVOKE_SESSIONS, [ROLE_IDS.helpdeskAdministrator]).allowed).toBe(true);
    const check = checkRole(GRANT_WRITE, [ROLE_IDS.helpdeskAdministrator]);
    expect(check.allowed).toBe(false);
    if (check.allowed) return;
    expect(check.reason).toMatch(
      /^Your directory roles \(Helpdesk Administrator\) do not allow you to change or revoke delegated permission grants\. User Administrator \(or /,
    );
    expect(check.allowedBy).toContain('Global Administrator');
    expect(check.allowedBy).toContain('Application Developer');
  });

  it('an account without roles is told so', () => {
    // Every member's token carries the "Member" template id: it is not a role.
    const none = checkRole(GRANT_WRITE, ['b79fbf4d-3ef9-4689-8143-76b194e85509']);
    expect(none.allowed).toBe(false);
    if (!none.allowed) expect(none.reason).toMatch(/^Your account holds no directory role that may change/);
  });

  it('explains a 403 both when the role is missing and when it should have worked', () => {
    expect(explainWriteDenied(GRANT_WRITE, [ROLE_IDS.helpdeskAdministrator])).toMatch(/^Microsoft Graph refused the change: Your directory roles/);
    expect(explainWriteDenied(GRANT_WRITE, [ROLE_IDS.globalAdministrator])).toMatch(/normally allows it/);
  });

  it('never says a Cloud Application Administrator’s role "normally allows" an app-role change: Graph’s own app roles need more', () => {
    const text = explainWriteDenied(APP_ROLE_ASSIGNMENT_WRITE, [ROLE_IDS.cloudApplicationAdministrator]);
    expect(text).not.toMatch(/normally allows/);
    expect(text).toMatch(/not Microsoft Graph's own app roles.*Privileged Role Administrator \(or Global Administrator\) would\./);
    expect(explainWriteDenied(GRAPH_APP_ROLE_WRITE, [ROLE_IDS.cloudApplicationAdministrator])).toMatch(
      /^Microsoft Graph refused the change: Your directory roles \(Cloud Application Administrator\)/,
    );
    expect(explainWriteDenied(APP_ROLE_ASSIGNMENT_WRITE, [ROLE_IDS.privilegedRoleAdministrator])).toMatch(/normally allows it/);
  });
});

describe('read access for a screen', () => {
  it('is unknown while the roles load, allowed when every read is, and otherwise one note per denied read', () => {
    expect(readAccess([READ_GRANTS, READ_APP_ROLE_ASSIGNMENTS], undefined)).toEqual({ state: 'unknown' });
    expect(readAccess([READ_GRANTS, READ_APP_ROLE_ASSIGNMENTS], [ROLE_IDS.cloudApplicationAdministrator])).toEqual({ state: 'allowed' });
    // Reports Reader reads the audit log but neither grants nor app role assignments.
    const reports = readAccess([READ_GRANTS, READ_AUDIT], [ROLE_IDS.reportsReader]);
    expect(reports.state === 'denied' ? reports.notes : []).toEqual([readRoleNote(READ_GRANTS, [ROLE_IDS.reportsReader])]);
    expect(readAccess([READ_GRANTS, READ_APP_ROLE_ASSIGNMENTS], [ROLE_IDS.globalReader])).toEqual({ state: 'allowed' });
    const helpdesk = readAccess([READ_GRANTS, READ_APP_ROLE_ASSIGNMENTS], [ROLE_IDS.helpdeskAdministrator]);
    expect(helpdesk.state === 'denied' ? helpdesk.notes.length : 0).toBe(2);
  });
});
