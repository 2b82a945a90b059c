import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { accountWithRole, expect, signIn, test } from './fixtures';

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('a deep link with a filter survives sign-in and consent', async ({ page, demoAccounts }) => {
  const admin = accountWithRole(demoAccounts, 'Global Administrator');
  await page.goto('/apps?q=Micro');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: new RegExp(admin.upn.replace(/[.@]/g, '\\$&')) }).click();
  await page.getByRole('button', { name: 'Accept' }).click();

  await expect(page).toHaveURL(/\/apps\?q=Micro$/);
  await expect(page.getByRole('textbox', { name: /search by name/i })).toHaveValue('Micro');
  await page.getByRole('button', { name: 'Grant access' }).click();
  await page.getByRole('button', { name: 'Accept' }).click();
  await expect(page).toHaveURL(/\/apps\?q=Micro$/);
  await expect(page.getByRole('cell', { name: 'Microsoft Graph' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Consent Console' })).toHaveCount(0);
});

test('the signed-in screens have no WCAG A/AA violations and work from the keyboard', async ({ page, demoAccounts }) => {
  await signIn(page, accountWithRole(demoAccounts, null));
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Applications' }).first().focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Grant access' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Permissions' }).first().click();
  await expect(page.getByRole('heading', { name: 'Held now' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: /^Account:/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'Sign out' })).toBeVisible();
  await page.keyboard.press('Escape');
});
