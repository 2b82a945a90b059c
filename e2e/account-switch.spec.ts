import { accountButtonName, expect, sessionStorageDump, test } from './fixtures';

test("sign-out then sign-in as another account works, and the first account's tokens are gone", async ({ page, signedInAs }) => {
  const first = await signedInAs('global-admin');
  const before = await sessionStorageDump(page);
  expect(before).toContain(first.upn);
  expect(before.toLowerCase()).toContain('accesstoken');

  await page.getByRole('button', { name: `Account: ${first.displayName}` }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  expect((await sessionStorageDump(page)).toLowerCase()).not.toContain('accesstoken');

  const second = await signedInAs('global-reader');
  await expect(page.getByRole('button', { name: `Account: ${second.displayName}` })).toBeVisible();
  await expect(page.getByText('Global Reader').first()).toBeVisible();
  const after = await sessionStorageDump(page);
  expect(after).toContain(second.upn);
  expect(after).not.toContain(first.upn);

  await page.screenshot({ path: '/tmp/home.png', fullPage: true });
});

test('switch account signs in another account without signing out', async ({ page, signedInAs, demoAccount }) => {
  const first = await signedInAs('global-admin');
  const second = demoAccount('cloud-app-admin');

  await page.getByRole('button', { name: `Account: ${first.displayName}` }).click();
  await page.getByRole('menuitem', { name: 'Switch account' }).click();
  await page.getByRole('button', { name: accountButtonName(second.upn) }).click();
  await page.getByRole('button', { name: 'Accept' }).click();

  await expect(page.getByRole('button', { name: `Account: ${second.displayName}` })).toBeVisible();
  await expect(page.getByText(second.upn)).toBeVisible();
  await expect(page.getByText('Cloud Application Administrator')).toBeVisible();
});
