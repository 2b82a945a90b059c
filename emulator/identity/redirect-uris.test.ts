// Only the redirect URIs a registration really has: the console's registration lists the app root and
// /admin-consent/result on each local port (the README tells live admins to register both); anything else is
// refused with the AADSTS50011 page (adminconsent) or not followed (logout), never redirected to.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../index.ts';
import { DEMO } from '../tenant/seed.ts';
import { TestBrowser } from '../testing/browser.ts';
import { signIn } from '../testing/identity-client.ts';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await createEmulator({ port: 0 });
});
afterAll(() => emulator.close());

const adminConsent = (redirectUri: string) =>
  `${emulator.identityUrl}/${DEMO.tenantId}/v2.0/adminconsent?${new URLSearchParams({ client_id: DEMO.consoleClientId, scope: 'https://graph.microsoft.com/.default', redirect_uri: redirectUri, state: 'diagnose' })}`;

describe('Entra v2-admin-consent: redirect_uri must be one the registration has (AADSTS50011 otherwise)', () => {
  it.each(['http://localhost:5173', 'http://localhost:4173', 'http://localhost:4180'])(
    'the console may come back to %s/admin-consent/result',
    async (origin) => {
      const page = await signIn(new TestBrowser(), adminConsent(`${origin}/admin-consent/result`), 'admin@contoso.example');
      expect(page.status).toBe(200);
      expect(page.html).toContain('Accept');
    },
  );

  it.each(['http://localhost:5999/admin-consent/result', 'http://localhost:5173/admin-consent/other', 'https://evil.example/'])(
    '%s → AADSTS50011 page, no redirect',
    async (uri) => {
      const page = await new TestBrowser().get(adminConsent(uri));
      expect(page.status).toBe(400);
      expect(page.location).toBeUndefined();
      expect(page.html).toContain('AADSTS50011');
    },
  );
});

describe('logout: post_logout_redirect_uri is followed only when registered (Entra v2 sign-out)', () => {
  it('an unregistered one shows the signed-out page instead of redirecting', async () => {
    const url = `${emulator.identityUrl}/${DEMO.tenantId}/oauth2/v2.0/logout?client_id=${DEMO.consoleClientId}&post_logout_redirect_uri=${encodeURIComponent('http://localhost:5999/')}`;
    const page = await new TestBrowser().get(url);
    expect(page.status).toBe(200);
    expect(page.location).toBeUndefined();
  });

  it('a registered one is followed', async () => {
    const url = `${emulator.identityUrl}/${DEMO.tenantId}/oauth2/v2.0/logout?client_id=${DEMO.consoleClientId}&post_logout_redirect_uri=${encodeURIComponent('http://localhost:4180/')}`;
    const page = await new TestBrowser().get(url);
    expect(page.status).toBe(302);
    expect(page.location).toBe('http://localhost:4180/');
  });
});
