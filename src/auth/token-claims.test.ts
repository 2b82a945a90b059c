import { describe, expect, it } from 'vitest';
import { canGrantAdminConsent, directoryRoleNames } from './directory-roles';
import { decodeJwtPayload, summarizeGraphToken } from './token-claims';

function fakeJwt(payload: object): string {
  const encode = (o: object) =>
    btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(o))))
      .replace(/=+$/, '')
      .replace(/\+/g, '-')
      .replace(/\//g, '_');
  return `${encode({ alg: 'RS256' })}.${encode(payload)}.sig`;
}

describe('token claims', () => {
  it('summarizes scp, wids, tenant and expiry of a Graph token', () => {
    const token = fakeJwt({
      scp: 'User.Read Application.Read.All',
      wids: ['62e90394-69f5-4237-9190-012177145e10', 'b79fbf4d-3ef9-4689-8143-76b194e85509'],
      tid: 't-1',
      exp: 1_700_000_000,
      name: 'Zoë Ünïcode',
    });
    expect(summarizeGraphToken(token)).toEqual({
      scopes: ['User.Read', 'Application.Read.All'],
      roleTemplateIds: ['62e90394-69f5-4237-9190-012177145e10', 'b79fbf4d-3ef9-4689-8143-76b194e85509'],
      tenantId: 't-1',
      expiresAt: new Date(1_700_000_000_000),
    });
    expect(decodeJwtPayload(token).name).toBe('Zoë Ünïcode');
  });

  it('rejects something that is not a JWT', () => {
    expect(() => decodeJwtPayload('opaque')).toThrow();
  });

  it('names directory roles, hiding the member-user id', () => {
    expect(directoryRoleNames(['62e90394-69f5-4237-9190-012177145e10', 'b79fbf4d-3ef9-4689-8143-76b194e85509', 'abc'])).toEqual([
      'Global Administrator',
      'Unknown directory role (abc)',
    ]);
    expect(canGrantAdminConsent(['158c047a-c907-4556-b7ef-446551a6b5f7'])).toBe(true);
    expect(canGrantAdminConsent(['729827e3-9c14-49f7-bb1b-9608f156bbb8'])).toBe(false);
  });
});
