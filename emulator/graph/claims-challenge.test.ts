// Continuous Access Evaluation round trip: after revokeSignInSessions, a cp1 client's older token gets
// 401 insufficient_claims with decodable claims; a non-cp1 token lives on until it expires; a token
// issued after the revocation works.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../index.ts';
import { graph, IDS, startEmulator, userToken } from './test-support.ts';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());

const now = () => Math.floor(Date.now() / 1000);
const iatOf = (token: string) => (JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as { iat: number }).iat;

function parseChallenge(header: string | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of (header ?? '').matchAll(/(\w+)="([^"]*)"/g)) out[m[1]!] = m[2]!;
  return out;
}

describe('claims challenge after revoked sessions', () => {
  it('challenges an older cp1 token, tolerates a non-cp1 token, accepts a newer token', async () => {
    const megan = IDS.users.megan;
    const before = now() - 60;
    const cp1Token = await userToken(emulator, { userId: megan, scopes: ['User.Read'], cp1: true, issuedAt: before });
    const plainToken = await userToken(emulator, { userId: megan, scopes: ['User.Read'], issuedAt: before });
    expect((await graph(emulator, '/me', { token: cp1Token })).status).toBe(200);

    const helpdesk = await userToken(emulator, { userId: IDS.users.helpdesk, scopes: ['User.RevokeSessions.All'] });
    const revoked = await graph(emulator, `/users/${megan}/revokeSignInSessions`, { method: 'POST', token: helpdesk });
    expect(revoked.status).toBe(200);
    expect(revoked.body.value).toBe(true);

    const challenged = await graph(emulator, '/me', { token: cp1Token });
    expect(challenged.status).toBe(401);
    expect(challenged.body.error!.code).toBe('InvalidAuthenticationToken');
    const challenge = parseChallenge(challenged.headers.get('www-authenticate'));
    expect(challenge.error).toBe('insufficient_claims');
    expect(challenge.authorization_uri).toBe('https://login.microsoftonline.com/common/oauth2/authorize');
    const claims = JSON.parse(Buffer.from(challenge.claims!, 'base64').toString('utf8'));
    const revokedAt = Math.ceil(Date.parse(emulator.store.users.get(megan)!.signInSessionsValidFromDateTime) / 1000);
    expect(claims).toEqual({ access_token: { nbf: { essential: true, value: String(revokedAt) } } });

    expect((await graph(emulator, '/me', { token: plainToken })).status).toBe(200);

    const fresh = await userToken(emulator, { userId: megan, scopes: ['User.Read'], cp1: true });
    expect(iatOf(fresh)).toBeGreaterThanOrEqual(revokedAt);
    expect((await graph(emulator, '/me', { token: fresh })).status).toBe(200);
  });

  it('challenges a token issued earlier in the same second as the revocation', async () => {
    const megan = emulator.store.users.get(IDS.users.megan)!;
    const second = now() - 30;
    const token = await userToken(emulator, { userId: megan.id, scopes: ['User.Read'], cp1: true, issuedAt: second });
    megan.signInSessionsValidFromDateTime = new Date(second * 1000 + 400).toISOString();
    const challenged = await graph(emulator, '/me', { token });
    expect(challenged.status).toBe(401);
    expect(parseChallenge(challenged.headers.get('www-authenticate')).error).toBe('insufficient_claims');
  });
});
