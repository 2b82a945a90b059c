import type { Browser } from '@playwright/test';
import { accountButtonName, EMULATOR_URL, expect } from '../fixtures';

const TENANT = '7c1d0f3e-5a2b-4c6d-9e8f-0a1b2c3d4e5f';

/** The demo tenant's multi-tenant app whose service principal is created on first consent (emulator seed). */
export const RELECLOUD = { appId: 'e1ec10d0-0008-4b6c-8d7e-9f0a1b2c3d08', spId: '20000000-0000-4000-8000-000000000040', name: 'Relecloud Surveys' };

/** `upn` signs in to Relecloud Surveys in a browser of their own, asking for `scope`, and accepts its consent page. */
export async function consentToRelecloud(browser: Browser, origin: string, upn: string, scope = 'User.Read openid profile') {
  const context = await browser.newContext();
  const page = await context.newPage();
  const redirectUri = `${origin}/relecloud/signin`;
  const query = new URLSearchParams({
    client_id: RELECLOUD.appId,
    redirect_uri: redirectUri,
    response_type: 'code',
    response_mode: 'query',
    scope,
    state: 's',
  });
  await page.goto(`${EMULATOR_URL}/${TENANT}/oauth2/v2.0/authorize?${query.toString()}`);
  await page.getByRole('button', { name: accountButtonName(upn) }).click();
  await page.getByRole('button', { name: 'Accept' }).click();
  // Back at the app with an authorization code: the consent is recorded (the app's own page is no part of the test).
  await expect(page).toHaveURL((url) => url.href.startsWith(`${redirectUri}?`) && url.searchParams.has('code'));
  await context.close();
}
