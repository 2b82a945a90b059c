import { describe, expect, it } from 'vitest';
import { decodeJwt, explainClaims } from './claims-glossary';

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const jwt = (payload: unknown) => `${b64({ alg: 'RS256', typ: 'JWT' })}.${b64(payload)}.c2ln`;

describe('claims glossary', () => {
  it('explains time claims, role ids and audiences in words', () => {
    const claims = explainClaims(
      { aud: '00000003-0000-0ff1-ce00-000000000000', exp: 1000, wids: ['62e90394-69f5-4237-9190-012177145e10'], idtyp: 'user', custom: 1 },
      1600,
    );
    const by = (name: string) => claims.find((c) => c.name === name)!;
    expect(by('aud').readable).toBe('SharePoint Online (not Microsoft Graph)');
    expect(by('exp').readable).toBe('1970-01-01T00:16:40.000Z (10 min ago)');
    expect(by('wids').readable).toBe('Global Administrator');
    expect(by('idtyp').readable).toMatch(/delegated/);
    expect(by('custom').meaning).toMatch(/not a claim the console knows/i);
  });

  it('decodes a pasted token, with or without "Bearer"', () => {
    const decoded = decodeJwt(`Bearer ${jwt({ scp: 'User.Read', name: 'Zoë' })}`);
    expect(decoded.payload).toEqual({ scp: 'User.Read', name: 'Zoë' });
    expect(decoded.header.alg).toBe('RS256');
    expect(decoded.signed).toBe(true);
  });

  it('says what is wrong with bad input', () => {
    expect(() => decodeJwt('hello')).toThrow(/three parts/);
    expect(() => decodeJwt('a.b.c')).toThrow(/base64url-encoded JSON/);
  });
});
