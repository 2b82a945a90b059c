import { describe, expect, it } from 'vitest';
import { checkRole, explainWriteDenied, GRANT_WRITE, REVOKE_SESSIONS, ROLE_IDS } from './role-requirements';

describe('role requirements', () => {
  it('a User Administrator may revoke grants and sessions', () => {
    expect(checkRole(GRANT_WRITE, [ROLE_IDS.userAdministrator])).toEqual({ allowed: true, via: 'User Administrator' });
    expect(checkRole(REVOKE_SESSIONS, [ROLE_IDS.userAdministrator.toUpperCase()]).allowed).toBe(true);
  });

  it('a Helpdesk Administrator may revoke sessions but not grants, and is told which role would allow it', () => {
    expect(checkRole(REVOKE_SESSIONS, [ROLE_IDS.helpdeskAdministrator]).allowed).toBe(true);
    const check = checkRole(GRANT_WRITE, [ROLE_IDS.helpdeskAdministrator]);
    expect(check.allowed).toBe(false);
    if (check.allowed) return;
    expect(check.reason).toMatch(/^Your directory roles \(Helpdesk Administrator\) do not allow you to change or revoke delegated permission grants\./);
    expect(check.reason).toContain('User Administrator');
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
});
