import type { Page } from '@playwright/test';
import { accountWithRole, EMULATOR_URL, expect, signIn, test } from './fixtures';

const NORTHWIND_APP_ID = '0e7f1d00-0004-4b6c-8d7e-9f0a1b2c3d04';

async function acceptGrantAccess(page: Page) {
  await page.getByRole('region', { name: 'Grant access' }).getByRole('button', { name: 'Grant access' }).click();
  await page.getByRole('button', { name: 'Accept' }).click();
}

test('the direct path creates exactly the previewed grant and app role assignment, after confirming high risk', async ({ page, request, demoAccounts }) => {
  await signIn(page, accountWithRole(demoAccounts, 'Global Administrator'));
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

  // The console needs write permissions first; the choice survives the consent redirect (it is in the URL).
  await acceptGrantAccess(page);
  await expect(changes.getByRole('listitem')).toHaveCount(2);
  const apply = page.getByRole('button', { name: 'Apply 2 changes' });
  await expect(apply).toBeDisabled();
  await page.getByRole('checkbox', { name: /^I understand/ }).click();
  await expect(page.getByRole('checkbox', { name: /^I understand/ })).toBeChecked();
  await apply.click();

  const results = page.getByRole('list', { name: 'Results' });
  await expect(page.getByText('All changes applied')).toBeVisible();
  await expect(results.getByRole('listitem')).toHaveText([/^Done: Grant Northwind HR Portal User\.Read, Mail\.Send/, /^Done: Grant Northwind HR Portal the application permission User\.Read\.All/]);

  const state = (await (await request.get(`${EMULATOR_URL}/_emulator/state`)).json()) as {
    servicePrincipals: { id: string; appId: string }[];
    grants: { clientId: string; resourceId: string; consentType: string; principalId: string | null; scope: string }[];
    appRoleAssignments: { principalId: string; resourceId: string; appRoleId: string }[];
  };
  const northwind = state.servicePrincipals.find((sp) => sp.appId === NORTHWIND_APP_ID)!.id;
  const graph = state.servicePrincipals.find((sp) => sp.appId === '00000003-0000-0000-c000-000000000000')!.id;
  expect(state.grants.filter((g) => g.clientId === northwind)).toEqual([
    expect.objectContaining({ consentType: 'AllPrincipals', principalId: null, resourceId: graph, scope: 'User.Read Mail.Send' }),
  ]);
  const assignments = state.appRoleAssignments.filter((a) => a.principalId === northwind);
  expect(assignments).toHaveLength(1);
  expect(assignments[0]).toMatchObject({ resourceId: graph, appRoleId: 'df021288-bdef-4463-88db-98f22de89214' });

  // Applying again writes nothing: the preview now says everything is held.
  await expect(page.getByText(/the application already holds everything chosen/)).toBeVisible();
});
