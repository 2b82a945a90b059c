import { describe, expect, it } from 'vitest';
import { identityAuthorityHost } from './identity-host';

describe('identityAuthorityHost', () => {
  it('uses the authority in live mode', () => {
    expect(identityAuthorityHost({ authority: 'https://login.microsoftonline.com/contoso.onmicrosoft.com' })).toBe('https://login.microsoftonline.com');
  });

  it('uses the inline metadata (the emulator) in demo mode', () => {
    const authorityMetadata = JSON.stringify({ authorization_endpoint: 'http://localhost:4010/tid/oauth2/v2.0/authorize' });
    expect(identityAuthorityHost({ authority: 'https://login.microsoftonline.com/tid', authorityMetadata })).toBe('http://localhost:4010');
  });

  it('falls back to the authority when the metadata is unreadable', () => {
    expect(identityAuthorityHost({ authority: 'https://login.microsoftonline.com/tid', authorityMetadata: '{' })).toBe('https://login.microsoftonline.com');
  });
});
