import { APPLICATIONS_SCREEN, openActionDialog, openApp, openApplications, spNamed } from './apps-helpers';
import { emulatorState, expect, test } from './fixtures';
import { injectFaults } from './hardening';

test("revoke a user's whole grant: the dialog says exactly what changes and Graph no longer holds it", async ({ page, request, signedInAs }) => {
  await signedInAs('global-admin', { consentFor: APPLICATIONS_SCREEN });
  await openApplications(page);
  await openApp(page, 'Quick PDF Tools');
  const card = page.getByRole('region', { name: /^Consented by Megan/ });
  const dialog = await openActionDialog(page, () => card.getByRole('button', { name: 'Revoke grant' }).click(), 'Revoke the grant');
  await expect(dialog.getByRole('list', { name: 'Changes' })).toContainText(
    /Revoke Quick PDF Tools's delegated permissions on Microsoft Graph for Megan.*: User\.Read Files\.Read/,
  );
  await dialog.getByRole('button', { name: 'Revoke' }).click();
  await expect(dialog.getByRole('status')).toHaveText('All 1 change done.');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('region', { name: /^Consented by Megan/ })).toHaveCount(0);

  const state = await emulatorState(request);
  const quickPdf = spNamed(state, 'Quick PDF Tools');
  const megan = state.users.find((u) => u.userPrincipalName.startsWith('megan@'))!;
  expect(state.grants.filter((g) => g.clientId === quickPdf.id).map((g) => g.principalId)).not.toContain(megan.id);
  expect(state.grants.filter((g) => g.clientId === quickPdf.id)).toHaveLength(1);
});

test('remove chosen scopes (PATCH keeps the rest), then the last scope of a grant deletes it', async ({ page, request, signedInAs }) => {
  await signedInAs('global-admin', { consentFor: APPLICATIONS_SCREEN });
  await openApplications(page);
  await openApp(page, 'Litware Meeting Notes');
  const graphGrant = page.getByRole('region', { name: 'Admin consent for all users on Microsoft Graph' });
  const dialog = await openActionDialog(
    page,
    async () => {
      await graphGrant.getByRole('checkbox', { name: 'Select profile' }).check();
      await graphGrant.getByRole('button', { name: 'Remove selected (1)' }).click();
    },
    'Remove permissions from the grant',
  );
  await expect(dialog.getByRole('list', { name: 'Changes' })).toContainText('(keeps User.Read openid)');
  await dialog.getByRole('button', { name: 'Remove' }).click();
  await expect(dialog.getByRole('status')).toHaveText('All 1 change done.');
  await dialog.getByRole('button', { name: 'Close' }).click();

  const sharePoint = page.getByRole('region', { name: /^Admin consent for all users on .*SharePoint/ });
  await sharePoint.getByRole('checkbox', { name: 'Select AllSites.Read' }).check();
  await sharePoint.getByRole('button', { name: 'Remove selected (1)' }).click();
  const last = page.getByRole('alertdialog', { name: 'Remove permissions from the grant' });
  await expect(last.getByRole('list', { name: 'Changes' })).toContainText('no scope left: the grant is deleted');
  await last.getByRole('button', { name: 'Remove' }).click();
  await expect(last.getByRole('status')).toHaveText('All 1 change done.');
  await last.getByRole('button', { name: 'Close' }).click();
  await expect(sharePoint).toHaveCount(0);

  const state = await emulatorState(request);
  const litware = spNamed(state, 'Litware Meeting Notes');
  const grants = state.grants.filter((g) => g.clientId === litware.id);
  expect(grants.find((g) => g.id === 'GrantLitwareNotesAllPrincipalsGraph00000003')?.scope).toBe('User.Read openid');
  expect(grants.find((g) => g.id === 'GrantLitwareNotesAllPrincipalsSharePoint004')).toBeUndefined();
  const litwareEvents = state.audit
    .filter((e) => e.targetResources[0]?.id === litware.id && e.activityDisplayName !== 'Consent to application')
    .map((e) => e.activityDisplayName);
  expect(litwareEvents).toEqual(['Update delegated permission grant', 'Remove delegated permission grant']);
});

test('remove an application permission', async ({ page, request, signedInAs }) => {
  await signedInAs('global-admin', { consentFor: APPLICATIONS_SCREEN });
  await openApplications(page);
  await openApp(page, 'Tailspin Admin Automation');
  const table = page.getByRole('table', { name: 'Application permissions' });
  await expect(table.getByRole('row')).toHaveCount(4);
  const dialog = await openActionDialog(
    page,
    () => table.getByRole('button', { name: 'Remove RoleManagement.ReadWrite.Directory' }).click(),
    'Remove the application permission',
  );
  await expect(dialog.getByRole('list', { name: 'Changes' })).toContainText(
    'Remove the application permission RoleManagement.ReadWrite.Directory on Microsoft Graph from Tailspin Admin Automation',
  );
  await dialog.getByRole('button', { name: 'Remove' }).click();
  await expect(dialog.getByRole('status')).toHaveText('All 1 change done.');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(table.getByRole('row')).toHaveCount(3);

  const state = await emulatorState(request);
  const ids = state.appRoleAssignments.map((a) => a.id);
  expect(ids).not.toContain('AssignTailspinRoleMgmtReadWrite00000000004');
  expect(ids).toContain('AssignTailspinMailReadWrite000000000000005');
});

test('"Revoke everything" with injected failures lists what failed; "Retry failed" completes it, nothing revoked twice', async ({
  page,
  request,
  signedInAs,
}) => {
  await signedInAs('global-admin', { consentFor: APPLICATIONS_SCREEN });
  await openApplications(page);
  await openApp(page, 'Mail Helper Pro');
  const dialog = await openActionDialog(page, () => page.getByRole('button', { name: 'Revoke everything' }).click(), 'Revoke everything for Mail Helper Pro');
  await expect(dialog.getByRole('list', { name: 'Changes' }).getByRole('listitem')).toHaveCount(3);

  // The first two deletes fail with a server error (not retried by the client), the third goes through.
  await injectFaults(request, [{ method: 'DELETE', path: 'oauth2PermissionGrants', status: 500, count: 2 }]);
  await dialog.getByRole('button', { name: 'Revoke everything' }).click();
  await expect(dialog.getByRole('status')).toHaveText(/^1 of 3 changes done; 2 failed\./);
  const results = dialog.getByRole('list', { name: 'Results' });
  await expect(results.getByRole('listitem').filter({ hasText: /^Failed:/ })).toHaveCount(2);
  await expect(
    results
      .getByRole('listitem')
      .filter({ hasText: /^Failed:/ })
      .first(),
  ).toContainText('HTTP 500');

  let state = await emulatorState(request);
  const mailHelper = spNamed(state, 'Mail Helper Pro');
  expect(state.grants.filter((g) => g.clientId === mailHelper.id)).toHaveLength(2);

  await dialog.getByRole('button', { name: 'Retry failed' }).click();
  await expect(dialog.getByRole('status')).toHaveText('All 3 changes done.');
  await expect(dialog.getByRole('button', { name: 'Retry failed' })).toHaveCount(0);

  state = await emulatorState(request);
  expect(state.grants.filter((g) => g.clientId === mailHelper.id)).toHaveLength(0);
  const deletes = state.audit.filter((e) => e.activityDisplayName === 'Remove delegated permission grant' && e.targetResources[0]?.id === mailHelper.id);
  const principals = deletes.map(
    (e) => e.targetResources[0]!.modifiedProperties.find((p) => p.displayName === 'DelegatedPermissionGrant.PrincipalId')?.newValue,
  );
  expect(principals).toHaveLength(3);
  expect(new Set(principals).size).toBe(3);
});
