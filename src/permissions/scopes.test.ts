import { describe, expect, it } from 'vitest';
import {
  graphScopesOnly,
  isOidcScope,
  missingScopes,
  normalizeScope,
  parseScopeString,
  sameScope,
  uniqueScopes,
} from './scopes';

describe('scope helpers', () => {
  it('strips the Graph resource prefix in both spellings', () => {
    expect(normalizeScope('https://graph.microsoft.com/User.Read')).toBe('User.Read');
    expect(normalizeScope('00000003-0000-0000-c000-000000000000/Mail.Read')).toBe('Mail.Read');
    expect(normalizeScope(' api://other/Thing ')).toBe('api://other/Thing');
  });

  it('compares case-insensitively', () => {
    expect(sameScope('user.read', 'https://graph.microsoft.com/User.Read')).toBe(true);
    expect(sameScope('User.Read', 'User.ReadWrite')).toBe(false);
  });

  it('parses an scp claim, ignoring extra whitespace and duplicates', () => {
    expect(parseScopeString('  User.Read  openid\tuser.read Mail.Read ')).toEqual(['User.Read', 'openid', 'Mail.Read']);
    expect(parseScopeString(undefined)).toEqual([]);
    expect(parseScopeString('')).toEqual([]);
  });

  it('knows the OIDC scopes', () => {
    expect(isOidcScope('openid')).toBe(true);
    expect(isOidcScope('OFFLINE_ACCESS')).toBe(true);
    expect(isOidcScope('User.Read')).toBe(false);
  });

  it('finds missing Graph scopes, never reporting OIDC scopes', () => {
    expect(missingScopes(['openid', 'User.Read', 'Application.Read.All'], ['user.read'])).toEqual([
      'Application.Read.All',
    ]);
    expect(missingScopes(['User.Read'], ['https://graph.microsoft.com/User.Read'])).toEqual([]);
  });

  it('dedupes and filters', () => {
    expect(uniqueScopes(['A', 'a', 'B'])).toEqual(['A', 'B']);
    expect(graphScopesOnly(['openid', 'profile', 'User.Read'])).toEqual(['User.Read']);
  });
});
