import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext } from '@playwright/test';
import { emulatorState, expect, test } from './fixtures';
import { MEGAN_ID, MEGAN_MAIL_HELPER_GRANT, mailHelperRefresh, meganSignsInToMailHelper, USERS_SCREEN } from './users-support';

// Each test first has an admin grant the screen's permissions for everyone: five sign-in/consent round trips.
test.describe.configure({ timeout: 180_000 });

const grantsNow = async (request: APIRequestContext) => (await emulatorState(request)).grants;

test('a User Administrator finds megan, revokes Mail Helper Pro for her only, and the app can no longer get a token', async ({ page, request, signedInAs }) => {
  // Before: the app renews megan's token silently (refresh tokens rotate: keep the new one).
  const renewed = await mailHelperRefresh(await meganSignsInToMailHelper(), 'Mail.ReadWrite offline_access');
  expect(renewed.status).toBe(200);
  const refreshToken = renewed.body.refresh_token!;

  await signedInAs('user-admin', { consentFor: USERS_SCREEN });
  const before = await grantsNow(request);
  await page.getByRole('link', { name: 'Users' }).first().click();
  await page.getByRole('textbox', { name: /search by name or user principal name/i }).fill('megan');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/users\?q=megan$/);
  await page.getByRole('table', { name: 'Users' }).getByRole('link', { name: 'Megan Bowen' }).click();

  const own = page.getByRole('table', { name: 'Apps Megan Bowen consented to' });
  const row = own.getByRole('row', { name: /Mail Helper Pro/ });
  await expect(row.getByText('Unverified publisher')).toBeVisible();
  await expect(row.getByText('Mail.ReadWrite')).toBeVisible();
  await expect(row.getByText('Critical risk')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Apps Megan Bowen reaches through admin consent' }).getByRole('link', { name: 'Adatum Sign' })).toHaveAttribute(
    'href',
    '/apps/20000000-0000-4000-8000-000000000020',
  );
  await expect(page.getByRole('table', { name: 'App roles assigned to Megan Bowen' }).getByText('Notes reader')).toBeVisible();

  expect((await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()).violations).toEqual([]);

  await row.getByRole('button', { name: 'Revoke for this user: Mail Helper Pro' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Revoke Mail Helper Pro for Megan Bowen' });
  await expect(dialog.getByText(/keep working until they expire \(typically 60–90 minutes/)).toBeVisible();
  await expect(dialog.getByText(/can consent to the app again, unless user consent is restricted/)).toBeVisible();
  await expect(dialog.getByRole('list', { name: 'Changes' })).toContainText(
    "Revoke Mail Helper Pro's delegated permissions on Microsoft Graph for Megan Bowen",
  );
  await dialog.getByRole('button', { name: 'Revoke' }).click();
  await expect(dialog.getByRole('list', { name: 'Results' })).toContainText('Done:');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(own.getByRole('row', { name: /Mail Helper Pro/ })).toHaveCount(0);
  await expect(own.getByRole('row', { name: /Quick PDF Tools/ })).toBeVisible();

  // Exactly megan's Mail Helper Pro grant is gone: her other grants and everyone else's are untouched.
  const after = await grantsNow(request);
  expect(after).toEqual(before.filter((g) => g.id !== MEGAN_MAIL_HELPER_GRANT));
  expect(before.some((g) => g.id === MEGAN_MAIL_HELPER_GRANT && g.principalId === MEGAN_ID)).toBe(true);
  expect(after.filter((g) => g.principalId === MEGAN_ID).length).toBeGreaterThan(0);

  // Mail Helper Pro's next silent token request for megan needs consent again.
  const refused = await mailHelperRefresh(refreshToken, 'Mail.ReadWrite');
  expect(refused.status).toBe(400);
  expect(refused.body, refused.body.error_description).toMatchObject({ error: 'invalid_grant', suberror: 'consent_required' });
  expect(refused.body.error_codes).toContain(65001);
});

test('permissions an administrator granted for the organization after sign-in are obtained silently: the revoke dialog asks for nothing and revokes at once', async ({
  page,
  request,
  signedInAs,
  adminConsents,
}) => {
  const writes = ['DelegatedPermissionGrant.ReadWrite.All', 'User.RevokeSessions.All'];
  await signedInAs('user-admin', { consentFor: USERS_SCREEN.filter((scope) => !writes.includes(scope)) });
  await page.goto(`/users/${MEGAN_ID}`);
  const row = page.getByRole('table', { name: 'Apps Megan Bowen consented to' }).getByRole('row', { name: /Mail Helper Pro/ });
  await expect(row).toBeVisible();
  // The console's token was issued before this grant: it does not carry the write permissions.
  await adminConsents(writes);

  await row.getByRole('button', { name: 'Revoke for this user: Mail Helper Pro' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Revoke Mail Helper Pro for Megan Bowen' });
  const revoke = dialog.getByRole('button', { name: 'Revoke' });
  await expect(revoke).toBeEnabled();
  await expect(dialog.getByRole('region', { name: 'Grant access' })).toHaveCount(0);
  await revoke.click();
  await expect(dialog.getByRole('list', { name: 'Results' })).toContainText('Done:');
  expect((await grantsNow(request)).some((g) => g.id === MEGAN_MAIL_HELPER_GRANT)).toBe(false);
});

test('a Global Reader sees the revoke action disabled, with the reason and the role that would allow it', async ({ page, request, signedInAs }) => {
  await signedInAs('global-reader', { consentFor: USERS_SCREEN });
  await page.goto(`/users/${MEGAN_ID}`);

  const own = page.getByRole('table', { name: 'Apps Megan Bowen consented to' });
  const revoke = own.getByRole('button', { name: 'Revoke for this user: Mail Helper Pro' });
  await expect(revoke).toBeDisabled();
  await expect(revoke).toHaveAccessibleDescription(
    /Your directory roles \(Global Reader\) do not allow you to change or revoke delegated permission grants\. \w+/,
  );
  await expect(page.getByText(/do not allow you to change or revoke delegated permission grants/)).toBeVisible();
  const before = await grantsNow(request);
  await revoke.click({ force: true });
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  expect(await grantsNow(request)).toEqual(before);
});

test('revoking sign-in sessions with a trimmed grant makes megan’s refresh token fail (AADSTS50173)', async ({ page, request, signedInAs }) => {
  const refreshToken = await meganSignsInToMailHelper();
  await signedInAs('user-admin', { consentFor: USERS_SCREEN });
  await page.goto(`/users/${MEGAN_ID}`);

  await page.getByRole('button', { name: 'Revoke for this user: Mail Helper Pro' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Revoke Mail Helper Pro for Megan Bowen' });
  for (const keep of ['User.Read', 'offline_access', 'openid', 'profile']) {
    await dialog.getByRole('checkbox', { name: new RegExp(`^${keep}\\b`) }).uncheck();
  }
  await dialog.getByRole('checkbox', { name: "Also revoke Megan Bowen's sign-in sessions" }).check();
  const changes = dialog.getByRole('list', { name: 'Changes' });
  await expect(changes).toContainText('Remove Mail.ReadWrite from Mail Helper Pro');
  await expect(changes).toContainText('Revoke every sign-in session of Megan Bowen');
  await dialog.getByRole('button', { name: 'Revoke' }).click();
  await expect(dialog.getByRole('list', { name: 'Results' }).getByRole('listitem')).toHaveCount(2);
  await expect(dialog.getByText('Failed')).toHaveCount(0);

  const grant = (await grantsNow(request)).find((g) => g.id === MEGAN_MAIL_HELPER_GRANT);
  expect(grant?.scope).toBe('User.Read offline_access openid profile');
  const refused = await mailHelperRefresh(refreshToken, 'User.Read');
  expect(refused.status).toBe(400);
  expect(refused.body.error).toBe('invalid_grant');
  expect(refused.body.error_codes).toContain(50173);
});
