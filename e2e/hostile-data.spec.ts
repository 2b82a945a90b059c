import { expect, test, accountWithRole, signIn } from './fixtures';
import { expectBidiIsolated, expectHostileDataHarmless, grantWhatTheScreenAsks, HOSTILE, useHostileTenant, watchPage } from './hardening';

test.beforeEach(async ({ request }) => {
  await useHostileTenant(request);
});

test('Applications: hostile names render as text, links stay safe, RTL is isolated, the impostor is marked', async ({ page, demoAccounts }) => {
  const watch = await watchPage(page);
  await signIn(page, accountWithRole(demoAccounts, 'Global Administrator'));
  await page.goto('/apps');
  await grantWhatTheScreenAsks(page);
  const table = page.getByRole('table', { name: 'Applications' });
  await expect(table).toBeVisible();

  // Markup is shown, not parsed.
  await expect(table.getByText('Invoice Viewer')).toBeVisible();
  await expect(table.getByText(/<script>window\.__pwned=1<\/script>Invoice Viewer/)).toBeVisible();
  await expect(table.getByText(HOSTILE.emoji)).toBeVisible();
  await expect(table.getByText(HOSTILE.linkTrap)).toBeVisible();
  await expect(table.getByText(HOSTILE.longNamePrefix)).toBeVisible();
  await expectBidiIsolated(page, HOSTILE.rtlName);

  // The 10,000-character name wraps: the table stays inside the viewport.
  const box = await table.boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(page.viewportSize()!.width);

  // Two apps called "Microsoft Graph": the impostor says so.
  const graphs = table.getByRole('row').filter({ has: page.getByRole('link', { name: HOSTILE.impostor, exact: true }) });
  await expect(graphs).toHaveCount(2);
  const impostor = graphs.filter({ hasText: 'Unverified' });
  await expect(impostor).toHaveCount(1);
  await expect(impostor.getByRole('cell', { name: 'Third-party' })).toBeVisible();

  await expectHostileDataHarmless(page, watch);
  expect(watch.cspViolations).toEqual([]);
});
