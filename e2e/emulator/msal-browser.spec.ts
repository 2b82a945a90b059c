/// <reference types="node" />
// The real @azure/msal-browser in Chromium against the emulator: sign in through the emulator's pages,
// a token from cache, InteractionRequiredAuthError (consent_required, 65001) for an unconsented scope,
// the scope after acquireTokenRedirect + Accept, and logout.
import { expect, test, type Page } from '@playwright/test';
import { decodeJwt } from 'jose';
import { startHarness, type Harness } from './harness.ts';
import type { Outcome } from './msal-app/main.ts';

let harness: Harness;
test.beforeAll(async () => {
  harness = await startHarness();
});
test.afterAll(() => harness.close());

async function ready(page: Page): Promise<void> {
  await expect(page.locator('body[data-ready="true"]')).toBeAttached();
}

const redirectOutcome = (page: Page) => page.evaluate(() => window.msalTest.redirectOutcome);
const silent = (page: Page, scopes: string[]) => page.evaluate((s) => window.msalTest.silent(s), scopes);

function tokenOf(outcome: Outcome | null): string {
  if (!outcome?.ok) throw new Error(`expected a token, got ${JSON.stringify(outcome)}`);
  return outcome.accessToken;
}

test('msal-browser signs in, uses its cache, meets consent_required, gets the scope after Accept, logs out', async ({ page }) => {
  const tokenCalls: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/oauth2/v2.0/token')) tokenCalls.push(r.url());
  });

  await page.goto(harness.pageUrl);
  await ready(page);
  await page.evaluate(() => window.msalTest.login(['User.Read']));

  // The emulator's pages: pick the account, then consent.
  await page.getByRole('button', { name: /megan@contoso\.example/ }).click();
  await expect(page.getByRole('heading', { name: 'Permissions requested' })).toBeVisible();
  await expect(page.getByText('Sign you in and read your profile')).toBeVisible();
  await page.getByRole('button', { name: 'Accept' }).click();

  await page.waitForURL(`${harness.pageUrl}**`);
  await ready(page);
  const login = await redirectOutcome(page);
  expect(login).toMatchObject({ ok: true, username: 'megan@contoso.example' });
  expect(await page.evaluate(() => window.msalTest.accounts())).toEqual(['megan@contoso.example']);
  expect(String(decodeJwt(tokenOf(login)).scp).split(' ')).toContain('User.Read');
  expect(tokenCalls).toHaveLength(1);

  // Served from the cache: no request to the token endpoint.
  const cached = await silent(page, ['User.Read']);
  expect(cached).toMatchObject({ ok: true, fromCache: true });
  expect(tokenCalls).toHaveLength(1);

  // An unconsented scope silently → InteractionRequiredAuthError, consent_required, 65001.
  const denied = await silent(page, ['Mail.Read']);
  expect(denied).toMatchObject({ ok: false, interactionRequired: true, subError: 'consent_required', errorNo: '65001' });
  expect(tokenCalls).toHaveLength(2);

  // Incremental consent with a redirect: the emulator remembers the session and asks only for consent.
  await page.evaluate(() => window.msalTest.acquireRedirect(['Mail.Read']));
  await expect(page.getByText('Read your mail')).toBeVisible();
  await page.getByRole('button', { name: 'Accept' }).click();
  await page.waitForURL(`${harness.pageUrl}**`);
  await ready(page);
  const consented = await redirectOutcome(page);
  expect(consented).toMatchObject({ ok: true, username: 'megan@contoso.example' });
  expect(String(decodeJwt(tokenOf(consented)).scp).split(' ')).toEqual(expect.arrayContaining(['User.Read', 'Mail.Read']));
  expect(await silent(page, ['Mail.Read'])).toMatchObject({ ok: true, fromCache: true });

  // Logout: back on the page with no account, and the emulator asks for an account again.
  await page.evaluate(() => window.msalTest.logout());
  await page.waitForURL(`${harness.pageUrl}**`);
  await ready(page);
  expect(await page.evaluate(() => window.msalTest.accounts())).toEqual([]);
  await page.evaluate(() => window.msalTest.login(['User.Read']));
  await expect(page.getByRole('heading', { name: 'Pick an account' })).toBeVisible();
});
