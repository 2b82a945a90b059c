/**
 * Who may consent to what (issue 17): changing the user-consent setting to "verified publishers, low
 * impact" and classifying a permission as low impact change both what "Can this user consent?" answers
 * and what the emulator's consent page does for a plain user — both ways — and each change is restored
 * from Activity (the emulator holds the assignment and the classifications as they were).
 */
import type { Browser, Page } from '@playwright/test';
import { accountButtonName, EMULATOR_URL, emulatorState, expect, test } from './fixtures';
import { expectNoSeriousAxeViolations } from './support/axe';

const TENANT = '7c1d0f3e-5a2b-4c6d-9e8f-0a1b2c3d4e5f';
/** A verified publisher's app; the organization consented to Calendars.ReadWrite for it, not Calendars.Read. */
const FABRIKAM = { appId: 'fab1ca1e-0002-4b6c-8d7e-9f0a1b2c3d02', redirectUri: 'https://calendar.fabrikam.example/signin-oidc' };
const LEGACY = 'ManagePermissionGrantsForSelf.microsoft-user-default-legacy';
const CONSOLE_SCOPES = [
  'Policy.Read.All',
  'Policy.Read.PermissionGrant',
  'Application.Read.All',
  'Directory.Read.All',
  'User.ReadBasic.All',
  'Policy.ReadWrite.Authorization',
  'Policy.ReadWrite.PermissionGrant',
];

/** What the emulator shows Isaiah (no directory role) signing in to Fabrikam Calendar Sync for Calendars.Read, in a browser of his own. */
async function emulatorPageForIsaiah(browser: Browser): Promise<'consent page' | 'Need admin approval'> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const query = new URLSearchParams({
    client_id: FABRIKAM.appId,
    redirect_uri: FABRIKAM.redirectUri,
    response_type: 'code',
    response_mode: 'query',
    scope: 'openid Calendars.Read',
    state: 's',
    nonce: 'n',
  });
  await page.goto(`${EMULATOR_URL}/${TENANT}/oauth2/v2.0/authorize?${query.toString()}`);
  await page.getByRole('button', { name: accountButtonName('isaiah@contoso.example') }).click();
  const approval = page.getByRole('heading', { name: 'Need admin approval' });
  const consent = page.getByRole('heading', { name: 'Permissions requested' });
  await expect(approval.or(consent)).toBeVisible();
  const seen = (await approval.isVisible()) ? 'Need admin approval' : 'consent page';
  await context.close();
  return seen;
}

async function runChange(page: Page, open: () => Promise<void>, title: string, confirm: string) {
  await open();
  const dialog = page.getByRole('alertdialog', { name: title });
  await dialog.getByRole('button', { name: confirm, exact: true }).click();
  await expect(dialog.getByRole('status')).toHaveText('All 1 change done.');
  await dialog.getByRole('button', { name: 'Close' }).click();
}

async function restore(page: Page, summary: RegExp, preview: RegExp) {
  await page.getByRole('article', { name: summary }).getByRole('button', { name: 'Restore' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Restore this change?' });
  await expect(dialog.getByText(preview).first()).toBeVisible();
  await dialog.getByRole('button', { name: 'Restore', exact: true }).click();
  const restored = page.getByRole('status').filter({ hasText: 'Restored' });
  await expect(restored).toBeVisible();
  await restored.getByRole('button', { name: 'Dismiss' }).click();
}

test('the low-impact setting and a low classification decide the answer and the consent page, both ways, and are restored from Activity', async ({
  page,
  browser,
  request,
  signedInAs,
}) => {
  test.setTimeout(300_000);
  const before = (await emulatorState(request)).consent;
  expect(before.permissionGrantPoliciesAssigned).toEqual([LEGACY]);
  expect(await emulatorPageForIsaiah(browser)).toBe('consent page');

  await signedInAs('global-admin', { consentFor: CONSOLE_SCOPES });
  await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Consent policy', exact: true }).click();
  const setting = page.getByRole('region', { name: 'User consent setting' });
  await expect(setting.getByText('Allow user consent for apps.', { exact: false }).first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Consent policies' }).getByRole('listitem', { name: 'Policy Default User Low Policy' })).toContainText(
    'Only permissions classified as low impact.',
  );

  // Can Isaiah consent to Calendars.Read for Fabrikam Calendar Sync?
  const check = page.getByRole('region', { name: 'Can this user consent?' });
  await check.getByRole('textbox', { name: 'User: name or user principal name' }).fill('isaiah');
  await check.getByRole('button', { name: 'Search' }).click();
  await check.getByRole('button', { name: /^Choose Isaiah/ }).click();
  await check.getByRole('textbox', { name: 'Or type a client id' }).fill('not-a-client-id');
  await check.getByRole('button', { name: 'Use this client id' }).click();
  await expect(check.getByText('An application (client) id is a GUID such as 00000000-0000-0000-0000-000000000000.')).toBeVisible();
  await check.getByRole('textbox', { name: 'App: name or application (client) id' }).fill('Fabrikam');
  await check.getByRole('button', { name: 'Choose Fabrikam Calendar Sync' }).click();
  await check.getByRole('combobox', { name: 'Permissions asked for' }).click();
  await page.keyboard.type('Calendars.Read');
  // The listbox is a portal outside the region.
  await page.getByRole('menuitemcheckbox', { name: 'Calendars.Read', exact: true }).click();
  await page.keyboard.press('Escape');
  const answer = check.getByRole('table', { name: 'Can this user consent?' }).getByRole('row', { name: /Calendars\.Read/ });
  await expect(answer).toContainText('User can consent');
  await expect(answer).toContainText('Include condition matched — Default User Legacy Policy');
  await expectNoSeriousAxeViolations(page, '/policy');

  // The low-impact setting: Calendars.Read is not classified low, so Isaiah needs an administrator.
  await setting.getByRole('radio', { name: 'Allow user consent for apps from verified publishers, for selected permissions' }).check();
  await runChange(page, () => setting.getByRole('button', { name: 'Change setting…' }).click(), 'Change the user-consent setting', 'Change setting');
  await expect(answer).toContainText('Needs admin consent');
  await expect(answer).toContainText('No include condition matched — Default User Low Policy');
  await expect(answer).toContainText('not classified low impact');
  await expect
    .poll(async () => (await emulatorState(request)).consent.permissionGrantPoliciesAssigned)
    .toEqual(['ManagePermissionGrantsForSelf.microsoft-user-default-low']);
  expect(await emulatorPageForIsaiah(browser)).toBe('Need admin approval');

  // Classified low impact, it is consentable again for a verified publisher's app.
  const classifications = page.getByRole('region', { name: 'Permission classifications' });
  await classifications.getByRole('combobox', { name: 'Permission to classify (needs no admin consent)' }).selectOption({ label: 'Calendars.Read' });
  await runChange(page, () => classifications.getByRole('button', { name: 'Classify as low impact…' }).click(), 'Classify a permission', 'Classify');
  await expect(classifications.getByRole('table', { name: 'Classified permissions' })).toContainText('Calendars.Read');
  await expect(answer).toContainText('User can consent');
  await expect(answer).toContainText('Include condition matched — Default User Low Policy');
  expect(await emulatorPageForIsaiah(browser)).toBe('consent page');

  // Restored from Activity: the classification first (the setting still low: admin approval again), then the setting.
  await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Activity', exact: true }).click();
  await restore(
    page,
    /^Classify Calendars\.Read of Microsoft Graph as low impact/,
    /^Remove the low impact classification of Calendars\.Read of Microsoft Graph/,
  );
  await expect.poll(async () => (await emulatorState(request)).consent.classifications.some((c) => c.permissionName === 'Calendars.Read')).toBe(false);
  expect(await emulatorPageForIsaiah(browser)).toBe('Need admin approval');
  await restore(page, /^Change the user-consent setting from/, /^Change the user-consent setting from .* to “Allow user consent for apps”/);
  const after = (await emulatorState(request)).consent;
  expect(after.permissionGrantPoliciesAssigned).toEqual([LEGACY]);
  expect(after.classifications.map((c) => c.id).sort()).toEqual(before.classifications.map((c) => c.id).sort());
  expect(await emulatorPageForIsaiah(browser)).toBe('consent page');
});
