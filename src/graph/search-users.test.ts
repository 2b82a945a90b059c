import { describe, expect, it } from 'vitest';
import { toConsentEvents } from './list-user-consent-events';
import { searchTerm, usersFirstPage } from './search-users';

describe('user search', () => {
  it('searches display name or UPN, with a count, and never lets a quote break the clause', () => {
    const url = new URL(usersFirstPage(' meg"an\\ '), 'http://x');
    expect(url.searchParams.get('$search')).toBe('"displayName:meg an" OR "userPrincipalName:meg an"');
    expect(url.searchParams.get('$count')).toBe('true');
    expect(searchTerm('"""')).toBe('');
    expect(new URL(usersFirstPage(''), 'http://x').searchParams.has('$search')).toBe(false);
  });
});

describe('consent events from the audit log', () => {
  it('reads the app, the scopes and admin consent, newest first, quoted (real) or not (emulator)', () => {
    const events = toConsentEvents([
      {
        activityDateTime: '2026-03-10T08:30:00Z',
        result: 'success',
        targetResources: [
          {
            id: 'mail',
            type: 'ServicePrincipal',
            modifiedProperties: [
              { displayName: 'ConsentContext.IsAdminConsent', newValue: '"False"' },
              { displayName: 'ConsentAction.Permissions', newValue: 'Mail.ReadWrite offline_access' },
            ],
          },
        ],
      },
      { activityDateTime: '2026-03-12T08:30:00Z', result: 'success', targetResources: [{ id: 'pdf', type: 'ServicePrincipal', modifiedProperties: [] }] },
      { activityDateTime: '2026-03-13T08:30:00Z', result: 'failure', targetResources: [{ id: 'x', type: 'ServicePrincipal' }] },
    ]);
    expect(events).toEqual([
      { at: '2026-03-12T08:30:00Z', clientId: 'pdf', scopes: [], adminConsent: false },
      { at: '2026-03-10T08:30:00Z', clientId: 'mail', scopes: ['Mail.ReadWrite', 'offline_access'], adminConsent: false },
    ]);
  });
});
