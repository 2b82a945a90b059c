import { describe, expect, it } from 'vitest';
import { hasScope, readSnapshot, saveSnapshot, snapshotOf } from './token-snapshot';

const b64 = (value: object) => btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
const token = (claims: object) => `${b64({ alg: 'RS256' })}.${b64(claims)}.sig`;

function memoryStorage() {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
}

describe('token snapshots', () => {
  it('keeps only scp, iat, exp and aud', () => {
    const snapshot = snapshotOf(token({ scp: 'User.Read Calendars.Read', iat: 10, exp: 20, aud: '00000003-0000-0000-c000-000000000000', upn: 'x' }));
    expect(snapshot).toEqual({ scopes: ['User.Read', 'Calendars.Read'], iat: 10, exp: 20, aud: '00000003-0000-0000-c000-000000000000' });
    expect(hasScope(snapshot, 'calendars.read')).toBe(true);
    expect(hasScope(snapshot, 'People.Read')).toBe(false);
  });

  it('survives a redirect in storage, per name', () => {
    const storage = memoryStorage();
    saveSnapshot('1:before', { scopes: ['User.Read'], iat: 1 }, storage);
    saveSnapshot('3:before', { scopes: ['User.Read', 'Calendars.Read'], iat: 2 }, storage);
    expect(readSnapshot('1:before', storage)).toEqual({ scopes: ['User.Read'], iat: 1 });
    expect(readSnapshot('2:before', storage)).toBeUndefined();
    expect(readSnapshot('3:before', storage)).toEqual({ scopes: ['User.Read', 'Calendars.Read'], iat: 2 });
    storage.setItem('consent-console.showcase', 'not json');
    expect(readSnapshot('1:before', storage)).toBeUndefined();
  });
});
