import type { APIRequestContext, Page } from '@playwright/test';
import { emulatorState, expect, test } from './fixtures';
import { grantForOrganization, MEGAN_ID, USERS_SCREEN } from './users-support';

// An admin first grants the Users screen's permissions for everyone: several sign-in/consent round trips.
test.describe.configure({ timeout: 180_000 });

const LITWARE_ROLE = 'AssignMeganLitwareNotesReader0000000000008';

const assignments = async (request: APIRequestContext) => (await emulatorState(request)).appRoleAssignments;

const removeButton = (page: Page) =>
  page.getByRole('table', { name: 'App roles assigned to Megan Bowen' }).getByRole('button', { name: 'Remove app role Notes reader in Litware Meeting Notes' });

test('an admin removes an app role from megan on her page, only that assignment goes, and Activity restores it as it was', async ({
  page,
  request,
  signedInAs,
}) => {
  await signedInAs('global-admin', { consentFor: USERS_SCREEN });
  const before = await assignments(request);
  const original = before.find((a) => a.id === LITWARE_ROLE)!;
  expect(original).toMatchObject({ principalId: MEGAN_ID, principalType: 'User' });

  await page.goto(`/users/${MEGAN_ID}`);
  await removeButton(page).click();
  // Changing app roles is a permission of its own, asked for when first needed; the grant returns here.
  let dialog = page.getByRole('alertdialog', { name: 'Remove Notes reader from Megan Bowen' });
  await grantForOrganization(page, dialog.getByRole('region', { name: 'Grant access' }));
  await expect(page).toHaveURL(new RegExp(`/users/${MEGAN_ID}$`));
  await removeButton(page).click();
  dialog = page.getByRole('alertdialog', { name: 'Remove Notes reader from Megan Bowen' });
  await expect(dialog.getByRole('list', { name: 'Changes' })).toHaveText('Remove the app role Notes reader in Litware Meeting Notes from Megan Bowen');
  await expect(dialog.getByText(/Tokens already issued to Megan Bowen keep this role/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Remove' }).click();
  await expect(dialog.getByRole('status')).toHaveText(/done\.$/);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(removeButton(page)).toHaveCount(0);
  // What she holds through her groups stays.
  await expect(page.getByRole('table', { name: 'App roles assigned to Megan Bowen' }).getByRole('row', { name: /via group Sales Team/ })).toBeVisible();

  // Exactly that assignment is gone; every other app role and application permission stays.
  expect(await assignments(request)).toEqual(before.filter((a) => a.id !== LITWARE_ROLE));

  await page.getByRole('link', { name: 'Activity' }).first().click();
  const entry = page.getByRole('article', { name: 'Remove the app role Notes reader in Litware Meeting Notes from Megan Bowen' });
  await expect(entry).toContainText('Succeeded');
  await entry.getByRole('button', { name: 'Restore' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Restore this change?' });
  await confirm.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Restored' })).toBeVisible();

  const restored = (await assignments(request)).filter((a) => a.principalId === MEGAN_ID && a.resourceId === original.resourceId);
  expect(restored).toHaveLength(1);
  expect(restored[0]).toMatchObject({ appRoleId: original.appRoleId, principalType: 'User' });
  await page.goto(`/users/${MEGAN_ID}`);
  await expect(removeButton(page)).toBeVisible();
});

test('a Global Reader sees Remove disabled for app roles, with the reason and the role that would allow it', async ({ page, request, signedInAs }) => {
  await signedInAs('global-reader', { consentFor: USERS_SCREEN });
  await page.goto(`/users/${MEGAN_ID}`);

  const remove = removeButton(page);
  await expect(remove).toBeDisabled();
  await expect(remove).toHaveAccessibleDescription(/Your directory roles \(Global Reader\) do not allow you to assign or remove app roles\. \w+/);
  const before = await assignments(request);
  await remove.click({ force: true });
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  expect(await assignments(request)).toEqual(before);
});
