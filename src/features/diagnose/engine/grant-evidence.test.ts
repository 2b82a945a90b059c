import { describe, expect, it } from 'vitest';
import { grantEvidence, type ClientGrantFacts } from './grant-evidence';
import { requestTarget, toAccessTokenClaims } from './token-input';

const facts = (overrides: Partial<ClientGrantFacts> = {}): ClientGrantFacts => ({
  clientSpId: 'console-sp',
  graph: { id: 'graph-sp', appRoles: [{ id: 'role-1', value: 'Application.Read.All' }] },
  grants: [
    { clientId: 'console-sp', consentType: 'AllPrincipals', principalId: null, resourceId: 'graph-sp', scope: 'User.Read Directory.Read.All' },
    { clientId: 'console-sp', consentType: 'Principal', principalId: 'me', resourceId: 'graph-sp', scope: ' Mail.ReadBasic ' },
    { clientId: 'console-sp', consentType: 'Principal', principalId: 'someone', resourceId: 'graph-sp', scope: 'Mail.Read User.Read' },
    { clientId: 'console-sp', consentType: 'AllPrincipals', principalId: null, resourceId: 'sharepoint-sp', scope: 'AllSites.Read' },
    { clientId: 'other-app', consentType: 'AllPrincipals', principalId: null, resourceId: 'graph-sp', scope: 'Mail.Send' },
  ],
  assignments: [
    { resourceId: 'graph-sp', appRoleId: 'role-1' },
    { resourceId: 'sharepoint-sp', appRoleId: 'role-x' },
  ],
  ...overrides,
});

describe('grant evidence', () => {
  it('splits the console’s Graph grants by who consented; other resources and other apps do not count', () => {
    expect(grantEvidence(facts(), 'me')).toEqual({
      allPrincipals: ['User.Read', 'Directory.Read.All'],
      signedInUser: ['Mail.ReadBasic'],
      otherUsers: ['Mail.Read', 'User.Read'],
      appRoles: ['Application.Read.All'],
    });
  });

  it('no grants at all', () => {
    expect(grantEvidence(facts({ grants: [], assignments: [] }), 'me')).toEqual({ allPrincipals: [], signedInUser: [], otherUsers: [], appRoles: [] });
  });
});

describe('request target', () => {
  it('keeps only path and query, whatever host was pasted', () => {
    expect(requestTarget('https://graph.microsoft.com/v1.0/me/messages?$top=5')).toBe('/me/messages?$top=5');
    expect(requestTarget('https://evil.example/v1.0/me')).toBe('/me');
    expect(requestTarget('me')).toBe('/me');
    expect(requestTarget('/beta/users')).toBe('/users');
  });
  it('keeps only well-typed claims', () => {
    expect(toAccessTokenClaims({ scp: 'User.Read', exp: '123', wids: ['a', 1] })).toMatchObject({ scp: 'User.Read', exp: undefined, wids: ['a'] });
  });
});
