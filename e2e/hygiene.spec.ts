/**
 * Hygiene on the Applications list and an app's page (issue 18, items 3 and 4): the URL filters
 * `unused=1`, `credentials=expiring` and `owners=none` list exactly the apps the emulator's data makes so
 * (computed from its state, and equal to the seed's lists); the filters survive a reload; an app's page shows
 * its credentials with their status, its owners, its last sign-in (beta report) and the unused verdict; on a
 * Free-licence tenant the sign-in report says why it is unavailable; the export carries the hygiene columns
 * as the emulator's data says; every view is axe clean.
 */
import { readFile } from 'node:fs/promises';
import type { APIRequestContext, Page } from '@playwright/test';
import type { EmulatorStateDump } from '../emulator/control/routes.ts';
import { OWNERLESS, UNUSED_HIGH_RISK } from '../emulator/tenant/seed-hygiene.ts';
import { APPLICATIONS_SCREEN, openApp, spNamed } from './apps-helpers';
import { EMULATOR_URL, emulatorState, expect, test } from './fixtures';
import { grantWhatTheScreenAsks } from './hardening';
import { expectNoSeriousAxeViolations } from './support/axe';

const DAY_MS = 24 * 60 * 60 * 1000;
const MICROSOFT_TENANTS = ['f8cdef31-a31e-4b4a-93e4-5f571e91255a', '72f988bf-86f1-41af-91ab-2d7cd011db47'];
/** The console's permissions for these tests: the Applications screen's, and the sign-in activity report's. */
const HYGIENE_SCREEN = [...APPLICATIONS_SCREEN, 'AuditLog.Read.All'];

type Sp = EmulatorStateDump['servicePrincipals'][number];

/**
 * For what arrives after the inventory: its pages, then the hygiene reads — the beta report through the
 * reports pacer (5 requests per 10 s), which the audit reads share.
 */
const slowExpect = expect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 120_000 });

const sorted = (names: string[]) => [...names].sort((a, b) => a.localeCompare(b));
const namesOf = (state: EmulatorStateDump, ids: readonly string[]) =>
  sorted(state.servicePrincipals.filter((sp) => ids.includes(sp.id)).map((sp) => sp.displayName));

function credentialsOf(sp: Sp) {
  return [
    ...(sp.credentials?.passwordCredentials ?? []),
    ...(sp.credentials?.keyCredentials ?? []),
    ...(sp.registration?.application?.passwordCredentials ?? []),
    ...(sp.registration?.application?.keyCredentials ?? []),
  ];
}

function lastSignIn(sp: Sp): number | null {
  const times = Object.values(sp.signIns ?? {}).filter((t): t is string => typeof t === 'string');
  return times.length === 0 ? null : Math.max(...times.map((t) => Date.parse(t)));
}

/** The apps the emulator's data says each filter must list. */
function expected(state: EmulatorStateDump) {
  const now = Date.now();
  const apps = state.servicePrincipals;
  const holds = (sp: Sp) => state.grants.some((g) => g.clientId === sp.id) || state.appRoleAssignments.some((a) => a.principalId === sp.id);
  const idle = (sp: Sp) => {
    const at = lastSignIn(sp);
    return at === null || now - at >= 90 * DAY_MS;
  };
  return {
    expiring: sorted(
      apps.filter((sp) => credentialsOf(sp).some((c) => c.endDateTime && Date.parse(c.endDateTime) - now <= 30 * DAY_MS)).map((sp) => sp.displayName),
    ),
    ownerless: sorted(
      apps.filter((sp) => (sp.ownerIds ?? []).length === 0 && !MICROSOFT_TENANTS.includes(sp.appOwnerOrganizationId ?? '')).map((sp) => sp.displayName),
    ),
    /** Holding something and idle for 90 days: the unused filter lists those of them holding a high-risk permission. */
    idleHolding: sorted(apps.filter((sp) => holds(sp) && idle(sp)).map((sp) => sp.displayName)),
  };
}

async function listedApps(page: Page, count: number): Promise<string[]> {
  const links = page.getByRole('table', { name: 'Applications' }).getByRole('link');
  await slowExpect(links).toHaveCount(count);
  return sorted(await links.allTextContents());
}

async function setLicence(request: APIRequestContext, licence: 'Free' | 'P1') {
  const response = await request.post(`${EMULATOR_URL}/_emulator/settings`, { data: { licence } });
  expect(response.ok()).toBe(true);
}

test('unused, expiring credentials and no owner list exactly what the emulator holds; the filters survive a reload; axe clean', async ({
  page,
  request,
  signedInAs,
}) => {
  const state = await emulatorState(request);
  const want = expected(state);
  // The seed's own lists agree with its data.
  expect(want.ownerless).toEqual(namesOf(state, OWNERLESS));
  expect(want.expiring).toEqual(['Contoso Nightly Sync', 'Litware Meeting Notes']);
  const unusedNames = namesOf(state, UNUSED_HIGH_RISK);
  expect(want.idleHolding).toEqual(expect.arrayContaining(unusedNames));
  expect(want.idleHolding.length).toBeGreaterThan(unusedNames.length);

  await signedInAs('global-admin', { consentFor: HYGIENE_SCREEN });
  await page.goto('/apps?unused=1');
  await slowExpect(page.getByRole('checkbox', { name: 'Unused high-risk (no sign-in in 90 days)' })).toBeChecked();
  expect(await listedApps(page, unusedNames.length)).toEqual(unusedNames);
  await expectNoSeriousAxeViolations(page, '/apps?unused=1');

  await page.getByRole('checkbox', { name: 'Unused high-risk (no sign-in in 90 days)' }).click();
  await page.getByRole('checkbox', { name: 'Credentials expired or expiring (30 days)' }).click();
  await expect(page).toHaveURL(/\/apps\?credentials=expiring$/);
  expect(await listedApps(page, want.expiring.length)).toEqual(want.expiring);

  await page.getByRole('checkbox', { name: 'Credentials expired or expiring (30 days)' }).click();
  await page.getByRole('checkbox', { name: 'No owner' }).click();
  await expect(page).toHaveURL(/\/apps\?owners=none$/);
  expect(await listedApps(page, want.ownerless.length)).toEqual(want.ownerless);

  // Together, and after a reload: the URL holds the filters.
  await page.getByRole('checkbox', { name: 'Unused high-risk (no sign-in in 90 days)' }).click();
  await expect(page).toHaveURL(/\/apps\?owners=none&unused=1$/);
  const both = want.ownerless.filter((name) => unusedNames.includes(name));
  expect(both).toEqual(['Tailspin Admin Automation']);
  expect(await listedApps(page, both.length)).toEqual(both);
  await page.reload();
  await slowExpect(page.getByRole('checkbox', { name: 'No owner' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Unused high-risk (no sign-in in 90 days)' })).toBeChecked();
  expect(await listedApps(page, both.length)).toEqual(both);
  await expectNoSeriousAxeViolations(page, '/apps?owners=none&unused=1');
  await page.getByRole('button', { name: 'Clear all filters' }).click();
  await expect(page).toHaveURL(/\/apps$/);
});

test("an app's hygiene section: its credentials with their status, no owner, its last sign-in from the beta report", async ({ page, request, signedInAs }) => {
  const state = await emulatorState(request);
  const daemon = spNamed(state, 'Contoso Nightly Sync');
  const now = Date.now();
  const credentials = credentialsOf(daemon);
  expect(credentials.length).toBe(3);
  await signedInAs('global-admin', { consentFor: HYGIENE_SCREEN });
  await page.goto('/apps?credentials=expiring');
  await openApp(page, daemon.displayName);
  const section = page.getByRole('region', { name: 'Hygiene' });
  const table = section.getByRole('table', { name: 'Credentials' });
  await slowExpect(table.getByRole('row')).toHaveCount(credentials.length + 1);
  for (const c of credentials) {
    const end = Date.parse(c.endDateTime!);
    const status = end <= now ? 'Expired' : end - now <= 30 * DAY_MS ? 'Expires within 30 days' : 'Valid';
    await slowExpect(table.getByRole('row').filter({ has: page.getByRole('cell', { name: c.displayName!, exact: true }) })).toContainText(status);
  }
  await expect(section).toContainText('No owner');
  const signedIn = new Date(lastSignIn(daemon)!).toLocaleDateString('en-US', { year: 'numeric', month: 'short', day: 'numeric' });
  await slowExpect(section.getByRole('definition').nth(1)).toHaveText(signedIn);
  await expect(section.getByRole('term').nth(1)).toHaveText('Last sign-in (beta report)');
  await expectNoSeriousAxeViolations(page, `/apps/${daemon.id}`);
});

test('without the audit permission the app page reads credentials and owners, and says the sign-in report is not read, asking nothing more', async ({
  page,
  request,
  signedInAs,
}) => {
  const quickPdf = spNamed(await emulatorState(request), 'Quick PDF Tools');
  await signedInAs('global-admin', { consentFor: APPLICATIONS_SCREEN });
  await page.goto(`/apps/${quickPdf.id}`);
  const section = page.getByRole('region', { name: 'Hygiene' });
  await slowExpect(section.getByRole('definition').first()).toHaveText(/^No owner/);
  await expect(section.getByRole('definition').nth(1)).toHaveText('Unavailable: the console does not hold AuditLog.Read.All yet.');
  await expect(section).toContainText('This app has no secrets or certificates.');
  await expect(section.getByRole('region', { name: 'Grant access' })).toHaveCount(0);
});

test('new since the last review: nothing before a mark, then exactly the app whose grant was widened after it', async ({
  page,
  request,
  signedInAs,
  adminConsents,
}) => {
  const account = await signedInAs('global-admin', { consentFor: HYGIENE_SCREEN });
  await page.goto('/apps?since=review');
  await slowExpect(page.getByText(/No review has been marked yet/)).toBeVisible();
  await expect(page.getByText('No application matches the search and filters.')).toBeVisible();

  await page.getByRole('link', { name: 'Access review' }).first().click();
  await grantWhatTheScreenAsks(page);
  await page.getByRole('button', { name: 'Mark review done' }).click();
  await page.getByRole('dialog', { name: 'Mark this review done?' }).getByRole('button', { name: 'Mark review done' }).click();
  await slowExpect(page.getByTestId('last-review')).toHaveText(/^Marked done on /);
  await page.goto('/apps?since=review');
  await slowExpect(page.getByText(/^New or changed since the review marked /)).toBeVisible();
  await expect(page.getByText('No application matches the search and filters.')).toBeVisible();

  // An admin widens the console's own grant (from another browser): that app, and only it, changed since.
  await adminConsents(['Calendars.Read']);
  const state = await emulatorState(request);
  const changed = state.grants.filter((g) => g.consentType === 'AllPrincipals' && g.scope.split(' ').includes('Calendars.Read'));
  expect(changed).toHaveLength(1);
  const names = namesOf(state, [changed[0]!.clientId]);
  await page.reload();
  expect(await listedApps(page, 1)).toEqual(names);
  expect(account.upn).toBe('admin@contoso.example');
  await expectNoSeriousAxeViolations(page, '/apps?since=review');
});

test('on a Free-licence tenant the sign-in report is unavailable, and says why; nothing is called unused', async ({ page, request, signedInAs }) => {
  await setLicence(request, 'Free');
  const state = await emulatorState(request);
  const tailspin = spNamed(state, 'Tailspin Admin Automation');
  await signedInAs('global-admin', { consentFor: HYGIENE_SCREEN });
  await page.goto(`/apps/${tailspin.id}`);
  const section = page.getByRole('region', { name: 'Hygiene' });
  await slowExpect(section.getByRole('definition').nth(1)).toHaveText('Unavailable: the sign-in activity report needs Microsoft Entra ID P1 or P2.');
  await expect(section.getByRole('definition').nth(2)).toHaveText(/^Cannot tell: /);
  await expectNoSeriousAxeViolations(page, `/apps/${tailspin.id} on Free`);

  await page.goto('/apps?unused=1');
  await slowExpect(
    page.getByText(
      /The filter cannot tell: the sign-in activity report \(beta\) could not be read — the sign-in activity report needs Microsoft Entra ID P1 or P2\./,
    ),
  ).toBeVisible();
  await slowExpect(page.getByText('No application matches the search and filters.')).toBeVisible();
});

/** RFC 4180 rows (quoted cells, doubled quotes). */
function parseCsv(text: string): string[][] {
  return text
    .trim()
    .split('\r\n')
    .map((line) => {
      const cells: string[] = [];
      let cell = '';
      let quoted = false;
      for (let i = 0; i < line.length; i++) {
        const c = line[i]!;
        if (quoted && c === '"' && line[i + 1] === '"') cell += line[++i];
        else if (c === '"') quoted = !quoted;
        else if (c === ',' && !quoted) {
          cells.push(cell);
          cell = '';
        } else cell += c;
      }
      cells.push(cell);
      return cells;
    });
}

test('the CSV and JSON exports carry each client app’s credentials, owners, last sign-in and unused verdict', async ({ page, request, signedInAs }) => {
  const want = expected(await emulatorState(request));
  const started = Date.now();
  const unusedIds = new Set<string>(UNUSED_HIGH_RISK);
  await signedInAs('global-admin', { consentFor: HYGIENE_SCREEN });
  // What the user sees first: the unused list is in, so every hygiene read is.
  await page.goto('/apps?unused=1');
  await listedApps(page, UNUSED_HIGH_RISK.length);

  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  const [header, ...rows] = parseCsv(await readFile((await csvDownload.path())!, 'utf8'));
  expect(header!.slice(-4)).toEqual(['clientCredentials', 'clientOwners', 'clientLastSignIn', 'clientUnused']);
  const col = (row: string[], name: string) => row[header!.indexOf(name)]!;
  expect(rows.length).toBeGreaterThan(0);
  const state = await emulatorState(request);
  for (const row of rows) {
    const sp = state.servicePrincipals.find((s) => s.id === col(row, 'clientId'))!;
    const firstParty = MICROSOFT_TENANTS.includes(sp.appOwnerOrganizationId ?? '');
    expect(col(row, 'clientOwners'), sp.displayName).toBe(firstParty ? 'microsoft' : want.ownerless.includes(sp.displayName) ? 'none' : 'some');
    if (want.expiring.includes(sp.displayName)) expect(['expired', 'expiring']).toContain(col(row, 'clientCredentials'));
    else expect(['valid', 'none']).toContain(col(row, 'clientCredentials'));
    // The console's own sign-ins during the test move its time on; every other app's is the report's.
    const at = lastSignIn(sp);
    const exported = col(row, 'clientLastSignIn') === 'none recorded' ? null : Date.parse(col(row, 'clientLastSignIn'));
    if (at === null || at < started) expect(exported, sp.displayName).toBe(at);
    else expect(exported, sp.displayName).toBeGreaterThanOrEqual(started);
    if (unusedIds.has(sp.id)) expect(col(row, 'clientUnused')).toBe('unused');
    else expect(col(row, 'clientUnused')).not.toBe('unused');
  }

  const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
  const json = JSON.parse(await readFile((await jsonDownload.path())!, 'utf8')) as Array<Record<string, string>>;
  expect(json).toHaveLength(rows.length);
  const tailspin = json.find((r) => r.clientDisplayName === 'Tailspin Admin Automation');
  expect(tailspin).toMatchObject({ clientOwners: 'none', clientUnused: 'unused' });
});
