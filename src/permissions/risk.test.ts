import { describe, expect, it } from 'vitest';
import { assessPermission, isPhishingProne, raiseTier } from './risk';

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

it('raiseTier goes one tier up and stops at critical', () => {
  expect(raiseTier('medium')).toBe('high');
  expect(raiseTier('critical')).toBe('critical');
});

it('isPhishingProne knows the families abused in consent phishing', () => {
  expect(['Mail.Read', 'files.read.all', 'Contacts.Read', 'MailboxSettings.Read', 'People.Read', 'Notes.Read'].every(isPhishingProne)).toBe(true);
  expect(['User.Read', 'Calendars.Read', 'offline_access', 'MailX.Read'].some(isPhishingProne)).toBe(false);
});
