/**
 * Layout that holds (issue 16, item 5): at 1280×800, 1920×1080 and 320×800 the Global Administrator opens
 * every screen, an app's and a user's page, Activity with an entry, Diagnose with an API chosen, and every
 * dialog, and the layout check (e2e/support/layout-check.ts) finds no text overlapping other text, no text
 * cut off without its full text, nothing past the right edge, and every dialog's actions within reach.
 * One sign-in per size; each state's findings are a soft assertion, so one run reports them all.
 * LAYOUT_SHOTS=<folder> also saves a screenshot of every state there, to look at as a person would.
 */
import type { Page, TestInfo } from '@playwright/test';
import { APPLICATIONS_SCREEN, openActionDialog, openApp } from './apps-helpers';
import { emulatorState, expect, test } from './fixtures';
import { grantWhatTheScreenAsks, navScreens } from './hardening';
import { checkLayout, formatFinding } from './support/layout-check';
import { grantForOrganization, MEGAN_ID, USERS_SCREEN } from './users-support';

const QUICK_PDF_TOOLS = '20000000-0000-4000-8000-000000000031';
const NORTHWIND_APP_ID = '0e7f1d00-0004-4b6c-8d7e-9f0a1b2c3d04';
// Changing app roles is left out: the remove-app-role dialog shows its Grant access panel first.
const CONSENTED = [...new Set([...APPLICATIONS_SCREEN, ...USERS_SCREEN])];

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
  { width: 320, height: 800 },
] as const;

/** Checks the layout of the state the test is in (a soft assertion: the walk goes on), with a screenshot when it fails. */
function layoutLook(page: Page, testInfo: TestInfo, size: string) {
  const shots = process.env.LAYOUT_SHOTS;
  return async (where: string) => {
    // What a person reads once things stop moving: no opening dialog or panel still animating (spinners loop forever and do not count).
    await expect
      .poll(() =>
        page.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running' && a.effect?.getComputedTiming().endTime !== Infinity).length),
      )
      .toBe(0);
    const found = (await checkLayout(page)).map(formatFinding);
    expect.soft(found, `layout of ${where} at ${size}`).toEqual([]);
    const name = `${size} ${where}`.replace(/[^\w.-]+/g, '_');
    if (shots) await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
    if (found.length > 0) await testInfo.attach(name, { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
  };
}

const cancel = async (page: Page) => {
  await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
};

for (const size of SIZES) {
  const label = `${size.width}×${size.height}`;
  test.describe(label, () => {
    test(`every screen and dialog reads cleanly at ${label}`, async ({ page, request, signedInAs }, testInfo) => {
      test.setTimeout(300_000);
      await signedInAs('global-admin', { consentFor: CONSENTED });
      const screens = await navScreens(page);
      await page.setViewportSize(size);
      const look = layoutLook(page, testInfo, label);

      for (const screen of screens) {
        await page.goto(screen.path);
        await grantWhatTheScreenAsks(page);
        await look(screen.path);
      }

      // Consent links, built.
      await page.goto('/consent/url-builder');
      await page.getByRole('textbox', { name: /Application \(client\) id/ }).fill(NORTHWIND_APP_ID);
      await page.getByRole('textbox', { name: /Redirect URI/ }).fill('https://hr.northwind.example/auth');
      await expect(page.getByRole('textbox', { name: 'Admin consent link (v2)', exact: true })).toBeVisible();
      await look('consent links built');

      // An app's page: revoke a grant (the dialog, then its results), remove scopes from a grant.
      await page.goto(`/apps/${QUICK_PDF_TOOLS}`);
      await grantWhatTheScreenAsks(page);
      await look('app detail');
      const card = page.getByRole('region', { name: /^Consented by Megan/ });
      const revoke = await openActionDialog(page, () => card.getByRole('button', { name: 'Revoke grant' }).click(), 'Revoke the grant');
      await look('revoke grant dialog');
      await revoke.getByRole('button', { name: 'Revoke' }).click();
      await expect(revoke.getByRole('status')).toHaveText('All 1 change done.');
      await look('revoke grant results');
      await revoke.getByRole('button', { name: 'Close' }).click();

      await page.goto('/apps');
      await openApp(page, 'Litware Meeting Notes');
      const graphGrant = page.getByRole('region', { name: 'Admin consent for all users on Microsoft Graph' });
      await graphGrant.getByRole('checkbox', { name: 'Select profile' }).check();
      await graphGrant.getByRole('button', { name: 'Remove selected (1)' }).click();
      await expect(page.getByRole('alertdialog', { name: 'Remove permissions from the grant' }).getByRole('list', { name: 'Changes' })).toBeVisible();
      await look('remove scopes dialog');
      await cancel(page);

      // A user's page: revoke for this user; remove an app role (Grant access first, then the change).
      await page.goto(`/users/${MEGAN_ID}`);
      await grantWhatTheScreenAsks(page);
      await look('user page');
      const own = page.getByRole('table', { name: 'Apps Megan Bowen consented to' });
      await own.getByRole('button', { name: 'Revoke for this user: Mail Helper Pro' }).click();
      await expect(page.getByRole('alertdialog', { name: 'Revoke Mail Helper Pro for Megan Bowen' }).getByRole('list', { name: 'Changes' })).toBeVisible();
      await look('revoke for this user dialog');
      await cancel(page);
      const removeRole = page
        .getByRole('table', { name: 'App roles assigned to Megan Bowen' })
        .getByRole('button', { name: 'Remove app role Notes reader in Litware Meeting Notes' });
      await removeRole.click();
      const roleDialog = page.getByRole('alertdialog', { name: 'Remove Notes reader from Megan Bowen' });
      await expect(roleDialog.getByRole('region', { name: 'Grant access' })).toBeVisible();
      await look('remove app role dialog, Grant access');
      await grantForOrganization(page, roleDialog.getByRole('region', { name: 'Grant access' }));
      await expect(page).toHaveURL(new RegExp(`/users/${MEGAN_ID}$`));
      await removeRole.click();
      await expect(roleDialog.getByRole('list', { name: 'Changes' })).toBeVisible();
      await look('remove app role dialog');
      await cancel(page);

      // Activity with the revocation above, and its restore preview.
      await page.goto('/activity');
      const entry = page.getByRole('list', { name: 'Activity log entries' }).getByRole('article').first();
      await expect(entry).toBeVisible();
      await look('activity with an entry');
      await entry.getByRole('button', { name: 'Restore' }).click();
      await expect(page.getByRole('alertdialog', { name: 'Restore this change?' }).getByRole('list', { name: 'Permissions to restore' })).toBeVisible();
      await look('restore dialog');
      await cancel(page);

      // Diagnose with an API chosen, and a write's confirmation.
      await page.goto(`/diagnose?${new URLSearchParams({ method: 'GET', path: '/me/messages' })}`);
      await expect(page.getByRole('heading', { level: 2, name: 'GET /me/messages' })).toBeVisible({ timeout: 30_000 });
      await expect(page.getByRole('table', { name: "Status of the console's APIs" })).toBeVisible();
      await look('diagnose with an API chosen');
      const grant = (await emulatorState(request)).grants.find((g) => g.consentType === 'Principal' && g.scope !== 'User.Read')!;
      await page.goto(`/diagnose?${new URLSearchParams({ method: 'PATCH', path: `/oauth2PermissionGrants/${grant.id}` })}`);
      await page.getByRole('textbox', { name: 'Request body (JSON)' }).fill('{"scope":"User.Read"}');
      await page.getByRole('button', { name: 'Run it anyway…' }).click();
      await expect(page.getByRole('alertdialog', { name: 'Send this write to Microsoft Graph?' }).getByRole('list', { name: 'Changes' })).toBeVisible();
      await look('diagnose write dialog');
      await cancel(page);

      // Grant through Graph: the preview and its confirmation.
      await page.goto(`/consent/grant?appId=${NORTHWIND_APP_ID}`);
      await grantWhatTheScreenAsks(page);
      await page.getByRole('combobox', { name: 'Resource API' }).selectOption({ label: 'Microsoft Graph' });
      await page.getByRole('textbox', { name: 'Find a permission' }).fill('Mail.Send');
      await page.getByRole('checkbox', { name: /^Mail\.Send — / }).click();
      await expect(page.getByRole('list', { name: 'Changes to apply' }).getByRole('listitem')).toHaveCount(1);
      await look('grant through Graph preview');
      await page.getByRole('checkbox', { name: /^I understand/ }).click();
      await page.getByRole('button', { name: 'Apply 1 change' }).click();
      const grantDialog = page.getByRole('alertdialog', { name: 'Grant permissions to Northwind HR Portal' });
      await expect(
        grantDialog
          .getByRole('list', { name: 'Changes' })
          .or(grantDialog.getByRole('region', { name: 'Grant access' }))
          .first(),
      ).toBeVisible();
      await look('grant through Graph dialog');
      await cancel(page);
    });
  });
}
