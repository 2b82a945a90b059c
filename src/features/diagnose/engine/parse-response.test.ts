import { describe, expect, it } from 'vitest';
import { parsePastedResponse } from './parse-response';

const empty = { status: '', body: '', wwwAuthenticate: '' };

describe('parse a pasted response', () => {
  it('nothing pasted is no response', () => {
    expect(parsePastedResponse(empty)).toEqual({ ok: true, response: undefined });
  });

  it('reads Graph’s error body and a base64 claims challenge', () => {
    const claims = '{"access_token":{"nbf":{"essential":true,"value":"1800000000"}}}';
    const header = `WWW-Authenticate: Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", error="insufficient_claims", claims="${btoa(claims)}"`;
    const body = JSON.stringify({ error: { code: 'InvalidAuthenticationToken', message: 'Continuous access evaluation resulted in challenge' } });
    const parsed = parsePastedResponse({ status: ' 401 ', body, wwwAuthenticate: header });
    expect(parsed).toEqual({
      ok: true,
      response: {
        status: 401,
        code: 'InvalidAuthenticationToken',
        message: 'Continuous access evaluation resulted in challenge',
        challenge: { error: 'insufficient_claims', claims },
        retryAfterSeconds: undefined,
      },
    });
  });

  it('bad input gets a clear message', () => {
    expect(parsePastedResponse({ ...empty, status: '4o3' })).toMatchObject({ ok: false, error: expect.stringMatching(/three-digit/) });
    expect(parsePastedResponse({ ...empty, status: '403', body: '{error' })).toMatchObject({ ok: false, error: expect.stringMatching(/not valid JSON/) });
    expect(parsePastedResponse({ ...empty, body: '{}' })).toMatchObject({ ok: false });
  });

  it('a body that is not a Graph error still gives the status', () => {
    expect(parsePastedResponse({ ...empty, status: '429', body: '[]', retryAfter: '7' })).toMatchObject({
      ok: true,
      response: { status: 429, retryAfterSeconds: 7 },
    });
  });
});
