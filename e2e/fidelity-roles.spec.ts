// The emulator enforces the directory roles Microsoft documents for reads and writes; the console says
// which role a read or a change needs instead of failing, and never removes a group's app role as a user's.
import type { Page } from '@playwright/test';
import { APPLICATIONS_SCREEN, openApp, openApplications } from './apps-helpers';
import { emulatorState, expect, test } from './fixtures';
import { MEGAN_ID, USERS_SCREEN } from './users-support';

const SALES_TEAM_ASSIGNMENT = 'AssignSalesTeamNorthwindEmployee0000000009';
const TAILSPIN_ROLE_MANAGEMENT = 'AssignTailspinRoleMgmtReadWrite00000000004';
const roleNotes = (page: Page) => page.getByRole('group', { name: 'A directory role is needed' });

test('a Helpdesk Administrator is told which roles read grants and app roles, on Users and on Applications', async ({ page, request, signedInAs }) => {
  await signedInAs('helpdesk', { consentFor: USERS_SCREEN });
  const before = await emulatorState(request);

  await page.goto(`/users/${MEGAN_ID}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Megan Bowen' })).toBeVisible();
  await expect(
    roleNotes(page).filter({ hasText: "Reading users' delegated permission grants needs one of these directory roles: Global Reader" }),
  ).toBeVisible();
  await expect(roleNotes(page).filter({ hasText: 'Reading app role assignments needs one of these directory roles' }).first()).toContainText(
    'Your roles (Helpdesk Administrator) are not on the list.',
  );
  // Nothing failed with a raw error: every section that the role cannot read says so.
  await expect(page.getByText(/HTTP 403/)).toHaveCount(0);

  await page.goto('/apps');
  await expect(
    roleNotes(page).filter({ hasText: "Reading the tenant's delegated permission grants needs one of these directory roles: Global Reader" }),
  ).toBeVisible();
  await expect(page.getByRole('table', { name: 'Applications' })).toHaveCount(0);
  expect((await emulatorState(request)).grants).toEqual(before.grants);
});

test("a role a user holds through a group is shown as the group's and cannot be removed as the user's", async ({ page, request, signedInAs }) => {
  await signedInAs('global-admin', { consentFor: USERS_SCREEN });
  await page.goto(`/users/${MEGAN_ID}`);

  const roles = page.getByRole('table', { name: 'App roles assigned to Megan Bowen' });
  const viaGroup = roles.getByRole('row', { name: /via group Sales Team/ });
  await expect(viaGroup).toBeVisible();
  const remove = viaGroup.getByRole('button', { name: /assigned to the group Sales Team/ });
  await expect(remove).toBeDisabled();
  await expect(viaGroup).toContainText('Assigned to the group Sales Team (2 members): remove it from the group’s assignments, not from this user.');
  // Her own (direct) role stays removable.
  await expect(roles.getByRole('button', { name: 'Remove app role Notes reader in Litware Meeting Notes' })).toBeEnabled();

  const before = (await emulatorState(request)).appRoleAssignments;
  await remove.click({ force: true });
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  const after = (await emulatorState(request)).appRoleAssignments;
  expect(after).toEqual(before);
  expect(after.find((a) => a.id === SALES_TEAM_ASSIGNMENT)).toMatchObject({ principalType: 'Group' });
});

test('a Cloud Application Administrator sees Remove disabled on a Microsoft Graph app role, Privileged Role Administrator named', async ({
  page,
  request,
  signedInAs,
}) => {
  await signedInAs('cloud-app-admin', { consentFor: APPLICATIONS_SCREEN });
  await openApplications(page);
  await openApp(page, 'Tailspin Admin Automation');

  const table = page.getByRole('table', { name: 'Application permissions' });
  const remove = table.getByRole('button', { name: 'Remove RoleManagement.ReadWrite.Directory' });
  await expect(remove).toBeDisabled();
  await expect(
    table
      .getByText(
        "Your directory roles (Cloud Application Administrator) do not allow you to assign or remove Microsoft Graph's own app roles. Privileged Role Administrator (or Global Administrator) would.",
      )
      .first(),
  ).toBeVisible();

  const before = (await emulatorState(request)).appRoleAssignments;
  await remove.click({ force: true });
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  const after = (await emulatorState(request)).appRoleAssignments;
  expect(after).toEqual(before);
  expect(after.map((a) => a.id)).toContain(TAILSPIN_ROLE_MANAGEMENT);
});
