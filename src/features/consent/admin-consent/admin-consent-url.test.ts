import { describe, expect, it } from 'vitest';
import { adminConsentUrl } from './admin-consent-url';

describe('adminConsentUrl', () => {
  it('points at the tenant admin-consent endpoint and returns to the console result page', () => {
    const url = adminConsentUrl({
      authorityHost: 'http://localhost:4610',
      tenantId: '7c1d0f3e-5a2b-4c6d-9e8f-0a1b2c3d4e5f',
      appId: '0E7F1D00-0004-4B6C-8D7E-9F0A1B2C3D04',
      scope: '.default',
      origin: 'http://localhost:4600',
      state: 'r4nd0m',
    });
    expect(url).toBe(
      'http://localhost:4610/7c1d0f3e-5a2b-4c6d-9e8f-0a1b2c3d4e5f/v2.0/adminconsent?client_id=0e7f1d00-0004-4b6c-8d7e-9f0a1b2c3d04&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default&redirect_uri=http%3A%2F%2Flocalhost%3A4600%2Fadmin-consent%2Fresult&state=r4nd0m',
    );
  });
});
