import type { APIRequestContext } from '@playwright/test';
import { GRAPH_PORT } from '../playwright.config';
import { APPLICATIONS_SCREEN, openActionDialog, openApp, openApplications, spNamed } from './apps-helpers';
import { emulatorState, expect, test } from './fixtures';
import { consoleAccessToken } from './hardening';

const GRAPH = `http://localhost:${GRAPH_PORT}/v1.0`;

async function meganQuickPdfGrant(request: APIRequestContext) {
  const state = await emulatorState(request);
  const quickPdf = spNamed(state, 'Quick PDF Tools');
  const megan = state.users.find((u) => u.userPrincipalName.startsWith('megan@'))!;
  return state.grants.find((g) => g.clientId === quickPdf.id && g.principalId === megan.id)!;
}

test('a grant someone else deleted after the screen listed it is reported as already revoked, and the Activity log says so', async ({
  page,
  request,
  signedInAs,
}) => {
  const grant = await meganQuickPdfGrant(request);
  await signedInAs('global-admin', { consentFor: APPLICATIONS_SCREEN });
  await openApplications(page);
  await openApp(page, 'Quick PDF Tools');
  const card = page.getByRole('region', { name: /^Consented by Megan/ });
  const dialog = await openActionDialog(page, () => card.getByRole('button', { name: 'Revoke grant' }).click(), 'Revoke the grant');

  // Another admin deletes the grant through Graph while the dialog is open.
  const token = await consoleAccessToken(page, 'DelegatedPermissionGrant.ReadWrite.All');
  const deleted = await request.delete(`${GRAPH}/oauth2PermissionGrants/${grant.id}`, { headers: { Authorization: `Bearer ${token}` } });
  expect(deleted.status()).toBe(204);

  await dialog.getByRole('button', { name: 'Revoke' }).click();
  await expect(dialog.getByRole('status')).toHaveText('All 1 change done.');
  const results = dialog.getByRole('list', { name: 'Results' });
  await expect(results).toContainText('Already done:');
  await expect(results).toContainText('It had already been removed: nothing to do.');
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Close' }).click();

  await page.reload();
  await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Activity' }).click();
  const entries = page.getByRole('list', { name: 'Activity log entries' }).getByRole('article');
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText('Already done');
  await expect(entries.first()).toContainText(/Revoke Quick PDF Tools's delegated permissions/);
});

test('offline at the moment of confirming: the revoke waits, runs once when back online, and the log has it once after a reload', async ({
  page,
  request,
  context,
  signedInAs,
}) => {
  const grant = await meganQuickPdfGrant(request);
  await signedInAs('global-admin', { consentFor: APPLICATIONS_SCREEN });
  await openApplications(page);
  await openApp(page, 'Quick PDF Tools');
  const card = page.getByRole('region', { name: /^Consented by Megan/ });
  const dialog = await openActionDialog(page, () => card.getByRole('button', { name: 'Revoke grant' }).click(), 'Revoke the grant');

  await context.setOffline(true);
  await expect(page.getByText('You are offline')).toBeVisible();
  await dialog.getByRole('button', { name: 'Revoke' }).click();
  // Nothing reached Graph while offline.
  expect((await emulatorState(request)).grants.some((g) => g.id === grant.id)).toBe(true);

  await context.setOffline(false);
  await expect(dialog.getByRole('status')).toHaveText('All 1 change done.', { timeout: 20_000 });
  await dialog.getByRole('button', { name: 'Close' }).click();

  const after = await emulatorState(request);
  expect(after.grants.some((g) => g.id === grant.id)).toBe(false);
  const deletes = after.audit.filter(
    (e) =>
      e.activityDisplayName === 'Remove delegated permission grant' &&
      e.targetResources.some(
        (t) =>
          t.id === grant.clientId &&
          t.modifiedProperties.some((p) => p.displayName === 'DelegatedPermissionGrant.PrincipalId' && p.newValue === grant.principalId),
      ),
  );
  expect(deletes).toHaveLength(1);

  await page.reload();
  await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Activity' }).click();
  const entries = page.getByRole('list', { name: 'Activity log entries' }).getByRole('article');
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText('Succeeded');
});
