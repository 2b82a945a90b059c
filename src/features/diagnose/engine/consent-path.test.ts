import { describe, expect, it } from 'vitest';
import { ROLE_IDS } from '../../../auth/directory-roles';
import { consentFix, consentPath } from './consent-path';

const ADMIN_ONLY = new Set(['directory.read.all', 'application.read.all']);
const isAdminOnly = (scope: string) => ADMIN_ONLY.has(scope.toLowerCase());

describe('consentPath', () => {
  it('a user-consentable permission: consent for oneself, whatever the roles', () => {
    expect(consentPath(['Mail.ReadBasic'], isAdminOnly, [])).toBe('self');
    expect(consentPath(['Mail.ReadBasic'], isAdminOnly, [ROLE_IDS.globalAdministrator])).toBe('self');
  });

  it('an admin-only permission: for the organization when the roles allow it, else ask an administrator', () => {
    expect(consentPath(['Directory.Read.All'], isAdminOnly, [ROLE_IDS.cloudApplicationAdministrator])).toBe('for-organization');
    expect(consentPath(['Directory.Read.All'], isAdminOnly, [])).toBe('ask-an-admin');
    expect(consentPath(['User.Read', 'Directory.Read.All'], isAdminOnly, [ROLE_IDS.helpdeskAdministrator])).toBe('ask-an-admin');
  });

  it('while the catalogue is unknown nothing is called admin-only', () => {
    expect(consentPath(['Directory.Read.All'], undefined, [])).toBe('self');
  });

  it('consentFix turns a plain user’s consent into the admin consent request', () => {
    expect(consentFix({ isAdminOnly, userRoles: [] }, ['Directory.Read.All'])).toEqual({ kind: 'admin-consent', scopes: ['Directory.Read.All'] });
    expect(consentFix({ isAdminOnly, userRoles: [ROLE_IDS.globalAdministrator] }, ['Directory.Read.All'])).toEqual({
      kind: 'consent',
      scopes: ['Directory.Read.All'],
    });
    expect(consentFix({ isAdminOnly, userRoles: [] }, ['Mail.ReadBasic'])).toEqual({ kind: 'consent', scopes: ['Mail.ReadBasic'] });
  });
});
