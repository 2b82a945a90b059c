import { describe, expect, it } from 'vitest';
import type { GrantSnapshot } from '../../changes/types';
import { consentTypeLabel, formatWhen } from './format';

const grant: GrantSnapshot = {
  id: 'g',
  clientId: 'c',
  consentType: 'Principal',
  principalId: 'u',
  resourceId: 'r',
  scope: 'User.Read  Mail.ReadWrite offline_access',
};

describe('Activity formatting', () => {
  it('names the consent type in words', () => {
    expect(consentTypeLabel(grant, 'Megan Bowen')).toBe('User consent for Megan Bowen (Principal)');
    expect(consentTypeLabel({ ...grant, consentType: 'AllPrincipals', principalId: null })).toBe('Admin consent for all users (AllPrincipals)');
  });

  it('isolates the user\'s name, so an open right-to-left override cannot reverse "(Principal)"', () => {
    expect(consentTypeLabel(grant, 'Megan\u202E')).toBe('User consent for \u2068Megan\u202E\u2069 (Principal)');
  });

  it('keeps an unparseable timestamp as it was recorded', () => {
    expect(formatWhen('not a date')).toBe('not a date');
    expect(formatWhen('2026-11-22T10:00:00Z')).toMatch(/2026/);
  });
});
