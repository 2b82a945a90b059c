// With the directory's replication delay on, a read right after a write may not see it: the console reports
// a revoke done only once Graph's reads no longer return the grant.
import { APPLICATIONS_SCREEN, openActionDialog, openApp, openApplications, spNamed } from './apps-helpers';
import { EMULATOR_URL, emulatorState, expect, test } from './fixtures';

const QUICK_PDF_MEGAN = 'GrantQuickPdfMeganGraph00000000000000000010';
const DELAY_MS = 5_000;

test('a revoke under replication delay is reported done only once the grant is really gone', async ({ page, request, signedInAs }) => {
  await signedInAs('global-admin', { consentFor: APPLICATIONS_SCREEN });
  await openApplications(page);
  await openApp(page, 'Quick PDF Tools');
  const card = page.getByRole('region', { name: /^Consented by Megan/ });
  const dialog = await openActionDialog(page, () => card.getByRole('button', { name: 'Revoke grant' }).click(), 'Revoke the grant');

  const settings = await request.post(`${EMULATOR_URL}/_emulator/settings`, { data: { replicationDelayMs: DELAY_MS } });
  expect(settings.ok()).toBe(true);
  await dialog.getByRole('button', { name: 'Revoke' }).click();
  await expect(dialog.getByRole('status')).toHaveText('All 1 change done.', { timeout: 30_000 });

  // When the console says done, Graph's reads (the replica) no longer return the grant — not only the directory itself.
  const state = await emulatorState(request);
  expect(state.grants.map((g) => g.id)).not.toContain(QUICK_PDF_MEGAN);
  expect(state.visibleGrants.map((g) => g.id)).not.toContain(QUICK_PDF_MEGAN);
  // And exactly one DELETE reached the directory.
  expect(state.audit.filter((e) => e.activityDisplayName === 'Remove delegated permission grant')).toHaveLength(1);
});

test('removing a scope under replication delay is reported done once Graph reads the new scope; the screen shows it', async ({ page, request, signedInAs }) => {
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
  const state = await emulatorState(request);
  const litware = spNamed(state, 'Litware Meeting Notes');
  const seeded = state.grants.find((g) => g.consentType === 'AllPrincipals' && g.clientId === litware.id && g.scope.split(' ').includes('profile'))!;

  expect((await request.post(`${EMULATOR_URL}/_emulator/settings`, { data: { replicationDelayMs: DELAY_MS } })).ok()).toBe(true);
  await dialog.getByRole('button', { name: 'Remove' }).click();
  await expect(dialog.getByRole('status')).toHaveText('All 1 change done.', { timeout: 30_000 });
  const visible = (await emulatorState(request)).visibleGrants.find((g) => g.id === seeded.id)!;
  expect(visible.scope.split(' ')).not.toContain('profile');
  await dialog.getByRole('button', { name: 'Close' }).click();
  // The page re-read after the change: it shows what Graph holds now, not the stale copy.
  await expect(graphGrant.getByRole('checkbox', { name: 'Select profile' })).toHaveCount(0);
  await expect(graphGrant.getByRole('checkbox', { name: 'Select User.Read' })).toBeVisible();
});
