import { describe, expect, it } from 'vitest';
import { buildConsentUrls, consentInputWarnings, defaultScopeFor, qualifyScope, validateConsentInput } from './build-consent-urls';

const base = {
  authorityHost: 'https://login.microsoftonline.com',
  clientId: '5E3CE6C0-2B1F-4285-8D4B-75EE78787346',
  tenant: 'contoso.onmicrosoft.com',
  scopes: 'User.Read Mail.Send',
  redirectUri: 'https://app.contoso.com/auth',
  state: 'xyz 1',
};

describe('buildConsentUrls', () => {
  it('matches hand-checked URLs', () => {
    const urls = buildConsentUrls(base);
    expect(urls.adminConsentV2).toBe(
      'https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0/adminconsent?client_id=5e3ce6c0-2b1f-4285-8d4b-75ee78787346&scope=https%3A%2F%2Fgraph.microsoft.com%2FUser.Read+https%3A%2F%2Fgraph.microsoft.com%2FMail.Send&redirect_uri=https%3A%2F%2Fapp.contoso.com%2Fauth&state=xyz+1',
    );
    expect(urls.authorizeWithConsentPrompt).toBe(
      'https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/authorize?client_id=5e3ce6c0-2b1f-4285-8d4b-75ee78787346&response_type=code&redirect_uri=https%3A%2F%2Fapp.contoso.com%2Fauth&response_mode=query&scope=https%3A%2F%2Fgraph.microsoft.com%2FUser.Read+https%3A%2F%2Fgraph.microsoft.com%2FMail.Send&state=xyz+1&prompt=consent',
    );
    expect(urls.adminConsentV1).toBe(
      'https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/authorize?client_id=5e3ce6c0-2b1f-4285-8d4b-75ee78787346&response_type=code&redirect_uri=https%3A%2F%2Fapp.contoso.com%2Fauth&state=xyz+1&prompt=admin_consent',
    );
  });

  it('uses .default for the registered permissions, and omits an empty state', () => {
    const urls = buildConsentUrls({ ...base, tenant: 'organizations', scopes: '.default', state: '' });
    expect(urls.adminConsentV2).toBe(
      'https://login.microsoftonline.com/organizations/v2.0/adminconsent?client_id=5e3ce6c0-2b1f-4285-8d4b-75ee78787346&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default&redirect_uri=https%3A%2F%2Fapp.contoso.com%2Fauth',
    );
  });

  it('keeps the double slash of a resource whose identifier ends with a slash', () => {
    expect(defaultScopeFor('https://database.windows.net/')).toBe('https://database.windows.net//.default');
    const urls = buildConsentUrls({ ...base, scopes: 'https://database.windows.net//.default' });
    expect(new URL(urls.adminConsentV2).searchParams.get('scope')).toBe('https://database.windows.net//.default');
  });

  it('leaves OIDC scopes and other resources alone', () => {
    expect(qualifyScope('offline_access')).toBe('offline_access');
    expect(qualifyScope('api://1234/Read')).toBe('api://1234/Read');
    expect(qualifyScope('Calendars.Read')).toBe('https://graph.microsoft.com/Calendars.Read');
  });
});

describe('the double slash of .default', () => {
  it('warns when a resource whose identifier URI ends with a slash gets one slash before .default', () => {
    const [warning, ...more] = consentInputWarnings({ tenant: 'organizations', scopes: 'https://database.windows.net/.default' });
    expect(more).toEqual([]);
    expect(warning).toContain('Azure SQL Database');
    expect(warning).toContain('https://database.windows.net//.default');
    expect(consentInputWarnings({ tenant: 'organizations', scopes: 'HTTPS://management.azure.com/.default' })).toHaveLength(1);
  });

  it('says nothing for the double slash, for Microsoft Graph, or for other resources', () => {
    for (const scopes of ['https://database.windows.net//.default', 'https://graph.microsoft.com/.default', '.default', 'api://a1b2/.default', 'User.Read']) {
      expect(consentInputWarnings({ tenant: 'organizations', scopes })).toEqual([]);
    }
  });
});

describe('validateConsentInput', () => {
  it('accepts good input', () => {
    expect(validateConsentInput(base)).toEqual({});
  });

  it('names each problem', () => {
    const problems = validateConsentInput({ ...base, clientId: 'not-a-guid', tenant: '', scopes: '', redirectUri: 'http://evil.example/' });
    expect(Object.keys(problems).sort()).toEqual(['clientId', 'redirectUri', 'scopes', 'tenant']);
  });

  it('refuses .default mixed with other scopes, and malformed tenants', () => {
    expect(validateConsentInput({ ...base, scopes: 'https://graph.microsoft.com/.default User.Read' }).scopes).toBeDefined();
    expect(validateConsentInput({ ...base, tenant: 'bad tenant!' }).tenant).toBeDefined();
    expect(validateConsentInput({ ...base, redirectUri: 'http://localhost:3000/' })).toEqual({});
  });
});

describe('tenants', () => {
  it('accepts a tenant id, a domain, organizations and common, warning about common', () => {
    for (const tenant of ['7c1d0f3e-5a2b-4c6d-9e8f-0a1b2c3d4e5f', 'contoso.example', 'organizations', 'common']) {
      expect(validateConsentInput({ ...base, tenant })).toEqual({});
    }
    expect(consentInputWarnings({ tenant: 'common', scopes: '.default' })).toHaveLength(1);
    expect(consentInputWarnings({ tenant: 'organizations', scopes: '.default' })).toEqual([]);
  });

  it('builds the three links for a tenant id and Microsoft Graph app permissions (.default)', () => {
    const urls = buildConsentUrls({
      authorityHost: 'https://login.microsoftonline.com/',
      clientId: 'd43b7a5e-1c2f-4a8b-9d6e-3f0a1b2c3d4e',
      tenant: '7c1d0f3e-5a2b-4c6d-9e8f-0a1b2c3d4e5f',
      scopes: 'https://graph.microsoft.com/.default',
      redirectUri: 'http://localhost:5173/admin-consent/result',
    });
    expect(urls).toEqual({
      adminConsentV2:
        'https://login.microsoftonline.com/7c1d0f3e-5a2b-4c6d-9e8f-0a1b2c3d4e5f/v2.0/adminconsent?client_id=d43b7a5e-1c2f-4a8b-9d6e-3f0a1b2c3d4e&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default&redirect_uri=http%3A%2F%2Flocalhost%3A5173%2Fadmin-consent%2Fresult',
      authorizeWithConsentPrompt:
        'https://login.microsoftonline.com/7c1d0f3e-5a2b-4c6d-9e8f-0a1b2c3d4e5f/oauth2/v2.0/authorize?client_id=d43b7a5e-1c2f-4a8b-9d6e-3f0a1b2c3d4e&response_type=code&redirect_uri=http%3A%2F%2Flocalhost%3A5173%2Fadmin-consent%2Fresult&response_mode=query&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default&prompt=consent',
      adminConsentV1:
        'https://login.microsoftonline.com/7c1d0f3e-5a2b-4c6d-9e8f-0a1b2c3d4e5f/oauth2/authorize?client_id=d43b7a5e-1c2f-4a8b-9d6e-3f0a1b2c3d4e&response_type=code&redirect_uri=http%3A%2F%2Flocalhost%3A5173%2Fadmin-consent%2Fresult&prompt=admin_consent',
    });
  });

  it('builds the links for "common" with mixed Graph and other-API scopes', () => {
    const urls = buildConsentUrls({ ...base, tenant: 'common', scopes: 'openid, Files.Read api://a1b2/Read', state: '' });
    expect(urls.adminConsentV2).toBe(
      'https://login.microsoftonline.com/common/v2.0/adminconsent?client_id=5e3ce6c0-2b1f-4285-8d4b-75ee78787346&scope=openid+https%3A%2F%2Fgraph.microsoft.com%2FFiles.Read+api%3A%2F%2Fa1b2%2FRead&redirect_uri=https%3A%2F%2Fapp.contoso.com%2Fauth',
    );
  });
});
