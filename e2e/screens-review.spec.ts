/**
 * What reading the screens found (issue 16): Home says when each permission is asked for, pages keep
 * their header while they load or fail, admin consent says who can grant it before sending a plain user
 * to Microsoft's page, and the showcase's steps are a list.
 */
import { APPLICATIONS_SCREEN } from './apps-helpers';
import { expect, test } from './fixtures';
import { clearFaults, injectFaults } from './hardening';
import { USERS_SCREEN } from './users-support';

const NORTHWIND_APP_ID = '0e7f1d00-0004-4b6c-8d7e-9f0a1b2c3d04';
const NO_SUCH_OBJECT = '99999999-0000-4000-8000-000000000099';

test.afterEach(async ({ request }) => clearFaults(request));

test('Home: a screen asks for what it reads when you open it, and for what it writes only when you make a change', async ({ page, signedInAs }) => {
  await signedInAs('user');
  const screens = page.getByRole('main');
  const apps = screens.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Applications', exact: true }) });
  await expect(apps).toContainText('Asks for Application.Read.All, Directory.Read.All, User.ReadBasic.All when you open it.');
  await expect(apps).toContainText('Asks for DelegatedPermissionGrant.ReadWrite.All, AppRoleAssignment.ReadWrite.All only when you make a change.');
  const activity = screens.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Activity', exact: true }) });
  await expect(activity).not.toContainText('when you open it');
  await expect(activity).toContainText('only when you make a change');
});

test("a user's page that fails keeps its header: the id it was opened with and the way back", async ({ page, signedInAs }) => {
  await signedInAs('user-admin', { consentFor: USERS_SCREEN });
  await page.goto(`/users/${NO_SUCH_OBJECT}`);
  await expect(page.getByRole('heading', { level: 1, name: NO_SUCH_OBJECT })).toBeVisible();
  await expect(page.getByRole('link', { name: '← Users' })).toBeVisible();
  await expect(page.getByText('Not found', { exact: true })).toBeVisible();
});

test("an application's page whose read fails keeps its header: its object id and the way back", async ({ page, signedInAs, request }) => {
  await signedInAs('global-admin', { consentFor: APPLICATIONS_SCREEN });
  await injectFaults(request, [{ method: 'GET', path: '/servicePrincipals', status: 500 }]);
  await page.goto(`/apps/${NO_SUCH_OBJECT}`);
  await expect(page.getByText(/HTTP 500/).first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 1, name: 'Application' })).toBeVisible();
  await expect(page.getByText(`Object ID ${NO_SUCH_OBJECT}.`)).toBeVisible();
  await expect(page.getByRole('link', { name: 'All applications' })).toBeVisible();
});

test('admin consent says which roles grant it, and what a plain user can do instead, before Microsoft’s page', async ({ page, signedInAs }) => {
  await signedInAs('user');
  await page.goto(`/consent/admin?appId=${NORTHWIND_APP_ID}`);
  const note = page.getByText('An administrator grants admin consent').locator('..');
  await expect(note).toContainText('Your account holds no directory role that may grant admin consent for the organization.');
  await expect(note).toContainText('Cloud Application Administrator');
  await expect(note.getByRole('link', { name: 'Consent links' })).toBeVisible();
  await expect(page.getByText(/It needs one of these directory roles: Cloud Application Administrator, Application Administrator/)).toBeVisible();
  // The app's name is unreadable to this account: the texts say "this application", never its id.
  await expect(page.getByRole('button', { name: 'Open admin consent for this application' })).toHaveText('Open admin consent for this application');
});

test('admin consent shows no role note to an account that can grant it', async ({ page, signedInAs }) => {
  await signedInAs('cloud-app-admin', { consentFor: ['Directory.Read.All'] });
  await page.goto(`/consent/admin?appId=${NORTHWIND_APP_ID}`);
  await expect(page.getByRole('button', { name: /^Open admin consent for/ })).toBeEnabled();
  await expect(page.getByRole('heading', { name: /Northwind HR Portal: granted now/ })).toBeVisible();
  await expect(page.getByText('An administrator grants admin consent')).toHaveCount(0);
});

test("the showcase's admin-grant step is a list of its three parts", async ({ page, signedInAs }) => {
  await signedInAs('global-admin');
  await page.goto('/consent/showcase?step=4');
  const parts = page.getByRole('list', { name: 'What this step does' }).getByRole('listitem');
  await expect(parts).toHaveCount(3);
  await expect(parts.first()).toContainText('An administrator grants the console People.Read for all users');
});

test("the Type column and an app's summary say who publishes it, as every screen does: the console is the organization's own", async ({ page, signedInAs }) => {
  await signedInAs('global-admin', { consentFor: APPLICATIONS_SCREEN });
  await page.goto('/apps');
  const table = page.getByRole('table', { name: 'Applications' });
  const consoleRow = table.getByRole('row').filter({ has: page.getByRole('link', { name: 'Consent Console', exact: true }) });
  await expect(consoleRow.getByRole('cell', { name: 'Your organization', exact: true })).toBeVisible();
  await expect(table.getByText('Third-party')).toHaveCount(0);
  await consoleRow.getByRole('link', { name: 'Consent Console', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Consent Console' })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: 'Your organization' })).toBeVisible();
});

test("Activity's empty state lists every kind of change the log records", async ({ page, signedInAs }) => {
  await signedInAs('global-admin');
  await page.goto('/activity');
  const recorded = page.getByRole('list', { name: 'What the log records' });
  await expect(recorded).toContainText('Admin consent (Microsoft’s consent page)');
  await expect(recorded).toContainText('Graph request sent from Diagnose');
});
