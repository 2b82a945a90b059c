/**
 * The Access review screen (issue 18, "since the last review"): an admin marks a review done; a plain
 * user then consents to an app new to the tenant (Relecloud Surveys, whose service principal the first
 * consent creates) and later widens that consent → the screen lists exactly that grant and app, then the
 * widening with exactly the added scope, and takes the added scope back through the change dialog,
 * recorded in Activity. The mark survives a reload, and the export holds the mark and its snapshot.
 */
import { readFile } from 'node:fs/promises';
import { APPLICATIONS_SCREEN, openActionDialog } from './apps-helpers';
import { emulatorState, expect, test } from './fixtures';
import { grantWhatTheScreenAsks } from './hardening';
import { expectNoSeriousAxeViolations } from './support/axe';
import { consentToRelecloud, RELECLOUD } from './support/relecloud';

test('since the last review: exactly a plain user’s consent to a new app, then exactly the scope a second consent added; the mark survives a reload and exports', async ({
  page,
  browser,
  request,
  signedInAs,
  demoAccount,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const megan = demoAccount('user');
  // The write permission too, before the mark: a Grant access afterwards would widen the console's own
  // grant, which the screen would rightly list as a change since the review.
  await signedInAs('global-admin', { consentFor: [...APPLICATIONS_SCREEN, 'DelegatedPermissionGrant.ReadWrite.All'] });
  await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Access review', exact: true }).click();
  await grantWhatTheScreenAsks(page);
  await expect(page.getByTestId('last-review')).toHaveText(/No review has been marked done/);
  await expect(page.getByRole('button', { name: 'Export the last review' })).toBeDisabled();

  // Mark the review: the confirmation says what is kept.
  await page.getByRole('button', { name: 'Mark review done' }).click();
  const confirm = page.getByRole('dialog', { name: 'Mark this review done?' });
  await expect(confirm).toContainText(/a snapshot of the inventory as it is now — \d+ service principals, \d+ delegated grants/);
  await confirm.getByRole('button', { name: 'Mark review done' }).click();
  await expect(confirm).toHaveCount(0);
  await expect(page.getByTestId('last-review')).toHaveText(/^Marked done on .* by .*admin@contoso\.example/);
  await expect(page.getByText('nothing new was granted.')).toBeVisible();
  // The mark is kept in the browser (IndexedDB): a reload still shows it. (Axe runs on the fresh page: Fluent's
  // focus trap leaves aria-hidden focus sentinels on <body> after any modal dialog closed.)
  await page.reload();
  await expect(page.getByTestId('last-review')).toHaveText(/^Marked done on .* by .*admin@contoso\.example/);
  await expect(page.getByText('nothing new was granted.')).toBeVisible();
  await expectNoSeriousAxeViolations(page, '/review, just marked');

  // Megan consents to an app the tenant did not hold: its service principal and her grant are created.
  await consentToRelecloud(browser, baseURL!, megan.upn, 'User.Read openid profile offline_access');
  const state = await emulatorState(request);
  const grant = state.grants.find((g) => g.clientId === RELECLOUD.spId);
  expect(grant?.principalId).toBe(megan.id);

  // Since the review: exactly that grant, and the new app.
  await page.reload();
  const items = page.getByRole('table', { name: 'Changes since the last review' }).getByTestId('since-review-item');
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText('New grant');
  await expect(items.first()).toContainText(RELECLOUD.name);
  await expect(items.first()).toContainText(/Megan/);
  await expect(items.first().getByRole('link', { name: RELECLOUD.name })).toHaveAttribute('href', `/apps/${RELECLOUD.spId}`);
  await expect(page.getByRole('list', { name: 'New apps' }).getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('list', { name: 'New apps' })).toContainText(RELECLOUD.name);
  await expectNoSeriousAxeViolations(page, '/review, one new grant');

  // Mark again, then Megan consents to one more scope: the same grant, widened by exactly that scope.
  await page.getByRole('button', { name: 'Mark review done' }).click();
  await page.getByRole('dialog', { name: 'Mark this review done?' }).getByRole('button', { name: 'Mark review done' }).click();
  await expect(page.getByText('nothing new was granted.')).toBeVisible();
  await consentToRelecloud(browser, baseURL!, megan.upn, 'User.Read Calendars.Read openid profile');
  const widened = (await emulatorState(request)).grants.find((g) => g.clientId === RELECLOUD.spId);
  expect(widened?.id).toBe(grant!.id);
  expect(widened?.scope.split(' ')).toContain('Calendars.Read');
  await page.reload();
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText('Widened: scopes added');
  await expect(items.first().getByRole('cell').nth(3)).toHaveText(/^Calendars\.Read on Microsoft Graph$/);
  await expect(page.getByText('Earlier reviews (1)')).toBeVisible();

  // Take back only the added scope, through the change dialog.
  // Select it and open the dialog; when the console lacks the write permission, the dialog's Grant access
  // comes back to this screen (the selection starts over), so selecting is part of opening.
  const revokeSelected = async () => {
    const box = items.filter({ hasText: RELECLOUD.name }).getByRole('checkbox');
    if (!(await box.isChecked())) await box.check();
    await page.getByRole('button', { name: 'Revoke selected (1)' }).click();
  };
  const dialog = await openActionDialog(page, revokeSelected, 'Take back 1 change since the last review');
  await dialog.getByRole('button', { name: 'Revoke' }).click();
  await expect(dialog.getByRole('status')).toHaveText('All 1 change done.');
  await dialog.getByRole('button', { name: 'Close' }).click();
  const after = (await emulatorState(request)).grants.find((g) => g.id === grant!.id);
  expect(after?.scope.split(' ')).not.toContain('Calendars.Read');
  expect(after?.scope.split(' ')).toContain('User.Read');

  // The export holds the last mark and its snapshot (with Megan's grant as it was marked).
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export the last review' }).click();
  const file = JSON.parse(await readFile(await (await download).path(), 'utf8')) as {
    kind: string;
    mark: { at: string; by: { upn: string }; snapshot: { grants: Array<{ id: string; scope: string }>; servicePrincipals: Array<{ id: string }> } };
  };
  expect(file.kind).toBe('consent-console-review');
  expect(file.mark.by.upn).toBe('admin@contoso.example');
  expect(file.mark.snapshot.servicePrincipals.map((s) => s.id)).toContain(RELECLOUD.spId);
  expect(file.mark.snapshot.grants.find((g) => g.id === grant!.id)?.scope.split(' ')).not.toContain('Calendars.Read');

  // Activity records the removal.
  await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Activity', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Activity log entries' }).getByRole('article')).toHaveCount(1);
  await expect(page.getByRole('list', { name: 'Activity log entries' })).toContainText(RELECLOUD.name);
});
