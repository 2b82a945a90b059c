import { InteractionRequiredAuthError, type AccountInfo, type AuthenticationResult } from '@azure/msal-browser';
import { describe, expect, it, vi } from 'vitest';
import { ConsentRequiredError } from './consent-required-error';
import { graphTokenProvider } from './graph-token';

const account = { homeAccountId: 'oid.tid', username: 'admin@contoso.example' } as AccountInfo;

function fakePca(acquire: () => Promise<Partial<AuthenticationResult>>, active: AccountInfo | null = account) {
  return {
    getActiveAccount: () => active,
    acquireTokenSilent: vi.fn(async () => (await acquire()) as AuthenticationResult),
  };
}

describe('Graph token provider', () => {
  it('asks MSAL for exactly the declared scopes for the active account', async () => {
    const pca = fakePca(async () => ({ accessToken: 'at' }));
    await expect(graphTokenProvider(pca)(['Application.Read.All'])).resolves.toBe('at');
    expect(pca.acquireTokenSilent).toHaveBeenCalledWith({ scopes: ['Application.Read.All'], account });
  });

  it('turns InteractionRequiredAuthError into ConsentRequiredError with the scopes and the AADSTS reason', async () => {
    const pca = fakePca(async () => {
      throw new InteractionRequiredAuthError(
        'invalid_grant',
        'correlation-1',
        'AADSTS65001: The user or administrator has not consented to use the application.',
        'consent_required',
      );
    });
    const error = (await graphTokenProvider(pca)(['Application.Read.All']).catch((e: unknown) => e)) as ConsentRequiredError;
    expect(error).toBeInstanceOf(ConsentRequiredError);
    expect(error.scopes).toEqual(['Application.Read.All']);
    expect(error.explanation?.code).toBe('AADSTS65001');
  });

  it('never returns an empty token and passes other errors through', async () => {
    await expect(graphTokenProvider(fakePca(async () => ({ accessToken: '' })))(['User.Read'])).rejects.toBeInstanceOf(ConsentRequiredError);
    await expect(graphTokenProvider(fakePca(async () => ({}), null))(['User.Read'])).rejects.toBeInstanceOf(ConsentRequiredError);
    const network = new Error('offline');
    await expect(
      graphTokenProvider(
        fakePca(async () => {
          throw network;
        }),
      )(['User.Read']),
    ).rejects.toBe(network);
  });
});
