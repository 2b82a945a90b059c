import type { Page } from '@playwright/test';
import { emulatorState, expect, test } from './fixtures';

const NORTHWIND_APP_ID = '0e7f1d00-0004-4b6c-8d7e-9f0a1b2c3d04';
const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';

async function acceptGrantAccess(page: Page) {
  await page.getByRole('region', { name: 'Grant access' }).getByRole('button', { name: 'Grant access' }).click();
  await page.getByRole('button', { name: 'Accept' }).click();
}

test('the direct path creates exactly the previewed grant and app role assignment, after confirming high risk', async ({ page, request, signedInAs }) => {
  await signedInAs('global-admin');
  await page.goto(`/consent/grant?appId=${NORTHWIND_APP_ID}`);
  await acceptGrantAccess(page);

  await page.getByRole('combobox', { name: 'Resource API' }).selectOption({ label: 'Microsoft Graph' });
  const search = page.getByRole('textbox', { name: 'Find a permission' });
  await search.fill('User.Read');
  await page.getByRole('checkbox', { name: /^User\.Read — / }).click();
  await expect(page.getByRole('checkbox', { name: /^User\.Read — / })).toBeChecked();
  await page.getByRole('checkbox', { name: /^User\.Read\.All \(application\) — / }).click();
  await expect(page.getByRole('checkbox', { name: /^User\.Read\.All \(application\) — / })).toBeChecked();
  await search.fill('Mail.Send');
  await page.getByRole('checkbox', { name: /^Mail\.Send — / }).click();
  await expect(page.getByRole('checkbox', { name: /^Mail\.Send — / })).toBeChecked();

  const changes = page.getByRole('list', { name: 'Changes to apply' });
  await expect(changes.getByRole('listitem')).toHaveText([
    'Grant Northwind HR Portal User.Read, Mail.Send on Microsoft Graph for all users (admin consent)',
    'Grant Northwind HR Portal the application permission User.Read.All on Microsoft Graph',
  ]);
  await expect(page.getByText('A new AllPrincipals grant is created with scope User.Read Mail.Send.')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Risk of what is added' })).toContainText('High risk');

  // Apply always opens the confirmation naming exactly what is sent. The console needs write permissions
  // first: the dialog asks for them, and the choice survives the consent redirect (it is in the URL).
  const apply = page.getByRole('button', { name: 'Apply 2 changes' });
  await expect(apply).toBeDisabled();
  const understand = page.getByRole('checkbox', { name: /^I understand/ });
  await understand.click();
  await expect(understand).toBeChecked();
  await apply.click();
  const dialog = page.getByRole('alertdialog', { name: 'Grant permissions to Northwind HR Portal' });
  await expect(dialog).toBeVisible();
  await acceptGrantAccess(page);
  await expect(changes.getByRole('listitem')).toHaveCount(2);
  await understand.click();
  await apply.click();
  // Both can be restored: the grant's addition by taking away what it added, the app role by removing the assignment it created.
  await expect(dialog.getByRole('list', { name: 'Changes' }).getByRole('listitem')).toHaveText([
    'Grant Northwind HR Portal User.Read, Mail.Send on Microsoft Graph for all users (admin consent)',
    'Grant Northwind HR Portal the application permission User.Read.All on Microsoft Graph',
  ]);
  await dialog.getByRole('button', { name: 'Grant', exact: true }).click();

  const results = dialog.getByRole('list', { name: 'Results' });
  await expect(dialog.getByRole('status')).toHaveText('All 2 changes done.');
  await expect(results.getByRole('listitem')).toHaveText([
    /^Done: Grant Northwind HR Portal User\.Read, Mail\.Send/,
    /^Done: Grant Northwind HR Portal the application permission User\.Read\.All/,
  ]);
  await dialog.getByRole('button', { name: 'Close' }).click();

  const state = await emulatorState(request);
  const northwind = state.servicePrincipals.find((sp) => sp.appId === NORTHWIND_APP_ID)!.id;
  const graph = state.servicePrincipals.find((sp) => sp.appId === GRAPH_APP_ID)!.id;
  expect(state.grants.filter((g) => g.clientId === northwind)).toEqual([
    expect.objectContaining({ consentType: 'AllPrincipals', principalId: null, resourceId: graph, scope: 'User.Read Mail.Send' }),
  ]);
  const assignments = state.appRoleAssignments.filter((a) => a.principalId === northwind);
  expect(assignments).toHaveLength(1);
  expect(assignments[0]).toMatchObject({ resourceId: graph, appRoleId: 'df021288-bdef-4463-88db-98f22de89214' });

  // Applying again writes nothing: the preview now says everything is held.
  await expect(page.getByText(/the application already holds everything chosen/)).toBeVisible();

  // Restoring the application permission from Activity removes exactly the assignment the grant created.
  await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Activity' }).click();
  const added = page.getByRole('article', { name: /^Grant Northwind HR Portal the application permission User\.Read\.All/ });
  await added.getByRole('button', { name: 'Restore' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Restore this change?' });
  await expect(confirm).toContainText(
    'Removes the application permission User.Read.All on Microsoft Graph from Northwind HR Portal (the assignment the change created).',
  );
  await confirm.getByRole('button', { name: 'Restore' }).click();
  await expect(confirm).toHaveCount(0);
  await expect(added).toContainText('Restored');
  expect((await emulatorState(request)).appRoleAssignments.filter((a) => a.principalId === northwind)).toEqual([]);
});

test('a crafted link with preselected permissions stops at the confirmation: nothing is granted until it is confirmed', async ({
  page,
  request,
  signedInAs,
}) => {
  await signedInAs('global-admin');
  const seed = await emulatorState(request);
  const northwind = seed.servicePrincipals.find((sp) => sp.appId === NORTHWIND_APP_ID)!.id;
  const graph = seed.servicePrincipals.find((sp) => sp.appId === GRAPH_APP_ID)!.id;
  const northwindGrants = async () => (await emulatorState(request)).grants.filter((g) => g.clientId === northwind);

  // A low-risk permission: no "I understand" step, and still nothing is written without the dialog.
  await page.goto(`/consent/grant?appId=${NORTHWIND_APP_ID}&resource=${graph}&scopes=User.Read`);
  await acceptGrantAccess(page);
  const apply = page.getByRole('button', { name: 'Apply 1 change' });
  await apply.click();
  const dialog = page.getByRole('alertdialog', { name: 'Grant permissions to Northwind HR Portal' });
  await expect(dialog.getByRole('list', { name: 'Changes' })).toHaveText(
    'Grant Northwind HR Portal User.Read on Microsoft Graph for all users (admin consent)',
  );
  expect(await northwindGrants()).toEqual([]);

  // The write permission is asked for in the dialog; coming back from consent applies nothing either.
  await acceptGrantAccess(page);
  await expect(page).toHaveURL(new RegExp(`/consent/grant\\?appId=${NORTHWIND_APP_ID}&resource=${graph}&scopes=User\\.Read$`));
  await expect(apply).toBeVisible();
  expect(await northwindGrants()).toEqual([]);

  await apply.click();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  expect(await northwindGrants()).toEqual([]);

  await apply.click();
  await dialog.getByRole('button', { name: 'Grant', exact: true }).click();
  await expect(dialog.getByRole('status')).toHaveText('All 1 change done.');
  expect(await northwindGrants()).toEqual([expect.objectContaining({ scope: 'User.Read' })]);
});
