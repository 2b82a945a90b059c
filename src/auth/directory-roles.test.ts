import { describe, expect, it } from 'vitest';
import {
  ADMIN_CONSENT_ROLE_IDS,
  canGrantAdminConsent,
  directoryRoleId,
  directoryRoleName,
  directoryRoleNames,
  isKnownDirectoryRole,
  ROLE_IDS,
} from './directory-roles';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('the directory role table', () => {
  it('knows every role the code names, by a lower-case template id that maps back to the name', () => {
    for (const id of Object.values(ROLE_IDS)) {
      expect(id).toMatch(GUID);
      expect(directoryRoleId(directoryRoleName(id))).toBe(id);
    }
    expect(ROLE_IDS.globalAdministrator).toBe('62e90394-69f5-4237-9190-012177145e10');
    expect(() => directoryRoleId('Supreme Administrator')).toThrow(/No directory role named Supreme Administrator/);
  });

  it('names roles case-insensitively and shows an unknown id as one', () => {
    expect(directoryRoleName('62E90394-69F5-4237-9190-012177145E10')).toBe('Global Administrator');
    expect(isKnownDirectoryRole('62E90394-69F5-4237-9190-012177145E10')).toBe(true);
    expect(directoryRoleName('abc')).toBe('Unknown directory role (abc)');
    expect(isKnownDirectoryRole('abc')).toBe(false);
  });

  it("hides the member marker every user's token carries", () => {
    expect(directoryRoleNames([ROLE_IDS.userAdministrator, 'b79fbf4d-3ef9-4689-8143-76b194e85509'])).toEqual(['User Administrator']);
  });

  it('lists the roles that may consent for the organization, least privileged first', () => {
    expect(ADMIN_CONSENT_ROLE_IDS.map(directoryRoleName)).toEqual([
      'Cloud Application Administrator',
      'Application Administrator',
      'Privileged Role Administrator',
      'Global Administrator',
    ]);
    expect(canGrantAdminConsent([ROLE_IDS.helpdeskAdministrator, ROLE_IDS.privilegedRoleAdministrator.toUpperCase()])).toBe(true);
    expect(canGrantAdminConsent([ROLE_IDS.globalReader, ROLE_IDS.userAdministrator])).toBe(false);
  });
});
