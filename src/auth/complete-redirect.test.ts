import { AuthError, type AccountInfo, type AuthenticationResult } from '@azure/msal-browser';
import { describe, expect, it, vi } from 'vitest';
import { completeRedirect } from './complete-redirect';
import { readConsentEvents } from './consent-events';
import { savePendingInteraction, safeReturnPath } from './pending-interaction';

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
}

const account = { homeAccountId: 'a', username: 'admin@contoso.example' } as AccountInfo;

function fakePca(handle: () => Promise<AuthenticationResult | null>) {
  let active: AccountInfo | null = null;
  return {
    handleRedirectPromise: vi.fn(handle),
    setActiveAccount: vi.fn((a: AccountInfo | null) => void (active = a)),
    getActiveAccount: () => active,
    getAllAccounts: () => [account],
  };
}

describe('completeRedirect', () => {
  it('after a granted consent: sets the account, logs the grant, returns to the deep link', async () => {
    const storage = memoryStorage();
    savePendingInteraction({ kind: 'consent', scopes: ['Application.Read.All'], returnTo: '/apps?q=Con' }, storage);
    const pca = fakePca(async () => ({ account, scopes: ['User.Read', 'Application.Read.All'] }) as AuthenticationResult);

    const outcome = await completeRedirect(pca, storage);

    expect(outcome).toEqual({ returnTo: '/apps?q=Con' });
    expect(pca.setActiveAccount).toHaveBeenCalledWith(account);
    expect(readConsentEvents(storage)).toMatchObject([{ kind: 'consent-granted', scopes: ['Application.Read.All'], route: '/apps?q=Con' }]);
  });

  it('after a declined consent: explains AADSTS65004 and logs the decline', async () => {
    const storage = memoryStorage();
    savePendingInteraction({ kind: 'consent', scopes: ['Application.Read.All'], returnTo: '/apps' }, storage);
    const pca = fakePca(async () => {
      throw new AuthError('access_denied', 'corr', 'AADSTS65004: User declined to consent to access the app.');
    });

    const outcome = await completeRedirect(pca, storage);

    expect(outcome.returnTo).toBe('/apps');
    expect(outcome.error).toMatchObject({ code: 'AADSTS65004', title: 'Consent declined', scopes: ['Application.Read.All'] });
    expect(readConsentEvents(storage)[0]).toMatchObject({ kind: 'consent-declined', code: 'AADSTS65004' });
    expect(pca.getActiveAccount()).toBe(account);
  });

  it('on a normal page load: no outcome, keeps a signed-in account active', async () => {
    const storage = memoryStorage();
    const pca = fakePca(async () => null);
    await expect(completeRedirect(pca, storage)).resolves.toEqual({});
    expect(pca.getActiveAccount()).toBe(account);
    expect(readConsentEvents(storage)).toEqual([]);
  });

  it('only returns to same-origin paths', () => {
    expect(safeReturnPath('/apps?q=x')).toBe('/apps?q=x');
    expect(safeReturnPath('//evil.example/x')).toBe('/');
    expect(safeReturnPath('https://evil.example')).toBe('/');
    expect(safeReturnPath('/\\evil')).toBe('/');
  });
});
