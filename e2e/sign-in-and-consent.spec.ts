import { EMULATOR_URL, expect, test } from './fixtures';

test('a Global Administrator signs in with User.Read only, grants Application.Read.All and lands back on Applications', async ({ page, signedInAs }) => {
  const admin = await signedInAs('global-admin');

  await expect(page.getByRole('button', { name: `Account: ${admin.displayName}` })).toBeVisible();
  await page.getByRole('link', { name: 'Applications' }).first().click();
  await page.getByRole('textbox', { name: /search by name/i }).fill('Microsoft');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/apps\?q=Microsoft$/);

  const panel = page.getByRole('region', { name: 'Grant access' });
  await expect(panel).toBeVisible();
  await expect(panel.getByText('Read applications', { exact: true })).toBeVisible();
  await expect(panel.getByText('Application.Read.All', { exact: true })).toBeVisible();

  await panel.getByRole('button', { name: 'Grant access' }).click();
  await page.getByRole('button', { name: 'Accept' }).click();

  await expect(page).toHaveURL(/\/apps\?q=Microsoft$/);
  await expect(page.getByRole('table', { name: 'Applications' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Microsoft Graph' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Grant access' })).toHaveCount(0);

  await page.getByRole('link', { name: 'Permissions' }).first().click();
  await expect(page.getByRole('list', { name: 'Permissions held now' }).getByRole('listitem').filter({ hasText: 'Application.Read.All' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Consent events this session' }).getByRole('cell', { name: 'Consent granted' })).toBeVisible();
});

test('declining consent shows the AADSTS65004 explanation and the console stays usable', async ({ page, signedInAs }) => {
  await signedInAs('global-admin');
  await page.goto('/apps');
  await page.getByRole('button', { name: 'Grant access' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();

  await expect(page).toHaveURL(/\/apps$/);
  await expect(page.getByText('Consent declined')).toBeVisible();
  await expect(page.getByText('AADSTS65004')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Grant access' })).toBeVisible();

  await page.getByRole('button', { name: 'Dismiss' }).click();
  await page.getByRole('link', { name: 'Home' }).click();
  await expect(page.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What you can do here' })).toBeVisible();
});

test('a plain user is told which role reads grants on Applications, and meets needs-admin-approval where only consent is missing', async ({
  page,
  signedInAs,
}) => {
  await signedInAs('user');
  await page.goto('/apps');
  // Reading grants needs a directory role: no Grant access that could only end in "needs admin approval".
  await expect(page.getByRole('group', { name: 'A directory role is needed' })).toContainText('Your account holds no directory role.');
  await expect(page.getByRole('region', { name: 'Grant access' })).toHaveCount(0);

  // Listing applications needs no role, only Application.Read.All, which only an admin can consent to.
  await page.goto('/consent/admin');
  const panel = page.getByRole('region', { name: 'Grant access' });
  await expect(panel.getByText('Admin consent required').first()).toBeVisible();
  await expect(panel.getByText(/AADSTS90094/)).toBeVisible();

  await panel.getByRole('button', { name: 'Grant access' }).click();
  // The emulator's own page (as Microsoft's): no redirect back, an explanation instead.
  await expect(page).toHaveURL(new RegExp(`^${EMULATOR_URL}/`));
  await expect(page.getByText(/AADSTS90094/)).toBeVisible();
  await expect(page.getByText(/admin approval/i).first()).toBeVisible();

  await page.goBack();
  await expect(page.getByRole('region', { name: 'Grant access' })).toBeVisible();
  // No interaction is left "in progress": asking again reaches Microsoft's page again.
  await page.getByRole('button', { name: 'Grant access' }).click();
  await expect(page).toHaveURL(new RegExp(`^${EMULATOR_URL}/`));
  await expect(page.getByText(/AADSTS90094/)).toBeVisible();
  await page.goBack();
  await page.getByRole('link', { name: 'Home' }).click();
  await expect(page.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible();
});
