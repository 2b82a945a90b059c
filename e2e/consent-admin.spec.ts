import type { APIRequestContext } from '@playwright/test';
import { APPLICATIONS_SCREEN } from './apps-helpers';
import { EMULATOR_URL, emulatorState, expect, test } from './fixtures';

const NORTHWIND_APP_ID = '0e7f1d00-0004-4b6c-8d7e-9f0a1b2c3d04';
const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';

/** Northwind HR Portal's grants and app role assignments, and Microsoft Graph's object id. */
async function northwindState(request: APIRequestContext) {
  const state = await emulatorState(request);
  const idOf = (appId: string) => state.servicePrincipals.find((sp) => sp.appId === appId)!.id;
  const northwind = idOf(NORTHWIND_APP_ID);
  return {
    graphId: idOf(GRAPH_APP_ID),
    grants: state.grants.filter((g) => g.clientId === northwind),
    assignments: state.appRoleAssignments.filter((a) => a.principalId === northwind),
  };
}

test('a Global Administrator grants admin consent on Microsoft’s page: AllPrincipals grant and app role assignment created, shown on return', async ({
  page,
  request,
  signedInAs,
}) => {
  expect((await northwindState(request)).grants).toEqual([]);
  // The console reads applications and grants: consented for the organization beforehand.
  await signedInAs('global-admin', { consentFor: APPLICATIONS_SCREEN });
  await page.goto('/consent/admin');
  await page.getByRole('textbox', { name: 'Application to consent to' }).fill('Northwind');
  await page.getByRole('button', { name: 'Choose Northwind HR Portal' }).click();
  await expect(page).toHaveURL(new RegExp(`/consent/admin\\?appId=${NORTHWIND_APP_ID}$`));
  await expect(page.getByRole('cell', { name: 'No delegated permission was granted for all users.' })).toBeVisible();

  await page.getByRole('button', { name: 'Open admin consent for Northwind HR Portal' }).click();
  await expect(page).toHaveURL(new RegExp(`^${EMULATOR_URL}/`));
  await expect(page.getByText(/Accept for your organization/)).toBeVisible();
  await page.getByRole('button', { name: 'Accept' }).click();

  await expect(page).toHaveURL(/\/admin-consent\/result\?admin_consent=True/);
  await expect(page.getByText('Admin consent granted')).toBeVisible();
  // The banner names what was granted (read back), not the scope string it was asked for.
  const granted = page.getByRole('status').filter({ hasText: 'Admin consent granted' });
  await expect(granted).toContainText(
    'Northwind HR Portal was granted User.Read, User.ReadBasic.All (delegated) and User.Read.All (application) on Microsoft Graph for everyone in the organization.',
  );
  const delegated = page.getByRole('table', { name: 'Delegated permissions granted to Northwind HR Portal for all users' });
  await expect(delegated.getByRole('row', { name: /Microsoft Graph/ })).toContainText('User.Read User.ReadBasic.All');
  await expect(
    page.getByRole('table', { name: 'Application permissions of Northwind HR Portal' }).getByRole('cell', { name: 'User.Read.All', exact: true }),
  ).toBeVisible();

  const after = await northwindState(request);
  expect(after.grants).toEqual([
    expect.objectContaining({ consentType: 'AllPrincipals', principalId: null, resourceId: after.graphId, scope: 'User.Read User.ReadBasic.All' }),
  ]);
  expect(after.assignments).toHaveLength(1);
  expect(after.assignments[0]).toMatchObject({ resourceId: after.graphId });
});

test('a plain user asking for admin consent gets the not-an-admin error explained, and nothing is granted', async ({ page, request, signedInAs }) => {
  await signedInAs('user');
  await page.goto(`/consent/admin?appId=${NORTHWIND_APP_ID}`);
  // A plain user cannot read the app's name: the button says "this application", not its id.
  await page.getByRole('button', { name: 'Open admin consent for this application' }).click();

  await expect(page).toHaveURL(/\/admin-consent\/result\?error=/);
  const failed = page.getByRole('region', { name: 'Admin consent not granted' });
  await expect(failed.getByText('Not allowed to consent for the organization')).toBeVisible();
  await expect(failed.getByText('AADSTS90093', { exact: true })).toBeVisible();
  await expect(failed.getByText(/Sign in with an administrator account/)).toBeVisible();
  const after = await northwindState(request);
  expect(after.grants).toEqual([]);
  expect(after.assignments).toEqual([]);
});

test('a response whose state was tampered with (or is missing) is refused, and nothing is read', async ({ page, signedInAs }) => {
  await signedInAs('global-admin');
  await page.goto(`/consent/admin?appId=${NORTHWIND_APP_ID}`);
  await page.getByRole('button', { name: /^Open admin consent for/ }).click();
  await expect(page).toHaveURL(new RegExp(`^${EMULATOR_URL}/`));
  const real = new URL(page.url()).searchParams.get('state')!;
  expect(real).toMatch(/^[A-Za-z0-9_-]{43}$/);

  let graphCalls = 0;
  page.on('request', (r) => {
    if (/\/v1\.0\//.test(r.url())) graphCalls++;
  });
  const answer = (state: string | null) =>
    `/admin-consent/result?admin_consent=True&tenant=x&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default${state === null ? '' : `&state=${state}`}`;

  await page.goto(answer(`${real.slice(0, -2)}xx`));
  const refused = page.getByRole('alert').filter({ hasText: 'Admin consent response refused' });
  await expect(refused).toContainText('may have been forged or tampered with');
  await expect(page.getByText('Admin consent granted')).toHaveCount(0);

  // The forged answer also voided the request: even the real state is no longer accepted.
  await page.goto(answer(real));
  await expect(page.getByRole('alert').filter({ hasText: 'no admin consent request waiting' })).toBeVisible();

  await page.goto(answer(null));
  await expect(page.getByRole('alert').filter({ hasText: 'carries no state' })).toBeVisible();
  expect(graphCalls).toBe(0);
});
