import { describe, expect, it } from 'vitest';
import { explainAadsts, explainAdminApprovalReturn } from '../auth/aadsts';
import type { RedirectError } from '../auth/complete-redirect';
import { redirectErrorVisible } from './redirect-error-banner';

const adminApproval: RedirectError = { ...explainAdminApprovalReturn(), scopes: ['Application.Read.All'], kind: 'consent', route: '/consent/admin' };

describe('redirectErrorVisible: an error banner belongs to the screen that raised it, while its cause lasts', () => {
  it('shows on the screen that asked while the permissions are still missing', () => {
    expect(redirectErrorVisible(adminApproval, '/consent/admin', 'missing')).toBe(true);
  });

  it('does not follow the person to the next screen', () => {
    expect(redirectErrorVisible(adminApproval, '/', 'missing')).toBe(false);
    expect(redirectErrorVisible(adminApproval, '/apps', 'missing')).toBe(false);
  });

  it('goes once the permissions are obtainable (an administrator granted them), and waits while that is being found out', () => {
    expect(redirectErrorVisible(adminApproval, '/consent/admin', 'held')).toBe(false);
    expect(redirectErrorVisible(adminApproval, '/consent/admin', 'unknown')).toBe(false);
  });

  it('a sign-in error is not about held permissions: it shows on its screen whatever the token holds', () => {
    const signIn: RedirectError = { ...explainAadsts(50020), scopes: ['openid', 'profile', 'User.Read'], kind: 'sign-in', route: '/' };
    expect(redirectErrorVisible(signIn, '/', 'held')).toBe(true);
    expect(redirectErrorVisible(signIn, '/apps', 'held')).toBe(false);
    expect(redirectErrorVisible(undefined, '/', 'missing')).toBe(false);
  });
});
