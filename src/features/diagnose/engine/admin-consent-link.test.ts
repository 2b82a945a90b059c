import { describe, expect, it } from 'vitest';
import { adminConsentLink } from './admin-consent-link';

describe('admin consent link', () => {
  it('uses the identity origin of the authority metadata (demo) and full Graph scope URIs', () => {
    const link = new URL(
      adminConsentLink(
        {
          clientId: 'c1',
          tenantId: 't1',
          authority: 'https://login.microsoftonline.com/t1',
          authorityMetadata: JSON.stringify({ authorization_endpoint: 'http://localhost:4010/t1/oauth2/v2.0/authorize' }),
        },
        ['Application.Read.All'],
        'http://localhost:5173/admin-consent/result',
        'random-state',
      ),
    );
    expect(link.origin + link.pathname).toBe('http://localhost:4010/t1/v2.0/adminconsent');
    expect(link.searchParams.get('scope')).toBe('https://graph.microsoft.com/Application.Read.All');
    expect(link.searchParams.get('client_id')).toBe('c1');
    // the state the request store saved, never a fixed word the result page cannot match
    expect(link.searchParams.get('state')).toBe('random-state');
  });

  it('live: the real authority; common becomes organizations', () => {
    const link = adminConsentLink(
      { clientId: 'c', tenantId: 'common', authority: 'https://login.microsoftonline.com/common' },
      ['Mail.Read'],
      'https://x/',
      's',
    );
    expect(link.startsWith('https://login.microsoftonline.com/organizations/v2.0/adminconsent?')).toBe(true);
  });
});
