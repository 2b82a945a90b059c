import { describe, expect, it } from 'vitest';
import { describeChange } from '../../../changes/changes';
import { readRequestBody, typedOrigin, writeChange } from './write-request';

const GRAPH = 'https://graph.microsoft.com/v1.0';

describe('a Diagnose write as a change', () => {
  it('goes to the console’s Graph whatever host was typed, and says so in its description', () => {
    const change = writeChange(
      { method: 'POST', url: 'https://graph.evil.example/beta/users/u1/revokeSignInSessions?x=1#top', body: { a: 1 }, scope: 'User.RevokeSessions.All' },
      GRAPH,
    );
    expect(change.request.path).toBe('/users/u1/revokeSignInSessions?x=1');
    expect(describeChange(change)).toBe(`POST ${GRAPH}/users/u1/revokeSignInSessions?x=1, with a JSON body`);
    expect(describeChange(change)).not.toContain('evil');
  });

  it('keeps a typed path as it is, and sends no body with a DELETE', () => {
    const change = writeChange(
      { method: 'DELETE', url: 'oauth2PermissionGrants/g1', body: { scope: 'x' }, scope: 'DelegatedPermissionGrant.ReadWrite.All' },
      GRAPH,
    );
    expect(change.request).toEqual({ method: 'DELETE', path: '/oauth2PermissionGrants/g1', body: undefined, scope: 'DelegatedPermissionGrant.ReadWrite.All' });
    expect(describeChange(change)).toBe(`DELETE ${GRAPH}/oauth2PermissionGrants/g1`);
  });

  it('reads the typed body: none when empty, JSON otherwise, an error for anything else', () => {
    expect(readRequestBody('  ')).toEqual({ ok: true });
    expect(readRequestBody('{"scope":"User.Read"}')).toEqual({ ok: true, body: { scope: 'User.Read' } });
    expect(readRequestBody('{scope: User.Read}')).toEqual({ ok: false, error: 'The request body is not valid JSON.' });
  });

  it('tells the typed host of a full URL, and none for a path', () => {
    expect(typedOrigin(' https://graph.evil.example/v1.0/me ')).toBe('https://graph.evil.example');
    expect(typedOrigin('/me')).toBeUndefined();
    expect(typedOrigin('https://')).toBeUndefined();
  });
});
