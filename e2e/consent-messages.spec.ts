import type { Page } from '@playwright/test';
import { EMULATOR_URL, expect, test } from './fixtures';

/**
 * Messages follow what happened (issue 16): a plain user who asks for an admin-consent permission meets
 * Microsoft's "Need admin approval" page (AADSTS90094); leaving it returns access_denied AADSTS65004, as a
 * Cancel would. The console knew the account could not consent, so it says the request needs an
 * administrator — not "you chose Cancel … choose Accept. You can fix this." — and the message stays with
 * the screen that asked, while its cause lasts.
 */

/** The Admin consent screen's picker reads the tenant's applications: admin-consent permissions only. */
const SCREEN = '/consent/admin';

/** Asks for the screen's permissions, leaves "Need admin approval" without consent; returns the permissions asked for. */
async function returnFromNeedAdminApproval(page: Page): Promise<string[]> {
  await page.goto(SCREEN);
  await page.getByRole('region', { name: 'Grant access' }).getByRole('button', { name: 'Grant access' }).click();
  await expect(page).toHaveURL(new RegExp(`^${EMULATOR_URL}/`));
  const asked = (new URL(page.url()).searchParams.get('scope') ?? '').split(' ').filter((s) => !['openid', 'profile', 'offline_access'].includes(s));
  await expect(page.getByRole('heading', { name: 'Need admin approval' })).toBeVisible();
  await page.getByRole('button', { name: 'Return to the application without granting consent' }).click();
  await expect(page).toHaveURL(new RegExp(`${SCREEN}$`));
  return asked;
}

test('a plain user back from "Need admin approval" is told an administrator is needed (AADSTS90094, not 65004), and the next screen does not say it', async ({
  page,
  signedInAs,
}) => {
  await signedInAs('user');
  await returnFromNeedAdminApproval(page);

  const banner = page.getByRole('group', { name: 'Needs admin approval' });
  await expect(banner).toBeVisible();
  await expect(banner.getByText('AADSTS90094', { exact: true })).toBeVisible();
  await expect(banner).toContainText('can only be granted by an administrator');
  await expect(banner).toContainText('An administrator of your tenant can fix this.');
  await expect(banner).toContainText('admin consent workflow');
  await expect(banner).not.toContainText('You can fix this.');
  await expect(banner).not.toContainText(/chose Cancel|choose Accept/);
  await expect(page.getByRole('group', { name: 'Consent declined' })).toHaveCount(0);
  await expect(page.getByText('AADSTS65004', { exact: true })).toHaveCount(0);

  // The next screen does not carry it, and coming back does not bring it back.
  await page.getByRole('link', { name: 'Home' }).click();
  await expect(page.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Needs admin approval' })).toHaveCount(0);
  // Back in the tab's history (no reload): the screen, without the message.
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`${SCREEN}$`));
  await expect(page.getByRole('region', { name: 'Grant access' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Needs admin approval' })).toHaveCount(0);
});

test('once an administrator grants the permission, the "Need admin approval" message goes without a reload', async ({ page, signedInAs, adminConsents }) => {
  await signedInAs('user');
  const asked = await returnFromNeedAdminApproval(page);
  await expect(page.getByRole('group', { name: 'Needs admin approval' })).toBeVisible();

  await adminConsents(asked);
  // The person comes back to the tab (from the approval mail, say): the console looks again.
  await page.evaluate(() => window.dispatchEvent(new Event('visibilitychange')));
  await expect(page.getByRole('group', { name: 'Needs admin approval' })).toHaveCount(0);
});

test('an administrator who chooses Cancel on the consent page is still told the consent was declined', async ({ page, signedInAs }) => {
  await signedInAs('cloud-app-admin');
  await page.goto(SCREEN);
  await page.getByRole('region', { name: 'Grant access' }).getByRole('button', { name: 'Grant access' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page).toHaveURL(new RegExp(`${SCREEN}$`));
  const banner = page.getByRole('group', { name: 'Consent declined' });
  await expect(banner.getByText('AADSTS65004', { exact: true })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Needs admin approval' })).toHaveCount(0);
});
