import { describe, expect, it } from 'vitest';
import { graphErrorFromResponse, parseRetryAfter, parseWwwAuthenticate } from './graph-error';

const claims = '{"access_token":{"nbf":{"essential":true,"value":"1700000000"}}}';
const claimsBase64 = btoa(claims);

describe('GraphError parsing', () => {
  it('reads code, message, request id and date from the Graph error body', async () => {
    const response = new Response(
      JSON.stringify({
        error: {
          code: 'Authorization_RequestDenied',
          message: 'Insufficient privileges to complete the operation.',
          innerError: { date: '2024-05-01T10:00:00', 'request-id': 'req-1', 'client-request-id': 'cli-1' },
        },
      }),
      { status: 403, headers: { 'content-type': 'application/json' } },
    );
    const error = await graphErrorFromResponse(response);
    expect(error).toMatchObject({
      status: 403,
      code: 'Authorization_RequestDenied',
      message: 'Insufficient privileges to complete the operation.',
      requestId: 'req-1',
      clientRequestId: 'cli-1',
      date: '2024-05-01T10:00:00',
    });
    expect(error.challenge).toBeUndefined();
  });

  it('parses the WWW-Authenticate claims challenge and decodes the claims', async () => {
    const response = new Response(JSON.stringify({ error: { code: 'InvalidAuthenticationToken', message: 'x' } }), {
      status: 401,
      headers: {
        'www-authenticate': `Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", error="insufficient_claims", claims="${claimsBase64}"`,
        'request-id': 'hdr-req',
      },
    });
    const error = await graphErrorFromResponse(response);
    expect(error.requestId).toBe('hdr-req');
    expect(error.challenge?.scheme).toBe('Bearer');
    expect(error.challenge?.error).toBe('insufficient_claims');
    expect(error.challenge?.claims).toBe(claims);
    expect(error.challenge?.params.authorization_uri).toBe('https://login.microsoftonline.com/common/oauth2/authorize');
  });

  it('survives a body that is not JSON', async () => {
    const error = await graphErrorFromResponse(new Response('<html>bad gateway</html>', { status: 502 }));
    expect(error).toMatchObject({ status: 502, code: 'http502' });
  });

  it('parses challenges without claims and unquoted values', () => {
    expect(parseWwwAuthenticate('Bearer error=invalid_token')).toMatchObject({ error: 'invalid_token', claims: undefined });
    expect(parseWwwAuthenticate('')).toBeUndefined();
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(parseRetryAfter('7')).toBe(7);
    const now = Date.parse('2024-01-01T00:00:00Z');
    expect(parseRetryAfter('Mon, 01 Jan 2024 00:00:05 GMT', now)).toBe(5);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });
});
