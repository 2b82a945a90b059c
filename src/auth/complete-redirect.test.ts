import { AuthError, type AccountInfo, type AuthenticationResult, type IPublicClientApplication } from '@azure/msal-browser';
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { completeRedirect, explainRedirectError } from './complete-redirect';
import { readConsentEvents } from './consent-events';
import { ROLE_IDS } from './directory-roles';
import { createPermissionCatalog, permissionCatalogQueryOptions } from '../permissions/catalog';
import { currentGraphTokenQueryOptions } from './current-token';
import { expectsAdminApproval, predictConsentOutcome } from './interactions';
import { savePendingInteraction, safeReturnPath, takePendingInteraction } from './pending-interaction';

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

  it('after "Need admin approval" (the console knew the account cannot consent): the 65004 return is explained as AADSTS90094', async () => {
    const storage = memoryStorage();
    savePendingInteraction({ kind: 'consent', scopes: ['Application.Read.All'], returnTo: '/consent/admin?x=1', expect: 'admin-approval' }, storage);
    // What the identity platform sends back on leaving that page: access_denied, AADSTS65004.
    const pca = fakePca(async () => {
      throw new AuthError('access_denied', 'corr', 'AADSTS65004: User declined to consent to access the app.\r\nTrace ID: 1');
    });

    const outcome = await completeRedirect(pca, storage);

    expect(outcome.returnTo).toBe('/consent/admin?x=1');
    expect(outcome.error).toMatchObject({
      code: 'AADSTS90094',
      title: 'Needs admin approval',
      owner: 'admin',
      scopes: ['Application.Read.All'],
      kind: 'consent',
      route: '/consent/admin',
    });
    expect(`${outcome.error?.meaning} ${outcome.error?.nextStep}`).not.toMatch(/chose Cancel|choose Accept/);
    expect(readConsentEvents(storage)[0]).toMatchObject({ kind: 'failed', code: 'AADSTS90094', scopes: ['Application.Read.All'] });
  });

  it('a 65004 without that expectation stays a declined consent; any other error keeps its own code', () => {
    const declined = new AuthError('access_denied', 'corr', 'AADSTS65004: User declined to consent to access the app.');
    expect(explainRedirectError(declined, { kind: 'consent', scopes: ['Application.Read.All'], returnTo: '/apps' }).code).toBe('AADSTS65004');
    expect(explainRedirectError(declined, undefined).code).toBe('AADSTS65004');
    // Only a consent the console sent for admin approval: a sign-in is not.
    expect(explainRedirectError(declined, { kind: 'sign-in', scopes: [], returnTo: '/', expect: 'admin-approval' }).code).toBe('AADSTS65004');
    const policy = new AuthError('access_denied', 'corr', 'AADSTS53003: Access has been blocked by Conditional Access policies.');
    expect(explainRedirectError(policy, { kind: 'consent', scopes: ['Application.Read.All'], returnTo: '/apps', expect: 'admin-approval' }).code).toBe(
      'AADSTS53003',
    );
  });

  it('keeps what the console expected across the redirect, and nothing it did not write', () => {
    const storage = memoryStorage();
    savePendingInteraction({ kind: 'consent', scopes: ['Directory.Read.All'], returnTo: '/users', expect: 'admin-approval' }, storage);
    expect(takePendingInteraction(storage)).toEqual({ kind: 'consent', scopes: ['Directory.Read.All'], returnTo: '/users', expect: 'admin-approval' });
    storage.setItem('consent-console.pending-interaction', JSON.stringify({ kind: 'consent', scopes: [], returnTo: '/', expect: 'something-else' }));
    expect(takePendingInteraction(storage)).toEqual({ kind: 'consent', scopes: [], returnTo: '/' });
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

describe('expectsAdminApproval', () => {
  const CLOUD_APP_ADMIN = ROLE_IDS.cloudApplicationAdministrator;
  it('is true only for an admin-consent permission asked by an account known to hold no role that grants it', () => {
    expect(expectsAdminApproval([{ adminOnly: true }], [])).toBe(true);
    expect(expectsAdminApproval([{ adminOnly: false }, { adminOnly: true }], ['b79fbf4d-3ef9-4689-8143-76b194e85509'])).toBe(true);
    expect(expectsAdminApproval([{ adminOnly: true }], [CLOUD_APP_ADMIN])).toBe(false);
    expect(expectsAdminApproval([{ adminOnly: false }], [])).toBe(false);
    // Not known yet: no prediction.
    expect(expectsAdminApproval([{ adminOnly: true }], undefined)).toBe(false);
    expect(expectsAdminApproval([{ adminOnly: undefined }], [])).toBe(false);
  });
});

describe('predictConsentOutcome: decided at the click, from the catalogue and the token roles', () => {
  const pca = { getActiveAccount: () => account } as unknown as IPublicClientApplication;
  const seeded = (roleTemplateIds: string[]) => {
    const client = new QueryClient();
    client.setQueryData(
      permissionCatalogQueryOptions().queryKey,
      createPermissionCatalog([
        {
          id: '1',
          value: 'Directory.Read.All',
          type: 'delegated',
          isAdmin: true,
          isEnabled: true,
          adminConsentDisplayName: 'Read directory data',
          adminConsentDescription: '',
        },
        {
          id: '2',
          value: 'User.ReadBasic.All',
          type: 'delegated',
          isAdmin: false,
          isEnabled: true,
          adminConsentDisplayName: 'Read all users',
          adminConsentDescription: '',
        },
      ]),
    );
    client.setQueryData(currentGraphTokenQueryOptions(pca, account).queryKey, { scopes: ['User.Read'], roleTemplateIds });
    return client;
  };

  it('predicts "Need admin approval" for a plain user asking for an admin-consent permission, nothing otherwise', async () => {
    await expect(predictConsentOutcome(seeded([]), pca, ['Directory.Read.All'])).resolves.toBe('admin-approval');
    await expect(predictConsentOutcome(seeded([]), pca, ['User.ReadBasic.All'])).resolves.toBeUndefined();
    await expect(predictConsentOutcome(seeded([ROLE_IDS.applicationAdministrator]), pca, ['Directory.Read.All'])).resolves.toBeUndefined();
  });
});
