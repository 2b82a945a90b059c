import { accountWithRole, expect, signIn, test } from './fixtures';

test('a browser that changed nothing yet says what the Activity log will hold', async ({ page, demoAccounts }) => {
  await signIn(page, accountWithRole(demoAccounts, 'Global Administrator'));
  await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Activity' }).click();

  await expect(page.getByRole('heading', { name: 'Activity', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No entries yet' })).toBeVisible();
  await expect(page.getByText(/kept in this browser \(IndexedDB\)/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Export CSV' })).toBeDisabled();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
