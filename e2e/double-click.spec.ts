import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { APPLICATIONS_SCREEN, openActionDialog, openApp, openApplications, spNamed } from './apps-helpers';
import { emulatorState, expect, test } from './fixtures';
import { MEGAN_ID, USERS_SCREEN } from './users-support';

// A change runs once however often its button is pressed: a double click on every confirm button makes
// one write (the emulator's audit log records each write Graph accepted) and one Activity entry.

const NORTHWIND_APP_ID = '0e7f1d00-0004-4b6c-8d7e-9f0a1b2c3d04';
const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';

/** The writes Graph accepted since `mark` (the audit log's length then), by activity name. */
async function writesSince(request: APIRequestContext, mark: number): Promise<string[]> {
  return (await emulatorState(request)).audit.slice(mark).map((e) => e.activityDisplayName);
}

async function auditMark(request: APIRequestContext): Promise<number> {
  return (await emulatorState(request)).audit.length;
}

/** Double-clicks a dialog's confirm button once it is enabled (the dialog first learns roles and permissions). */
async function doubleClick(confirm: Locator): Promise<void> {
  await expect(confirm).toBeEnabled();
  await confirm.dblclick();
}

async function activityEntries(page: Page): Promise<Locator> {
  await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Activity' }).click();
  return page.getByRole('list', { name: 'Activity log entries' }).getByRole('article');
}

test('app detail revoke, then its Activity restore: each double click writes once and logs once', async ({ page, request, signedInAs }) => {
  await signedInAs('global-admin', { consentFor: [...APPLICATIONS_SCREEN, 'DelegatedPermissionGrant.ReadWrite.All'] });
  await openApplications(page);
  await openApp(page, 'Quick PDF Tools');
  const card = page.getByRole('region', { name: /^Consented by Megan/ });
  const dialog = await openActionDialog(page, () => card.getByRole('button', { name: 'Revoke grant' }).click(), 'Revoke the grant');

  let mark = await auditMark(request);
  await doubleClick(dialog.getByRole('button', { name: 'Revoke' }));
  await expect(dialog.getByRole('status')).toHaveText('All 1 change done.');
  await dialog.getByRole('button', { name: 'Close' }).click();
  expect(await writesSince(request, mark)).toEqual(['Remove delegated permission grant']);
  const entries = await activityEntries(page);
  await expect(entries).toHaveCount(1);

  await entries.first().getByRole('button', { name: 'Restore' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Restore this change?' });
  await expect(confirm.getByRole('list', { name: 'Permissions to restore' })).toBeVisible();
  mark = await auditMark(request);
  await doubleClick(confirm.getByRole('button', { name: 'Restore' }));
  await expect(page.getByRole('status').filter({ hasText: 'Restored' })).toBeVisible();
  expect(await writesSince(request, mark)).toEqual(['Add delegated permission grant']);
  await expect(entries).toHaveCount(2);
  await expect(page.getByRole('article', { name: /^Restore: / })).toHaveCount(1);
});

test('Users revoke: a double click on Revoke writes once and logs once', async ({ page, request, signedInAs }) => {
  await signedInAs('user-admin', { consentFor: USERS_SCREEN });
  await page.goto(`/users/${MEGAN_ID}`);
  await page.getByRole('button', { name: 'Revoke for this user: Mail Helper Pro' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Revoke Mail Helper Pro for Megan Bowen' });

  const mark = await auditMark(request);
  await doubleClick(dialog.getByRole('button', { name: 'Revoke' }));
  await expect(dialog.getByRole('status')).toHaveText('All 1 change done.');
  expect(await writesSince(request, mark)).toEqual(['Remove delegated permission grant']);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(await activityEntries(page)).toHaveCount(1);
});

test('Grant through Graph: a double click on Grant writes once and logs once', async ({ page, request, signedInAs }) => {
  await signedInAs('global-admin', {
    consentFor: ['Directory.Read.All', 'DelegatedPermissionGrant.ReadWrite.All', 'AppRoleAssignment.ReadWrite.All', 'Application.Read.All'],
  });
  const graph = (await emulatorState(request)).servicePrincipals.find((sp) => sp.appId === GRAPH_APP_ID)!;
  await page.goto(`/consent/grant?appId=${NORTHWIND_APP_ID}&resource=${graph.id}&scopes=User.Read`);
  await page.getByRole('button', { name: 'Apply 1 change' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Grant permissions to Northwind HR Portal' });

  const mark = await auditMark(request);
  await doubleClick(dialog.getByRole('button', { name: 'Grant', exact: true }));
  await expect(dialog.getByRole('status')).toHaveText('All 1 change done.');
  expect(await writesSince(request, mark)).toEqual(['Add delegated permission grant']);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(await activityEntries(page)).toHaveCount(1);
});

test('showcase admin grant: a double click on Grant writes once and logs once', async ({ page, request, signedInAs }) => {
  await signedInAs('global-admin', { consentFor: ['Directory.Read.All', 'DelegatedPermissionGrant.ReadWrite.All'] });
  await page.goto('/consent/showcase?step=4');
  await page.getByRole('button', { name: 'Grant People.Read to the console for all users' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Grant People.Read to the console' });

  const mark = await auditMark(request);
  await doubleClick(dialog.getByRole('button', { name: 'Grant', exact: true }));
  await expect(dialog.getByRole('status')).toHaveText('All 1 change done.');
  const writes = await writesSince(request, mark);
  expect(writes).toHaveLength(1);
  expect(writes[0]).toMatch(/^(Add|Update) delegated permission grant$/);
  await dialog.getByRole('button', { name: 'Close' }).click();
  const state = await emulatorState(request);
  const consoleSp = spNamed(state, 'Consent Console');
  expect(state.grants.find((g) => g.clientId === consoleSp.id && g.consentType === 'AllPrincipals')?.scope.split(' ')).toContain('People.Read');
  await expect(await activityEntries(page)).toHaveCount(1);
});
