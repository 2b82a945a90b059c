import { describe, expect, it } from 'vitest';
import { ROLE_IDS } from '../../../auth/directory-roles';
import { apiStatus } from './api-status';
import { roleRequirementForRequest } from './role-for-request';

const adminOnly = (s: string) => ['application.read.all', 'delegatedpermissiongrant.readwrite.all', 'directory.read.all'].includes(s.toLowerCase());

describe('per-API status', () => {
  it('works when the token holds the scope, whatever its case', () => {
    expect(apiStatus(['User.Read'], ['user.read'], [], adminOnly).status).toBe('works');
  });

  it('a user-consentable scope not held needs consent', () => {
    expect(apiStatus(['Mail.ReadBasic'], ['User.Read'], [], adminOnly)).toMatchObject({
      status: 'needs-consent',
      detail: 'Grant Mail.ReadBasic for yourself.',
    });
  });

  it('an admin-only scope needs admin consent unless the user may consent for the organization', () => {
    expect(apiStatus(['Application.Read.All'], ['User.Read'], [ROLE_IDS.helpdeskAdministrator], adminOnly).status).toBe('needs-admin-consent');
    expect(apiStatus(['Application.Read.All'], ['User.Read'], [ROLE_IDS.cloudApplicationAdministrator], adminOnly).status).toBe('needs-consent');
  });

  it('a held write permission still needs a directory role', () => {
    const row = apiStatus(['DelegatedPermissionGrant.ReadWrite.All'], ['DelegatedPermissionGrant.ReadWrite.All'], [ROLE_IDS.helpdeskAdministrator], adminOnly);
    expect(row.status).toBe('needs-role');
    expect(row.detail).toContain('User Administrator');
    expect(
      apiStatus(['DelegatedPermissionGrant.ReadWrite.All'], ['DelegatedPermissionGrant.ReadWrite.All'], [ROLE_IDS.userAdministrator], adminOnly).status,
    ).toBe('works');
  });
});

describe('role requirement of a request', () => {
  it('recognises the role-gated writes from full URLs', () => {
    expect(roleRequirementForRequest('delete', 'https://graph.microsoft.com/v1.0/oauth2PermissionGrants/abc')?.action).toMatch(/grants/);
    expect(roleRequirementForRequest('GET', '/oauth2PermissionGrants/abc')).toBeUndefined();
    expect(roleRequirementForRequest('POST', '/servicePrincipals/x/appRoleAssignedTo')?.action).toMatch(/app roles/);
    expect(roleRequirementForRequest('POST', '/users/x/revokeSignInSessions')?.action).toMatch(/sessions/);
  });
});
