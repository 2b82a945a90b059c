import { describe, expect, it } from 'vitest';
import { firstLine, parseAdminConsentResult } from './consent-result';

describe('parseAdminConsentResult', () => {
  it('reads a success', () => {
    const result = parseAdminConsentResult(
      '?admin_consent=True&tenant=7c1d0f3e-5a2b-4c6d-9e8f-0a1b2c3d4e5f&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default&state=abc',
    );
    expect(result).toEqual({ kind: 'granted', tenant: '7c1d0f3e-5a2b-4c6d-9e8f-0a1b2c3d4e5f', scopes: ['https://graph.microsoft.com/.default'], state: 'abc' });
  });

  it('explains an error by its AADSTS code', () => {
    const result = parseAdminConsentResult(
      '?error=consent_required&error_description=AADSTS90093%3A+Calling+principal+cannot+consent.%0D%0ATrace+ID%3A+1&state=abc',
    );
    expect(result.kind).toBe('error');
    if (result.kind !== 'error') return;
    expect(result.explanation.code).toBe('AADSTS90093');
    expect(result.state).toBe('abc');
    expect(firstLine(result.description)).toBe('AADSTS90093: Calling principal cannot consent.');
  });

  it('explains an error without a code by the OAuth error', () => {
    const result = parseAdminConsentResult('?error=access_denied');
    expect(result.kind === 'error' && result.explanation.code).toBe('access_denied');
  });

  it('says when the address carries no answer', () => {
    expect(parseAdminConsentResult('')).toEqual({ kind: 'empty' });
  });
});
