import { describe, expect, it } from 'vitest';
import { revokeAppRole } from './app-role-kinds';
import { revokeGrant } from './grant-kinds';
import { revokeSessions } from './session-kinds';

const FSI = '\u2068';
const PDI = '\u2069';
const OPEN_RTL = 'Quarterly Report\u202E';

describe('the kinds describe a change with every name isolated', () => {
  const grant = { id: 'g1', clientId: 'c1', consentType: 'Principal' as const, principalId: 'u1', resourceId: 'r1', scope: 'User.Read' };

  it('a grant: an app name ending in an unclosed right-to-left override is closed before the sentence goes on', () => {
    const text = revokeGrant.describe({
      kind: 'revoke-grant',
      grant,
      names: { clientName: OPEN_RTL, resourceName: 'Microsoft Graph', principalName: 'Megan\u202B' },
    });
    expect(text).toBe(`Revoke ${FSI}${OPEN_RTL}${PDI}'s delegated permissions on Microsoft Graph for ${FSI}Megan\u202B${PDI}: User.Read`);
  });

  it('an app role and sessions too; plain names stay as they are', () => {
    const assignment = { id: 'a1', appRoleId: 'role-1', principalId: 'c1', principalType: 'ServicePrincipal', resourceId: 'r1' };
    expect(
      revokeAppRole.describe({
        kind: 'revoke-app-role',
        assignment,
        names: { clientName: 'Mail Helper Pro', resourceName: OPEN_RTL, permission: 'Mail.Read' },
      }),
    ).toBe(`Remove the application permission Mail.Read on ${FSI}${OPEN_RTL}${PDI} from Mail Helper Pro`);
    expect(revokeSessions.describe({ kind: 'revoke-sessions', userId: 'u1', names: { principalName: OPEN_RTL } })).toContain(`of ${FSI}${OPEN_RTL}${PDI} (`);
  });
});
