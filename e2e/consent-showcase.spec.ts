import type { Page } from '@playwright/test';
import { spNamed } from './apps-helpers';
import { EMULATOR_URL, emulatorState, expect, test } from './fixtures';

const card = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

async function runStepOne(page: Page) {
  await page.goto('/consent/showcase?step=1');
  await expect(card(page, 'Token now')).toContainText('Carries Calendars.Read: no');
  await page.getByRole('button', { name: 'Ask for Calendars.Read' }).click();
  await expect(page).toHaveURL(new RegExp(`^${EMULATOR_URL}/`));
  await page.getByRole('button', { name: 'Accept' }).click();
  await expect(page).toHaveURL(/\/consent\/showcase\?step=1$/);
}

test('step 1: asking for one more scope gives a token whose scp carries it', async ({ page, signedInAs }) => {
  await signedInAs('user');
  await runStepOne(page);
  const before = card(page, 'Token before');
  const now = card(page, 'Token now');
  await expect(before).toContainText('Carries Calendars.Read: no');
  await expect(now).toContainText('Carries Calendars.Read: yes');
  await expect(now.getByRole('definition').first()).toContainText(/User\.Read.*Calendars\.Read|Calendars\.Read.*User\.Read/);
  for (const claim of ['scp', 'iat', 'exp', 'aud']) await expect(now.getByRole('term').filter({ hasText: claim })).toBeVisible();
  await expect(now).toContainText('00000003-0000-0000-c000-000000000000');
  await expect(page.getByRole('status').filter({ hasText: 'A new token was issued (iat changed). It carries Calendars.Read.' })).toBeVisible();
});

test('step 2: declining shows AADSTS65004 explained and the token stays as it was', async ({ page, signedInAs }) => {
  await signedInAs('user');
  await page.goto('/consent/showcase?step=2');
  await expect(card(page, 'Token now')).toContainText('Carries Contacts.Read: no');
  await page.getByRole('button', { name: 'Ask for Contacts.Read, then choose Cancel' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();

  await expect(page).toHaveURL(/\/consent\/showcase\?step=2$/);
  const step = page.getByRole('region', { name: 'Step 2: Decline consent' });
  await expect(step.getByText('Consent declined')).toBeVisible();
  await expect(step.getByText('AADSTS65004', { exact: true })).toBeVisible();
  await expect(card(page, 'Token before')).toContainText('Carries Contacts.Read: no');
  await expect(card(page, 'Token now')).toContainText('Carries Contacts.Read: no');
  await expect(step.getByRole('status').filter({ hasText: 'The token did not change (same iat). It does not carry Contacts.Read.' })).toBeVisible();
});

test('step 3: prompt=consent shows the consent page again for a scope already granted', async ({ page, signedInAs }) => {
  await signedInAs('user');
  await runStepOne(page);
  await page.getByRole('link', { name: '3. Force the consent prompt' }).click();
  await page.getByRole('button', { name: 'Show the consent page again for Calendars.Read' }).click();
  await expect(page).toHaveURL(new RegExp(`^${EMULATOR_URL}/`));
  await page.getByRole('button', { name: 'Accept' }).click();

  await expect(page).toHaveURL(/\/consent\/showcase\?step=3$/);
  await expect(card(page, 'Token before')).toContainText('Carries Calendars.Read: yes');
  await expect(card(page, 'Token now')).toContainText('Carries Calendars.Read: yes');
  for (const claim of ['iat', 'exp']) await expect(card(page, 'Token now').getByRole('term').filter({ hasText: claim })).toBeVisible();
});

test('step 4: after an admin grant the cached token lacks the scope until refreshed with forceRefresh', async ({ page, request, signedInAs }) => {
  await signedInAs('global-admin');
  await page.goto('/consent/showcase?step=4');
  await page.getByRole('region', { name: 'Grant access' }).getByRole('button', { name: 'Grant access' }).click();
  await page.getByRole('button', { name: 'Accept' }).click();
  await expect(page).toHaveURL(/\/consent\/showcase\?step=4$/);

  // The grant goes through the change dialog, which asks for the write permission first.
  const grantButton = page.getByRole('button', { name: 'Grant People.Read to the console for all users' });
  await grantButton.click();
  const dialog = page.getByRole('alertdialog', { name: 'Grant People.Read to the console' });
  await dialog.getByRole('region', { name: 'Grant access' }).getByRole('button', { name: 'Grant access' }).click();
  await page.getByRole('button', { name: 'Accept' }).click();
  await expect(page).toHaveURL(/\/consent\/showcase\?step=4$/);
  await grantButton.click();
  await expect(dialog.getByRole('list', { name: 'Changes' })).toHaveText(/^Grant Consent Console People\.Read on Microsoft Graph for all users/);
  await dialog.getByRole('button', { name: 'Grant', exact: true }).click();
  await expect(dialog.getByRole('status')).toHaveText('All 1 change done.');
  await dialog.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('button', { name: 'Read the cached token' }).click();
  await expect(card(page, 'Cached token (acquireTokenSilent)')).toContainText('Carries People.Read: no');
  await page.getByRole('button', { name: 'Refresh the token (forceRefresh)' }).click();
  const refreshed = card(page, 'Refreshed token (forceRefresh: true)');
  await expect(refreshed).toContainText('Carries People.Read: yes');
  await expect(refreshed.getByRole('definition').first()).toContainText('People.Read');

  const state = await emulatorState(request);
  const consoleSp = spNamed(state, 'Consent Console');
  const grant = state.grants.find((g) => g.clientId === consoleSp.id && g.consentType === 'AllPrincipals');
  expect(grant?.scope.split(' ')).toContain('People.Read');
});
