/**
 * Granted but unused on the Access review screen (issue 18, "Must show"): the section lists exactly the
 * seeded apps holding high-risk permissions with no sign-in in 90 days, with their last sign-in from the
 * beta report; "Select all" and "Revoke selected" take back every one of their high-risk grants and
 * application permissions through the change dialog → the emulator no longer holds them, Activity records
 * each, and restoring each from Activity → the emulator holds them again, as they were.
 */
import type { EmulatorStateDump } from '../emulator/control/routes.ts';
import { UNUSED_HIGH_RISK } from '../emulator/tenant/seed-hygiene.ts';
import { APPLICATIONS_SCREEN, openActionDialog } from './apps-helpers';
import { EMULATOR_URL, emulatorState, expect, test } from './fixtures';
import { grantWhatTheScreenAsks } from './hardening';
import { expectNoSeriousAxeViolations } from './support/axe';

const WRITES = ['DelegatedPermissionGrant.ReadWrite.All', 'AppRoleAssignment.ReadWrite.All'];
const unusedIds = new Set<string>(UNUSED_HIGH_RISK);

/** What the unused apps hold, by what defines each object (a restore creates new ids). */
function heldByUnused(state: EmulatorStateDump) {
  const scopes = (scope: string) => scope.split(/\s+/).filter(Boolean).sort().join(' ');
  return {
    grants: state.grants
      .filter((g) => unusedIds.has(g.clientId))
      .map((g) => `${g.clientId} ${g.resourceId} ${g.consentType} ${g.principalId ?? '-'} ${scopes(g.scope)}`)
      .sort(),
    assignments: state.appRoleAssignments
      .filter((a) => unusedIds.has(a.principalId))
      .map((a) => `${a.principalId} ${a.resourceId} ${a.appRoleId}`)
      .sort(),
  };
}

test('granted but unused: exactly the seeded unused high-risk apps, revoked in bulk, recorded in Activity and restored from it', async ({
  page,
  request,
  signedInAs,
}) => {
  // Six writes, six restores and their read-backs, on a machine shared with other runs.
  test.slow();
  const seed = await emulatorState(request);
  const unusedNames = seed.servicePrincipals
    .filter((sp) => unusedIds.has(sp.id))
    .map((sp) => sp.displayName)
    .sort((a, b) => a.localeCompare(b));
  const held = heldByUnused(seed);
  // Every one of them is high-risk (Mail.ReadWrite; Directory.ReadWrite.All, Mail.ReadWrite, RoleManagement.ReadWrite.Directory).
  const heldCount = held.grants.length + held.assignments.length;
  expect(unusedNames).toEqual(['Mail Helper Pro', 'Tailspin Admin Automation']);
  expect(heldCount).toBe(6);

  await signedInAs('global-admin', { consentFor: [...APPLICATIONS_SCREEN, 'AuditLog.Read.All', ...WRITES] });
  await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Access review', exact: true }).click();
  await grantWhatTheScreenAsks(page);

  // Exactly the seeded unused apps, with their last sign-in from the beta report.
  const section = page.getByRole('region', { name: 'Granted but unused' });
  const apps = section.getByTestId('unused-app');
  // The hygiene reads follow the inventory (the sign-in report is paced).
  await expect(apps.getByRole('heading', { level: 3 })).toHaveText(unusedNames, { timeout: 30_000 });
  await expect(apps.filter({ hasText: 'Mail Helper Pro' })).toContainText(/Last sign-in \(beta report\): .* \(120 days ago\)/);
  await expect(apps.filter({ hasText: 'Tailspin Admin Automation' })).toContainText(/Last sign-in \(beta report\): .* \(200 days ago\)/);
  const items = section.getByTestId('unused-item');
  await expect(items).toHaveCount(heldCount);
  await expect(apps.filter({ hasText: 'Mail Helper Pro' }).getByTestId('unused-item').filter({ hasText: /Megan/ })).toContainText('Mail.ReadWrite');
  await expect(section.getByText(/console’s own app/)).toHaveCount(0);
  await expectNoSeriousAxeViolations(page, '/review, granted but unused');

  // Select all, revoke through the one change dialog: a result per item.
  await expect(section.getByRole('button', { name: 'Revoke selected' })).toBeDisabled();
  const revokeAll = async () => {
    const all = section.getByRole('checkbox', { name: `Select all unused (${heldCount})` });
    if (!(await all.isChecked())) await all.check();
    await section.getByRole('button', { name: `Revoke selected (${heldCount})` }).click();
  };
  const dialog = await openActionDialog(page, revokeAll, `Revoke ${heldCount} unused high-risk permissions`);
  await expect(dialog.getByRole('listitem')).toHaveCount(heldCount);
  await dialog.getByRole('button', { name: 'Revoke' }).click();
  await expect(dialog.getByRole('status')).toHaveText(`All ${heldCount} changes done.`);
  await dialog.getByRole('button', { name: 'Close' }).click();

  // The emulator holds none of them any more; the section has nothing left to list.
  expect(heldByUnused(await emulatorState(request))).toEqual({ grants: [], assignments: [] });
  await expect(section.getByText('No app holding a high-risk permission has gone 90 days without signing in.')).toBeVisible();
  await expect(apps).toHaveCount(0);

  // Activity records each revocation.
  await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Activity', exact: true }).click();
  const entries = page.getByRole('list', { name: 'Activity log entries' }).getByRole('article');
  await expect(entries).toHaveCount(heldCount);
  await expect(entries.filter({ hasText: 'Succeeded' })).toHaveCount(heldCount);
  await expect(entries.filter({ hasText: 'Mail Helper Pro' })).toHaveCount(held.grants.length);
  await expect(entries.filter({ hasText: 'Tailspin Admin Automation' })).toHaveCount(held.assignments.length);

  // Restore each from Activity.
  const restoreButtons = page.getByRole('list', { name: 'Activity log entries' }).getByRole('button', { name: 'Restore', exact: true });
  const confirm = page.getByRole('alertdialog', { name: 'Restore this change?' });
  for (let left = heldCount; left > 0; left--) {
    await expect(restoreButtons).toHaveCount(left);
    await restoreButtons.first().click();
    await confirm.getByRole('button', { name: 'Restore' }).click();
    await expect(confirm).toHaveCount(0);
  }
  await expect(restoreButtons).toHaveCount(0);
  await expect(entries).toHaveCount(2 * heldCount);

  // The emulator holds them again, exactly as they were; the review lists them again.
  expect(heldByUnused(await emulatorState(request))).toEqual(held);
  await page.goto('/review');
  // A fresh load: the inventory, then the hygiene reads (the sign-in report is paced), on a machine shared with other runs.
  await expect(items).toHaveCount(heldCount, { timeout: 30_000 });
  await expectNoSeriousAxeViolations(page, '/review, after the restores');
});

test('on a Free-licence tenant the sign-in report is unavailable: the section says why and calls no app unused', async ({ page, request, signedInAs }) => {
  // A sign-in, the inventory and axe, on a machine shared with other runs.
  test.slow();
  const settings = await request.post(`${EMULATOR_URL}/_emulator/settings`, { data: { licence: 'Free' } });
  expect(settings.ok()).toBe(true);
  await signedInAs('global-admin', { consentFor: [...APPLICATIONS_SCREEN, 'AuditLog.Read.All'] });
  await page.goto('/review');
  await grantWhatTheScreenAsks(page);
  const section = page.getByRole('region', { name: 'Granted but unused' });
  await expect(section).toContainText(
    'The sign-in activity report (beta) is unavailable: the sign-in activity report needs Microsoft Entra ID P1 or P2. Without it no app is called unused.',
  );
  await expect(section.getByTestId('unused-app')).toHaveCount(0);
  await expect(section.getByRole('button', { name: /^Revoke selected/ })).toHaveCount(0);
  await expectNoSeriousAxeViolations(page, '/review, sign-in report unavailable');
});
