import { expect, test } from './fixtures';

test('the consent link builder validates input, builds the three links and copies them', async ({ page, context, signedInAs }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await signedInAs('cloud-app-admin');
  await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Consent links' }).click();
  await expect(page.getByRole('heading', { name: 'Consent links', level: 1 })).toBeVisible();

  const clientId = page.getByRole('textbox', { name: /Application \(client\) id/ });
  await clientId.fill('not-a-guid');
  await expect(page.getByText(/The client id is the application \(client\) id: a GUID/)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Fill in the fields above' })).toBeVisible();

  await clientId.fill('0e7f1d00-0004-4b6c-8d7e-9f0a1b2c3d04');
  await page.getByRole('textbox', { name: /Tenant/ }).fill('contoso.example');
  await page.getByRole('textbox', { name: /Redirect URI/ }).fill('https://hr.northwind.example/auth');
  await page.getByRole('textbox', { name: /State/ }).fill('abc');

  const v2 = page.getByRole('textbox', { name: 'Admin consent link (v2)', exact: true });
  await expect(v2).toHaveValue(
    /\/contoso\.example\/v2\.0\/adminconsent\?client_id=0e7f1d00-0004-4b6c-8d7e-9f0a1b2c3d04&scope=https%3A%2F%2Fgraph\.microsoft\.com%2F\.default&redirect_uri=https%3A%2F%2Fhr\.northwind\.example%2Fauth&state=abc$/,
  );
  await expect(page.getByRole('textbox', { name: 'Sign-in link with prompt=consent (v2)' })).toHaveValue(/&prompt=consent$/);
  await expect(page.getByRole('textbox', { name: 'Admin consent link (v1, prompt=admin_consent)' })).toHaveValue(
    /\/oauth2\/authorize\?.*&prompt=admin_consent$/,
  );

  await page.getByRole('button', { name: 'Copy Admin consent link (v2)' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Admin consent link (v2) copied to the clipboard.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await v2.inputValue());

  await expect(page.getByText('https://database.windows.net//.default')).toBeVisible();

  // Azure SQL Database's identifier URI ends with a slash: one slash before .default is warned about, two are not.
  const scopes = page.getByRole('textbox', { name: /Scopes/ });
  const slashWarning = page.getByText(/Azure SQL Database's identifier URI ends with a slash/);
  await scopes.fill('https://database.windows.net/.default');
  await expect(slashWarning).toBeVisible();
  await expect(slashWarning).toContainText('https://database.windows.net//.default, with two slashes');
  await scopes.fill('https://database.windows.net//.default');
  await expect(slashWarning).toHaveCount(0);
});
