import { describe, expect, it } from 'vitest';
import { ConfigurationError, demoSettings, liveSettings, loadAuthSettings, readMode } from './auth-config';

const ORIGIN = 'http://localhost:5173';

describe('auth configuration', () => {
  it('defaults to demo mode and honours VITE_MODE', () => {
    expect(readMode({})).toBe('demo');
    expect(readMode({ VITE_MODE: 'LIVE' })).toBe('live');
    expect(readMode({ MODE: 'live' })).toBe('live');
    expect(() => readMode({ VITE_MODE: 'prod' })).toThrow(ConfigurationError);
  });

  it('builds live settings from env with organizations as the default tenant', () => {
    const settings = liveSettings({ VITE_CLIENT_ID: 'abc' }, ORIGIN);
    expect(settings).toMatchObject({
      authority: 'https://login.microsoftonline.com/organizations',
      redirectUri: `${ORIGIN}/`,
      graphBaseUrl: 'https://graph.microsoft.com',
    });
    expect(settings.authorityMetadata).toBeUndefined();
    expect(() => liveSettings({}, ORIGIN)).toThrow(/VITE_CLIENT_ID/);
  });

  it('builds demo settings: real https authority, emulator endpoints inline', async () => {
    const calls: string[] = [];
    const settings = await demoSettings({ VITE_EMULATOR_URL: 'http://localhost:4181/' }, ORIGIN, async (url) => {
      calls.push(url);
      if (url.endsWith('/_emulator/demo')) {
        return {
          tenantId: 't-1',
          identityBaseUrl: 'http://localhost:4181',
          graphBaseUrl: 'http://localhost:4182',
          consoleClientId: 'client-1',
          accounts: [{ upn: 'admin@contoso.example', displayName: 'Admin', roles: ['Global Administrator'] }],
        };
      }
      return { issuer: 'https://login.microsoftonline.com/t-1/v2.0', token_endpoint: 'http://localhost:4181/t-1/oauth2/v2.0/token' };
    });
    expect(calls).toEqual(['http://localhost:4181/_emulator/demo', 'http://localhost:4181/t-1/v2.0/.well-known/openid-configuration']);
    expect(settings.authority).toBe('https://login.microsoftonline.com/t-1');
    expect(settings.clientId).toBe('client-1');
    expect(settings.graphBaseUrl).toBe('http://localhost:4182');
    expect(JSON.parse(settings.authorityMetadata!)).toMatchObject({ token_endpoint: 'http://localhost:4181/t-1/oauth2/v2.0/token' });
    expect(JSON.parse(settings.cloudDiscoveryMetadata!).metadata[0].aliases).toContain('login.microsoftonline.com');
  });

  it('explains an unreachable emulator', async () => {
    await expect(
      loadAuthSettings({}, ORIGIN, async () => {
        throw new Error('Failed to fetch');
      }),
    ).rejects.toThrow(/Cannot reach the tenant emulator at http:\/\/localhost:4010/);
  });
});
