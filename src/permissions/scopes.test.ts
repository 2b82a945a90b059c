import { describe, expect, it } from 'vitest';
import {
  isOidcScope,
  missingScopes,
  normalizeScope,
  parseScopeString,
  sameScopes,
  scopesMissingFrom,
  scopeWithout,
  splitScopes,
  unionScopes,
  uniqueScopes,
} from './scopes';

describe('scope helpers', () => {
  it('strips the Graph resource prefix in both spellings', () => {
    expect(normalizeScope('https://graph.microsoft.com/User.Read')).toBe('User.Read');
    expect(normalizeScope('00000003-0000-0000-c000-000000000000/Mail.Read')).toBe('Mail.Read');
    expect(normalizeScope(' api://other/Thing ')).toBe('api://other/Thing');
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
    expect(missingScopes(['openid', 'User.Read', 'Application.Read.All'], ['user.read'])).toEqual(['Application.Read.All']);
    expect(missingScopes(['User.Read'], ['https://graph.microsoft.com/User.Read'])).toEqual([]);
  });

  it('dedupes case-insensitively, keeping the first spelling', () => {
    expect(uniqueScopes(['A', 'a', 'B'])).toEqual(['A', 'B']);
  });
});

describe('scope strings', () => {
  it('splits on any whitespace, keeping order, spelling and repetitions', () => {
    expect(splitScopes(' User.Read\tMail.Read  user.read ')).toEqual(['User.Read', 'Mail.Read', 'user.read']);
    expect(splitScopes(null)).toEqual([]);
    expect(splitScopes('')).toEqual([]);
  });

  it('unites case-insensitively, keeping the base order and spelling', () => {
    expect(unionScopes('User.Read mail.read', 'Mail.Read Files.Read')).toBe('User.Read mail.read Files.Read');
    expect(unionScopes('', 'Mail.Read')).toBe('Mail.Read');
  });

  it('compares as sets', () => {
    expect(sameScopes('Mail.Read User.Read', 'user.read  mail.read user.read')).toBe(true);
    expect(sameScopes('Mail.Read', 'Mail.ReadWrite')).toBe(false);
  });

  it('finds what one scope string lacks of another', () => {
    expect(scopesMissingFrom('User.Read Mail.ReadWrite offline_access', 'user.read OFFLINE_ACCESS')).toEqual(['Mail.ReadWrite']);
    expect(scopesMissingFrom('User.Read', '')).toEqual(['User.Read']);
  });

  it('removes scopes case-insensitively, normalising the spacing; nothing left is empty', () => {
    expect(scopeWithout('User.Read  Mail.ReadWrite offline_access', ['mail.readwrite'])).toBe('User.Read offline_access');
    expect(scopeWithout('User.Read', ['USER.READ'])).toBe('');
  });
});
