import { readFile } from 'node:fs/promises';
import type { OAuth2PermissionGrant } from '../emulator/tenant/types.ts';
import { GRAPH_PORT } from '../playwright.config';
import { APPLICATIONS_SCREEN, openActionDialog, openApp, openApplications, spNamed } from './apps-helpers';
import { emulatorState, expect, test } from './fixtures';
import { consoleAccessToken, injectFaults } from './hardening';

const scopeSet = (scope: string) => scope.split(/\s+/).filter(Boolean).sort();
/** What defines a grant, regardless of its id (a restore creates a new object). */
const definition = (g: OAuth2PermissionGrant) => ({
  clientId: g.clientId,
  resourceId: g.resourceId,
  consentType: g.consentType,
  principalId: g.principalId,
  scopes: scopeSet(g.scope),
});

test('a browser that changed nothing yet says what the Activity log will hold', async ({ page, signedInAs }) => {
  await signedInAs('global-admin');
  await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Activity' }).click();

  await expect(page.getByRole('heading', { name: 'Activity', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No entries yet' })).toBeVisible();
  await expect(page.getByText(/kept in this browser \(IndexedDB\)/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Export CSV' })).toBeDisabled();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a revoked user grant is listed in Activity, restored exactly as it was, and the log survives a reload', async ({ page, request, signedInAs }) => {
  // A consent round trip, a revocation, a restore and three reloads, on a machine shared with other runs.
  test.slow();
  const seed = await emulatorState(request);
  const mailHelper = spNamed(seed, 'Mail Helper Pro');
  const megan = seed.users.find((u) => u.userPrincipalName.startsWith('megan@'))!;
  const original = seed.grants.find((g) => g.clientId === mailHelper.id && g.principalId === megan.id)!;

  // The change, made through the console's Applications screen.
  await signedInAs('global-admin', { consentFor: APPLICATIONS_SCREEN });
  await openApplications(page);
  await openApp(page, 'Mail Helper Pro');
  const card = page.getByRole('region', { name: /^Consented by Megan/ });
  const revoke = await openActionDialog(page, () => card.getByRole('button', { name: 'Revoke grant' }).click(), 'Revoke the grant');
  await revoke.getByRole('button', { name: 'Revoke' }).click();
  await expect(revoke.getByRole('status')).toHaveText('All 1 change done.');
  await revoke.getByRole('button', { name: 'Close' }).click();
  expect((await emulatorState(request)).grants.find((g) => g.id === original.id)).toBeUndefined();

  // Activity: who, what, outcome, the grant as it was.
  await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Activity' }).click();
  const entries = page.getByRole('list', { name: 'Activity log entries' }).getByRole('article');
  await expect(entries).toHaveCount(1);
  const revoked = page.getByRole('article', { name: /^Revoke Mail Helper Pro's delegated permissions on Microsoft Graph for Megan/ });
  await expect(revoked).toContainText('Succeeded');
  await expect(revoked).toContainText('By admin@contoso.example');
  await revoked.getByRole('button', { name: 'Details' }).click();
  const before = revoked.getByRole('definition').filter({ hasText: original.scope });
  await expect(before).toBeVisible();

  // Restore: the confirmation lists exactly what is recreated.
  await revoked.getByRole('button', { name: 'Restore' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Restore this change?' });
  await expect(confirm.getByRole('list', { name: 'Permissions to restore' }).getByRole('listitem')).toHaveText(original.scope.split(' '));
  await confirm.getByRole('button', { name: 'Restore' }).click();
  await expect(confirm).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Restored' })).toBeVisible();

  const restored = (await emulatorState(request)).grants.filter((g) => g.clientId === mailHelper.id && g.principalId === megan.id);
  expect(restored.map(definition)).toEqual([definition(original)]);

  // Persisted: after a reload both entries are there, the revocation marked restored and linked to its restore.
  await page.reload();
  await expect(entries).toHaveCount(2);
  const restoreEntry = page.getByRole('article', { name: /^Restore: Revoke Mail Helper Pro's/ });
  await expect(entries.first()).toHaveAccessibleName(/^Restore: /);
  await expect(restoreEntry).toContainText('Succeeded');
  await expect(revoked).toContainText('Restored');
  await expect(revoked.getByRole('button', { name: 'Restore' })).toHaveCount(0);
  await revoked.getByRole('link', { name: 'See the restore' }).click();
  await expect(restoreEntry).toBeFocused();
  await restoreEntry.getByRole('link', { name: 'See the change it restored' }).click();
  await expect(revoked).toBeFocused();

  // Filters live in the URL; the export holds the entries shown.
  await page.getByRole('combobox', { name: 'Action' }).selectOption({ label: 'Restore' });
  await expect(page).toHaveURL(/\/activity\?action=restore$/);
  await page.reload();
  await expect(entries).toHaveCount(1);
  await expect(restoreEntry).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const csv = await readFile(await (await download).path(), 'utf8');
  const lines = csv.trim().split('\r\n');
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain(',restore,succeeded,');
  expect(csv).not.toMatch(/eyJ[\w-]+\.eyJ/);
});

test('a failed removal shows Graph’s error and request id and cannot be restored; the retried removal restores the app role as it was, and the log survives sign-out for its own account only', async ({
  page,
  request,
  signedInAs,
}) => {
  test.slow();
  const seed = await emulatorState(request);
  const original = seed.appRoleAssignments.find((a) => a.id === 'AssignTailspinRoleMgmtReadWrite00000000004')!;

  const admin = await signedInAs('global-admin', { consentFor: APPLICATIONS_SCREEN });
  await openApplications(page);
  await openApp(page, 'Tailspin Admin Automation');
  const table = page.getByRole('table', { name: 'Application permissions' });
  const dialog = await openActionDialog(
    page,
    () => table.getByRole('button', { name: 'Remove RoleManagement.ReadWrite.Directory' }).click(),
    'Remove the application permission',
  );
  await injectFaults(request, [{ method: 'DELETE', path: 'appRoleAssignedTo', status: 500, count: 1 }]);
  await dialog.getByRole('button', { name: 'Remove' }).click();
  await expect(dialog.getByRole('status')).toHaveText(/failed/);
  await dialog.getByRole('button', { name: 'Retry failed' }).click();
  await expect(dialog.getByRole('status')).toHaveText(/done\.$/);
  await dialog.getByRole('button', { name: 'Close' }).click();
  expect((await emulatorState(request)).appRoleAssignments.find((a) => a.id === original.id)).toBeUndefined();

  await page.goto('/activity');
  const entries = page.getByRole('list', { name: 'Activity log entries' }).getByRole('article');
  await expect(entries).toHaveCount(2);
  const failed = entries.filter({ hasText: 'Failed' });
  await expect(failed).toContainText('HTTP 500');
  await expect(failed).toContainText(/request-id [0-9a-f-]{36}/);
  await expect(failed.getByRole('button', { name: 'Restore' })).toHaveCount(0);

  await page.getByRole('combobox', { name: 'Outcome' }).selectOption({ label: 'Succeeded' });
  await expect(page).toHaveURL(/\/activity\?outcome=succeeded$/);
  await expect(entries).toHaveCount(1);
  const removed = entries.first();
  await expect(removed).toHaveAccessibleName(
    'Remove the application permission RoleManagement.ReadWrite.Directory on Microsoft Graph from Tailspin Admin Automation',
  );
  await removed.getByRole('button', { name: 'Restore' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Restore this change?' });
  await expect(confirm).toContainText(original.appRoleId);
  await confirm.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Restored' })).toBeVisible();

  const now = (await emulatorState(request)).appRoleAssignments.filter(
    (a) => a.principalId === original.principalId && a.resourceId === original.resourceId && a.appRoleId === original.appRoleId,
  );
  expect(now).toHaveLength(1);
  expect(now[0]!.principalType).toBe(original.principalType);

  // The log belongs to the account that made it: another account on this browser sees none of it;
  // the same account signing in again sees it all.
  const signOut = async (displayName: string) => {
    await page.getByRole('button', { name: `Account: ${displayName}` }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  };
  await signOut(admin.displayName);
  const reader = await signedInAs('global-reader');
  await page.goto('/activity');
  await expect(page.getByRole('heading', { name: 'No entries yet' })).toBeVisible();
  await expect(entries).toHaveCount(0);
  await signOut(reader.displayName);
  await signedInAs('global-admin');
  await page.goto('/activity');
  await expect(entries).toHaveCount(3);
  await expect(entries.first()).toHaveAccessibleName(/^Restore: Remove the application permission RoleManagement/);
  await expect(page.getByRole('article', { name: /^Remove the application permission/ }).filter({ hasText: 'Succeeded' })).toContainText('Restored');
});

test('another admin narrowed the grant after a partial removal: the preview says so, and the restore writes back only what the console removed', async ({
  page,
  request,
  signedInAs,
}) => {
  test.slow();
  const grantId = 'GrantMailHelperMeganGraph00000000000000006';
  const scopeNow = async () => (await emulatorState(request)).grants.find((g) => g.id === grantId)?.scope;
  expect(await scopeNow()).toBe('User.Read Mail.ReadWrite offline_access openid profile');

  // The console removes Mail.ReadWrite from megan's Mail Helper Pro grant.
  await signedInAs('global-admin', { consentFor: APPLICATIONS_SCREEN });
  await openApplications(page);
  await openApp(page, 'Mail Helper Pro');
  const card = page.getByRole('region', { name: /^Consented by Megan/ });
  const removal = await openActionDialog(
    page,
    async () => {
      await card.getByRole('checkbox', { name: 'Select Mail.ReadWrite' }).check();
      await card.getByRole('button', { name: 'Remove selected (1)' }).click();
    },
    'Remove permissions from the grant',
  );
  await removal.getByRole('button', { name: 'Remove' }).click();
  await expect(removal.getByRole('status')).toHaveText('All 1 change done.');
  await removal.getByRole('button', { name: 'Close' }).click();
  expect(await scopeNow()).toBe('User.Read offline_access openid profile');

  // Another admin removes offline_access through Graph, behind the console's back.
  const token = await consoleAccessToken(page, 'DelegatedPermissionGrant.ReadWrite.All');
  const patched = await request.patch(`http://localhost:${GRAPH_PORT}/v1.0/oauth2PermissionGrants/${grantId}`, {
    headers: { Authorization: `Bearer ${token}` },
    data: { scope: 'User.Read openid profile' },
  });
  expect(patched.status()).toBe(204);

  await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Activity' }).click();
  await page
    .getByRole('article', { name: /^Remove Mail\.ReadWrite from Mail Helper Pro/ })
    .getByRole('button', { name: 'Restore' })
    .click();
  const confirm = page.getByRole('alertdialog', { name: 'Restore this change?' });
  await expect(confirm.getByRole('list', { name: 'Permissions to restore' }).getByRole('listitem')).toHaveText(['Mail.ReadWrite']);
  await expect(confirm.getByRole('list', { name: 'What differs since the change' })).toHaveText('Removed since the change, and not restored: offline_access.');
  await expect(confirm).toContainText('The grant goes from User.Read openid profile to User.Read openid profile Mail.ReadWrite.');
  await confirm.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Restored' })).toBeVisible();

  expect(await scopeNow()).toBe('User.Read openid profile Mail.ReadWrite');
  await expect(page.getByRole('article', { name: /^Restore: Remove Mail\.ReadWrite/ })).toContainText(
    'Removed since the change, and not restored: offline_access.',
  );
});
