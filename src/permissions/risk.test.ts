import { describe, expect, it } from 'vitest';
import { assessPermission, assessScopeSet, maxTier } from './risk';

const delegated = (value: string, privilegeLevel?: number) => ({ value, type: 'delegated' as const, privilegeLevel });
const application = (value: string, privilegeLevel?: number) => ({ value, type: 'application' as const, privilegeLevel });

describe('assessPermission', () => {
  it('never flags plain sign-in scopes', () => {
    for (const scope of ['User.Read', 'user.read', 'openid', 'profile', 'email', 'offline_access', 'User.ReadBasic.All']) {
      expect(assessPermission(delegated(scope, 2)).tier).toBe('low');
    }
  });

  it('ranks self-escalating permissions critical in both forms', () => {
    expect(assessPermission(application('AppRoleAssignment.ReadWrite.All', 4)).tier).toBe('critical');
    expect(assessPermission(delegated('RoleManagement.ReadWrite.Directory', 4)).tier).toBe('critical');
  });

  it('ranks the application form of a dangerous write permission above its delegated form', () => {
    expect(assessPermission(delegated('Directory.ReadWrite.All', 4)).tier).toBe('high');
    expect(assessPermission(application('Directory.ReadWrite.All', 4)).tier).toBe('critical');
    expect(assessPermission(delegated('Mail.ReadWrite', 2)).tier).toBe('high');
    expect(assessPermission(application('Mail.ReadWrite', 3)).tier).toBe('critical');
  });

  it('treats phishing-prone delegated reads as medium, and tenant-wide reads of them as high', () => {
    expect(assessPermission(delegated('Mail.Read', 2)).tier).toBe('medium');
    expect(assessPermission(delegated('Contacts.Read', 2)).tier).toBe('medium');
    expect(assessPermission(application('Mail.Read', 3)).tier).toBe('high');
  });

  it("falls back on Microsoft's privilege level, raising app-only writes", () => {
    expect(assessPermission(delegated('Calendars.Read', 2)).tier).toBe('low');
    expect(assessPermission(delegated('Application.Read.All', 3)).tier).toBe('medium');
    expect(assessPermission(application('Calendars.ReadWrite', 3)).tier).toBe('high');
    expect(assessPermission(delegated('Some.Unrated')).tier).toBe('medium');
  });
});

describe('assessScopeSet', () => {
  it('raises mail access that comes with offline_access', () => {
    const set = [delegated('User.Read', 2), delegated('Mail.Read', 2), delegated('offline_access')];
    expect(assessScopeSet(set).tier).toBe('high');
    expect(assessScopeSet(set.slice(0, 2)).tier).toBe('medium');
  });

  it('is low for an empty or harmless set', () => {
    expect(assessScopeSet([]).tier).toBe('low');
    expect(assessScopeSet([delegated('openid'), delegated('User.Read', 2), delegated('offline_access')]).tier).toBe('low');
  });
});

it('maxTier picks the higher tier', () => {
  expect(maxTier('low', 'high')).toBe('high');
  expect(maxTier('critical', 'medium')).toBe('critical');
});
