import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { openActionDialog } from './apps-helpers';
import { accountButtonName, emulatorState, expect, test } from './fixtures';
import { grantWhatTheScreenAsks, navScreens } from './hardening';
import { expectNoSeriousAxeViolations } from './support/axe';

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('a deep link with a filter survives sign-in and consent', async ({ page, demoAccount }) => {
  const admin = demoAccount('global-admin');
  await page.goto('/apps?q=Micro');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: accountButtonName(admin.upn) }).click();
  await page.getByRole('button', { name: 'Accept' }).click();

  await expect(page).toHaveURL(/\/apps\?q=Micro$/);
  await expect(page.getByRole('textbox', { name: /search by name/i })).toHaveValue('Micro');
  await page.getByRole('button', { name: 'Grant access' }).click();
  await page.getByRole('button', { name: 'Accept' }).click();
  await expect(page).toHaveURL(/\/apps\?q=Micro$/);
  await expect(page.getByRole('cell', { name: 'Microsoft Graph' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Consent Console' })).toHaveCount(0);
});

test('the signed-in screens have no WCAG A/AA violations and work from the keyboard', async ({ page, signedInAs }) => {
  await signedInAs('user');
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Applications' }).first().focus();
  await page.keyboard.press('Enter');
  // A plain user holds no role that reads grants: the screen says which roles do, before asking for any consent.
  await expect(page.getByRole('group', { name: 'A directory role is needed' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Permissions' }).first().click();
  await expect(page.getByRole('heading', { name: 'Held now' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: /^Account:/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'Sign out' })).toBeVisible();
  await page.keyboard.press('Escape');
});

/** Presses Tab (Shift+Tab never needed) until the target has focus: keyboard only, no clicks. */
async function tabTo(page: Page, target: Locator, maxPresses = 80) {
  await expect(target).toBeVisible();
  for (let i = 0; i < maxPresses; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

const QUICK_PDF_TOOLS = '20000000-0000-4000-8000-000000000031';
const MEGAN = '10000000-0000-4000-8000-000000000011';

test('every screen, detail page and dialog has no serious or critical accessibility violation', async ({ page, signedInAs }) => {
  // Fourteen screens, two detail pages and three dialogs, each granted and scanned: several minutes on a busy 2-core machine.
  test.setTimeout(420_000);
  await signedInAs('global-admin');
  for (const screen of await navScreens(page)) {
    await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: screen.title, exact: true }).click();
    await grantWhatTheScreenAsks(page);
    await expectNoSeriousAxeViolations(page, screen.path);
  }
  for (const path of [`/apps/${QUICK_PDF_TOOLS}`, `/users/${MEGAN}`]) {
    await page.goto(path);
    await grantWhatTheScreenAsks(page);
    await expectNoSeriousAxeViolations(page, path);
  }
  await page.goto(`/apps/${QUICK_PDF_TOOLS}`);
  const card = page.getByRole('region', { name: /^Consented by Megan/ });
  const dialog = await openActionDialog(page, () => card.getByRole('button', { name: 'Revoke grant' }).click(), 'Revoke the grant');
  await expectNoSeriousAxeViolations(page, 'revoke dialog');
  await dialog.getByRole('button', { name: 'Revoke' }).click();
  await expect(dialog.getByRole('status')).toHaveText('All 1 change done.');
  await expectNoSeriousAxeViolations(page, 'revoke results');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Activity' }).click();
  await page.getByRole('list', { name: 'Activity log entries' }).getByRole('article').first().getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('alertdialog', { name: 'Restore this change?' })).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'restore dialog');
});

test('keyboard only: sign in, grant access, open Applications and an app, revoke a grant and read the result', async ({ page, demoAccount, request }) => {
  const admin = demoAccount('global-admin');
  await page.goto('/');
  await tabTo(page, page.getByRole('button', { name: 'Sign in' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: accountButtonName(admin.upn) }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: 'Accept' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible();

  await tabTo(page, page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Applications', exact: true }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('region', { name: 'Grant access' }).getByRole('button', { name: 'Grant access' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: 'Accept' }));
  await page.keyboard.press('Enter');
  const table = page.getByRole('table', { name: 'Applications' });
  await expect(table).toBeVisible();

  await tabTo(page, table.getByRole('link', { name: 'Quick PDF Tools', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Quick PDF Tools' })).toBeVisible();
  const revokeGrant = page.getByRole('region', { name: /^Consented by Megan/ }).getByRole('button', { name: 'Revoke grant' });
  await tabTo(page, revokeGrant);
  await page.keyboard.press('Enter');
  let dialog = page.getByRole('alertdialog', { name: 'Revoke the grant' });
  const confirm = dialog.getByRole('button', { name: 'Revoke', exact: true });
  const grant = dialog.getByRole('button', { name: 'Grant access' });
  await expect(grant.or(confirm).first()).toBeVisible();
  await expect.poll(async () => (await grant.isVisible()) || (await confirm.isEnabled())).toBe(true);
  if (await grant.isVisible()) {
    // The write permission is asked for from the dialog; back on the app, the dialog opens again.
    await tabTo(page, grant);
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByRole('button', { name: 'Accept' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Quick PDF Tools' })).toBeVisible();
    await tabTo(page, revokeGrant);
    await page.keyboard.press('Enter');
    dialog = page.getByRole('alertdialog', { name: 'Revoke the grant' });
  }
  await expect(dialog.getByRole('button', { name: 'Revoke', exact: true })).toBeEnabled();
  await tabTo(page, dialog.getByRole('button', { name: 'Revoke', exact: true }));
  await page.keyboard.press('Space');
  await expect(dialog.getByRole('status')).toHaveText('All 1 change done.');
  await tabTo(page, dialog.getByRole('button', { name: 'Close' }));
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('region', { name: /^Consented by Megan/ })).toHaveCount(0);
  const state = await emulatorState(request);
  expect(state.grants.some((g) => g.clientId === QUICK_PDF_TOOLS && g.principalId === MEGAN)).toBe(false);
});
