import { InteractionRequiredAuthError, type AccountInfo, type AuthenticationResult } from '@azure/msal-browser';
import { describe, expect, it, vi } from 'vitest';
import { ConsentRequiredError } from '../../../auth/consent-required-error';
import type { ChangeOf, ChangeResult } from '../../../changes/change-types';
import { pendingEntry } from '../../../changes/changes';
import { GraphError } from '../../../graph/graph-error';
import { writeEvidence } from './write-evidence';

const account = { homeAccountId: 'oid.tid', username: 'admin@contoso.example' } as AccountInfo;
const actor = { upn: account.username, oid: 'oid', tenantId: 'tid' };

function fakeJwt(payload: object): string {
  const encode = (o: object) => btoa(JSON.stringify(o)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  return `${encode({ alg: 'RS256' })}.${encode(payload)}.sig`;
}

/** MSAL with one token per scope set; scopes listed in `refused` want interaction. */
function fakePca(refused: string[] = []) {
  return {
    getActiveAccount: () => account,
    acquireTokenSilent: vi.fn(async ({ scopes }: { scopes: string[] }) => {
      if (scopes.some((s) => refused.includes(s)))
        throw new InteractionRequiredAuthError('invalid_grant', '', 'AADSTS65001: not consented', 'consent_required');
      return { accessToken: fakeJwt({ scp: scopes.join(' '), aud: 'https://graph.microsoft.com' }) } as AuthenticationResult;
    }),
  };
}

const change: ChangeOf<'graph-request'> = {
  kind: 'graph-request',
  request: { method: 'DELETE', path: '/oauth2PermissionGrants/g1', scope: 'DelegatedPermissionGrant.ReadWrite.All' },
  baseUrl: 'https://graph.microsoft.com/v1.0',
  names: {},
};

function resultOf(outcome: ChangeResult['outcome'], extra: { status?: number; error?: Error } = {}): ChangeResult {
  return { change, outcome, entry: { ...pendingEntry(actor, change), outcome, status: extra.status }, error: extra.error };
}

describe('what a Diagnose write tells the diagnosis', () => {
  it('a refusal: Graph’s status, code, message, challenge and Retry-After, with the token sent for the declared scope', async () => {
    const pca = fakePca();
    const error = new GraphError({
      status: 401,
      code: 'InvalidAuthenticationToken',
      message: 'Continuous access evaluation resulted in challenge',
      challenge: { scheme: 'Bearer', params: {}, error: 'insufficient_claims', claims: '{"access_token":{}}' },
      retryAfterSeconds: 7,
    });
    const evidence = await writeEvidence(pca, resultOf('failed', { error }));

    expect(pca.acquireTokenSilent).toHaveBeenCalledWith({ scopes: ['DelegatedPermissionGrant.ReadWrite.All'], account });
    expect(evidence.claims.scp).toBe('DelegatedPermissionGrant.ReadWrite.All');
    expect(evidence.response).toEqual({
      status: 401,
      code: 'InvalidAuthenticationToken',
      message: 'Continuous access evaluation resulted in challenge',
      challenge: { error: 'insufficient_claims', claims: '{"access_token":{}}' },
      retryAfterSeconds: 7,
    });
    expect(evidence.notes).toContainEqual({
      label: 'Token used',
      value: "a token for DelegatedPermissionGrant.ReadWrite.All, obtained silently by the console's Graph client",
    });
    expect(evidence.notes).toContainEqual({
      label: 'Graph answered',
      value: '401 InvalidAuthenticationToken: Continuous access evaluation resulted in challenge',
    });
  });

  it('a success: the status Graph answered, as the Activity entry recorded it', async () => {
    const evidence = await writeEvidence(fakePca(), resultOf('succeeded', { status: 204 }));
    expect(evidence.response).toEqual({ status: 204 });
    expect(evidence.notes).toContainEqual({
      label: 'Call',
      value: 'sent after your confirmation and recorded in the Activity log: DELETE https://graph.microsoft.com/v1.0/oauth2PermissionGrants/g1',
    });
  });

  it('nothing sent for want of consent: no answer, and the token the console holds is diagnosed instead', async () => {
    const evidence = await writeEvidence(
      fakePca(['DelegatedPermissionGrant.ReadWrite.All']),
      resultOf('failed', { error: new ConsentRequiredError(['DelegatedPermissionGrant.ReadWrite.All']) }),
    );
    expect(evidence.response).toBeUndefined();
    expect(evidence.claims.scp).toBe('User.Read');
    expect(evidence.notes.map((n) => n.label)).toEqual([
      'Silent token for DelegatedPermissionGrant.ReadWrite.All',
      'Token diagnosed',
      'Call',
      'Graph answered',
    ]);
  });
});
