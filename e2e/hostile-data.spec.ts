import { readFile } from 'node:fs/promises';
import type { Locator } from '@playwright/test';
import { openActionDialog } from './apps-helpers';
import { expect, test } from './fixtures';
import { expectBidiIsolated, expectHostileDataHarmless, grantWhatTheScreenAsks, HOSTILE, JWT_PATTERN, settle, useHostileTenant, watchPage } from './hardening';

test.beforeEach(async ({ request }) => {
  await useHostileTenant(request);
});

test('Applications: hostile names render as text, links stay safe, RTL is isolated, the impostor is marked', async ({ page, signedInAs }) => {
  const watch = await watchPage(page);
  await signedInAs('global-admin');
  await page.goto('/apps');
  await grantWhatTheScreenAsks(page);
  const table = page.getByRole('table', { name: 'Applications' });
  await expect(table).toBeVisible();

  // Markup is shown, not parsed.
  await expect(table.getByText('Invoice Viewer')).toBeVisible();
  await expect(table.getByText(/<script>window\.__pwned=1<\/script>Invoice Viewer/)).toBeVisible();
  await expect(table.getByText(HOSTILE.emoji)).toBeVisible();
  await expect(table.getByText(HOSTILE.linkTrap)).toBeVisible();
  await expectBidiIsolated(page, HOSTILE.rtlName);

  // Four links read "Microsoft Graph" (a zero-width space does not change a link's name): the impostor,
  // the verified third party and the one with hidden characters say so.
  const graphs = table.getByRole('row').filter({ has: page.getByRole('link', { name: HOSTILE.impostor, exact: true }) });
  await expect(graphs).toHaveCount(4);
  await expect(graphs.filter({ hasText: 'Hidden characters' })).toHaveCount(1);
  const impostor = graphs.filter({ hasText: 'Unverified' }).filter({ hasNotText: 'Hidden characters' });
  await expect(impostor).toHaveCount(1);
  await expect(impostor.getByRole('cell', { name: 'Unverified publisher', exact: true })).toBeVisible();
  await expect(graphs.filter({ hasText: /(?<!un)verified publisher/i })).toContainText('Graph Tools Ltd');

  // The list renders only the rows in view: search for the rest. The 10,000-character name wraps (the table
  // stays inside the viewport); a search for "Microsoft Graph" finds its lookalikes too.
  await page.goto(`/apps?q=${encodeURIComponent(HOSTILE.longNamePrefix)}`);
  await expect(table.getByText(HOSTILE.longNamePrefix)).toBeVisible();
  const box = await table.boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(page.viewportSize()!.width);
  await page.goto('/apps?q=microsoft%20graph');
  await expect(table.getByRole('row').filter({ hasText: 'Lookalike letters' })).toHaveCount(2);
  await expect(table.getByRole('row').filter({ hasText: 'Hidden characters' })).toHaveCount(1);

  await expectHostileDataHarmless(page, watch);
  expect(watch.cspViolations).toEqual([]);
});

const HOSTILE_IDS = {
  scriptName: '30000000-0000-4000-8000-000000000001',
  javascriptUrls: '30000000-0000-4000-8000-000000000002',
  longName: '30000000-0000-4000-8000-000000000003',
  rtlOverride: '30000000-0000-4000-8000-000000000004',
  emoji: '30000000-0000-4000-8000-000000000005',
  impostor: '30000000-0000-4000-8000-000000000006',
  cyrillicLookalike: '30000000-0000-4000-8000-000000000007',
  zeroWidthLookalike: '30000000-0000-4000-8000-000000000008',
  verifiedLookalike: '30000000-0000-4000-8000-000000000009',
  greekLookalike: '30000000-0000-4000-8000-000000000010',
  rtlUnclosed: '30000000-0000-4000-8000-000000000011',
} as const;
const MEGAN_ID = '10000000-0000-4000-8000-000000000011';

test('app detail of every hostile app: readable, no script, no unsafe link, no overflow', async ({ page, signedInAs }) => {
  test.slow(); // eleven apps
  const watch = await watchPage(page);
  await signedInAs('global-admin');
  for (const id of Object.values(HOSTILE_IDS)) {
    await page.goto(`/apps/${id}`);
    await grantWhatTheScreenAsks(page);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectHostileDataHarmless(page, watch);
  }
  await page.goto(`/apps/${HOSTILE_IDS.scriptName}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('<script>window.__pwned=1</script>Invoice Viewer');
  await page.goto(`/apps/${HOSTILE_IDS.rtlOverride}`);
  // The page first checks the account's roles: wait for the app's own name, not any heading.
  await expect(page.getByRole('heading', { level: 1, name: HOSTILE.rtlName })).toBeVisible();
  await expectBidiIsolated(page, HOSTILE.rtlName);
  await page.goto(`/apps/${HOSTILE_IDS.impostor}`);
  await expect(page.getByRole('heading', { level: 1, name: HOSTILE.impostor })).toBeVisible();
  await expect(page.getByText(/unverified/i).first()).toBeVisible();
  await page.goto(`/apps/${HOSTILE_IDS.javascriptUrls}`);
  await expect(page.getByRole('heading', { level: 1, name: HOSTILE.linkTrap })).toBeVisible();
  await expectHostileDataHarmless(page, watch);
  expect(watch.cspViolations).toEqual([]);
});

test("megan's apps: every hostile app she consented to is listed readably and harmlessly", async ({ page, signedInAs }) => {
  const watch = await watchPage(page);
  await signedInAs('global-admin');
  await page.goto(`/users/${MEGAN_ID}`);
  await grantWhatTheScreenAsks(page);
  const own = page.getByRole('table', { name: /consented to$/ });
  await expect(own.getByText('Invoice Viewer')).toBeVisible();
  await expect(own.getByText(HOSTILE.linkTrap)).toBeVisible();
  await expect(own.getByText(HOSTILE.emoji)).toBeVisible();
  await expect(own.getByText(HOSTILE.longNamePrefix)).toBeVisible();
  await expectBidiIsolated(page, HOSTILE.rtlName);
  await expectHostileDataHarmless(page, watch);
  expect(watch.cspViolations).toEqual([]);
});

test('revoking a hostile app: the dialog, the Activity log and its export stay harmless and carry no token', async ({ page, signedInAs }) => {
  const watch = await watchPage(page);
  await signedInAs('global-admin');
  await page.goto(`/apps/${HOSTILE_IDS.scriptName}`);
  await grantWhatTheScreenAsks(page);
  const card = page.getByRole('region', { name: /^Consented by Megan/ });
  const dialog = await openActionDialog(page, () => card.getByRole('button', { name: 'Revoke grant' }).click(), 'Revoke the grant');
  await expect(dialog.getByRole('list', { name: 'Changes' })).toContainText('<script>window.__pwned=1</script>Invoice Viewer');
  await expectHostileDataHarmless(page, watch);
  await dialog.getByRole('button', { name: 'Revoke' }).click();
  await expect(dialog.getByRole('status')).toHaveText('All 1 change done.');
  await dialog.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Activity' }).click();
  const entry = page.getByRole('list', { name: 'Activity log entries' }).getByRole('article').first();
  await expect(entry).toContainText('Invoice Viewer');
  await entry.getByRole('button', { name: 'Details' }).click();
  await expectHostileDataHarmless(page, watch);

  for (const format of ['CSV', 'JSON']) {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: `Export ${format}` }).click();
    const text = await readFile(await (await download).path(), 'utf8');
    expect(text).toContain('Invoice Viewer');
    expect(text).not.toMatch(JWT_PATTERN);
    expect(text).not.toMatch(/access_?token|refresh_?token|Bearer /i);
  }
  expect(watch.cspViolations).toEqual([]);
});

test('admin consent picker: hostile names are options as text, the impostor is told apart', async ({ page, signedInAs }) => {
  const watch = await watchPage(page);
  await signedInAs('global-admin');
  await page.goto('/consent/admin');
  await grantWhatTheScreenAsks(page);
  const search = page.getByRole('textbox', { name: 'Application to consent to' });
  await search.fill('Invoice');
  await expect(page.getByRole('button', { name: /^Choose .*Invoice Viewer \(/ })).toBeVisible();
  await expectHostileDataHarmless(page, watch);
  await search.fill('Link Trap');
  await page.getByRole('button', { name: 'Choose Link Trap' }).click();
  await settle(page);
  await expectHostileDataHarmless(page, watch);
  expect(watch.cspViolations).toEqual([]);
});

for (const picker of [
  { path: '/consent/admin', label: 'Application to consent to' },
  { path: '/consent/grant', label: 'Application to grant permissions to' },
]) {
  test(`${picker.path} picker: every app that looks like "Microsoft Graph" is found and told apart`, async ({ page, signedInAs }) => {
    const watch = await watchPage(page);
    await signedInAs('global-admin');
    await page.goto(picker.path);
    await grantWhatTheScreenAsks(page);
    await page.getByRole('textbox', { name: picker.label }).fill('Microsoft Graph');
    const rows = page
      .getByRole('table', { name: `${picker.label}: matches` })
      .getByRole('row')
      .filter({ has: page.getByRole('button', { name: /^Choose / }) });
    // The real one, the unverified impostor, a verified third party, Cyrillic, Greek and a zero-width space.
    await expect(rows).toHaveCount(6);
    await expect(rows.filter({ hasText: 'Lookalike letters' })).toHaveCount(2);
    await expect(rows.filter({ hasText: 'Hidden characters' })).toHaveCount(1);
    await expect(rows.filter({ hasText: /(?<!un)verified publisher/i })).toHaveCount(1);
    await expect(rows.filter({ hasText: /(?<!un)verified publisher/i })).toContainText('Graph Tools Ltd');
    await expect(rows.filter({ hasText: 'Unverified publisher' })).toHaveCount(4);
    // Only Microsoft's own app is left without a flag or a third-party publisher.
    const plain = rows.filter({ hasNotText: /Verified publisher|Lookalike letters|Hidden characters/i });
    await expect(plain).toHaveCount(1);
    await expect(plain).toContainText('Microsoft');
    // Six buttons, six names: each says what tells its app apart (flags, publisher).
    const names = await rows.getByRole('button', { name: /^Choose / }).evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')));
    expect(new Set(names).size).toBe(6);
    await expect(plain.getByRole('button', { name: 'Choose Microsoft Graph (Microsoft)', exact: true })).toBeVisible();
    await expectHostileDataHarmless(page, watch);
    expect(watch.cspViolations).toEqual([]);
  });
}

/** Whether this word in the element's text is laid out left to right (its first letter left of its last). */
async function readsLeftToRight(container: Locator, word: string): Promise<boolean> {
  return container.evaluate((root, needle) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(needle) ?? -1;
      if (at < 0) continue;
      const box = (offset: number) => {
        const range = document.createRange();
        range.setStart(node, offset);
        range.setEnd(node, offset + 1);
        return range.getBoundingClientRect();
      };
      return box(at).left < box(at + needle.length - 1).left;
    }
    throw new Error(`"${needle}" is not in the element`);
  }, word);
}

test("a name ending in an unclosed right-to-left override does not reverse the revoke dialog's sentence", async ({ page, signedInAs }) => {
  await signedInAs('global-admin');
  await page.goto(`/apps/${HOSTILE_IDS.rtlUnclosed}`);
  await grantWhatTheScreenAsks(page);
  const card = page.getByRole('region', { name: /^Consented by Megan/ });
  const dialog = await openActionDialog(page, () => card.getByRole('button', { name: 'Revoke grant' }).click(), 'Revoke the grant');
  const changes = dialog.getByRole('list', { name: 'Changes' });
  await expect(changes).toContainText('Quarterly Report');
  await expect(changes).toContainText("'s delegated permissions on Microsoft Graph");
  expect(await readsLeftToRight(changes, 'delegated')).toBe(true);
  expect(await readsLeftToRight(changes, 'Megan')).toBe(true);
});
