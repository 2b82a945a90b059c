/**
 * Provenance on the app page (issue 18 item 1): under each grant and app permission, who granted it and
 * when, from which audit event — checked against the event in the emulator's audit store. A revoke and
 * a restore through the console name the signed-in admin; a plain user's consent on the emulator's own
 * consent page names that user; an admin consent for the organization names the admin; a seed grant
 * older than the licence's retention says the log does not reach it (30 days on P1, 7 on Free). Without
 * the audit scopes the page shows one Grant access; without an audit-reading role, one note. On the review
 * screen (item 5), a grant new since the mark says by whom and when.
 */
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { APPLICATIONS_SCREEN, openActionDialog, spNamed } from './apps-helpers';
import { EMULATOR_URL, emulatorState, expect, test } from './fixtures';
import { grantWhatTheScreenAsks } from './hardening';
import { expectNoSeriousAxeViolations } from './support/axe';
import { consentToRelecloud, RELECLOUD } from './support/relecloud';

const WITH_AUDIT = [...APPLICATIONS_SCREEN, 'AuditLog.Read.All'];
const DAY = 24 * 60 * 60 * 1000;

type AuditEvent = Awaited<ReturnType<typeof emulatorState>>['audit'][number];

/**
 * Opens /apps/:id and waits for the audit log's read to finish (the "Who granted this" section says where
 * the lines come from). The read goes through the reports pacer the hygiene section's report shares (5
 * requests per 10 s): it may wait up to a window, after the inventory.
 */
async function openAppPage(page: Page, spId: string) {
  await page.goto(`/apps/${spId}`);
  await expect(page.getByRole('region', { name: 'Who granted this' }).getByText(/From the directory audit log/)).toBeVisible({ timeout: 30_000 });
}

/** The provenance line of a grant card or a row: its text, its time (the <time> element) and the event id it names. */
async function provenanceOf(container: Locator) {
  const line = container.getByTestId('provenance').first();
  await expect(line).toBeVisible();
  const text = (await line.textContent()) ?? '';
  const time = line.locator('time');
  const at = (await time.count()) > 0 ? await time.getAttribute('datetime') : null;
  return { line, text, at, eventId: /\(audit event ([^)]+)\)/.exec(text)?.[1] };
}

async function eventInStore(request: APIRequestContext, id: string | undefined): Promise<AuditEvent> {
  const event = (await emulatorState(request)).audit.find((e) => e.id === id);
  expect(event, `audit event ${id} in the emulator's store`).toBeTruthy();
  return event!;
}

test('a grant revoked and restored through the console: its line names the signed-in admin, a time after the start, and the event', async ({
  page,
  request,
  signedInAs,
}) => {
  test.slow();
  const seed = await emulatorState(request);
  const mailHelper = spNamed(seed, 'Mail Helper Pro');
  const megan = seed.users.find((u) => u.userPrincipalName.startsWith('megan@'))!;
  const admin = await signedInAs('global-admin', { consentFor: [...WITH_AUDIT, 'DelegatedPermissionGrant.ReadWrite.All'] });
  const start = Date.now();

  await openAppPage(page, mailHelper.id);
  const card = page.getByRole('region', { name: /^Consented by Megan/ });
  // Seeded 89 days ago: beyond the P1 licence's 30 days.
  await expect((await provenanceOf(card)).line).toHaveText("Granted before the audit log's 30 days (this tenant's licence keeps 30 days).");

  const revoke = await openActionDialog(page, () => card.getByRole('button', { name: 'Revoke grant' }).click(), 'Revoke the grant');
  await revoke.getByRole('button', { name: 'Revoke' }).click();
  await expect(revoke.getByRole('status')).toHaveText('All 1 change done.');
  await revoke.getByRole('button', { name: 'Close' }).click();
  expect((await emulatorState(request)).grants.some((g) => g.clientId === mailHelper.id && g.principalId === megan.id)).toBe(false);

  await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Activity' }).click();
  await page
    .getByRole('article', { name: /^Revoke Mail Helper Pro's delegated permissions/ })
    .getByRole('button', { name: 'Restore' })
    .click();
  const confirm = page.getByRole('alertdialog', { name: 'Restore this change?' });
  await confirm.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Restored' })).toBeVisible();
  const restored = (await emulatorState(request)).grants.find((g) => g.clientId === mailHelper.id && g.principalId === megan.id);
  expect(restored).toBeTruthy();

  // Back to the page in the console (no reload, within the queries' 30 s freshness): the audits were re-read
  // after the change, and the restore is the grant's origin now — the admin, now, "Add delegated permission grant".
  await page.goBack();
  const restoredCard = page.getByRole('region', { name: /^Consented by Megan/ });
  await expect(restoredCard.getByTestId('provenance').first()).toHaveText(/^Granted by Adele Vance/, { timeout: 30_000 });
  const after = await provenanceOf(restoredCard);
  expect(after.text).toMatch(new RegExp(`^Granted by Adele Vance \\(${admin.upn.replace('.', '\\.')}\\) on .+ \\(audit event [^)]+\\)\\.$`));
  expect(Date.parse(after.at!)).toBeGreaterThanOrEqual(start - 1000);
  const event = await eventInStore(request, after.eventId);
  expect(event.activityDisplayName).toBe('Add delegated permission grant');
  expect(event.initiatedBy.user?.id).toBe(admin.id);
  expect(event.activityDateTime).toBe(after.at);
  expect(event.targetResources[0]?.id).toBe(mailHelper.id);
  expect(event.targetResources[0]?.modifiedProperties.find((p) => p.displayName === 'DelegatedPermissionGrant.PrincipalId')?.newValue).toBe(megan.id);
});

test("a plain user's consent on the emulator's consent page: the grant's line names that user and the consent event", async ({
  page,
  request,
  browser,
  baseURL,
  signedInAs,
  demoAccount,
}) => {
  // A second browser context for the user's consent, then the app page.
  test.slow();
  const megan = demoAccount('user');
  await signedInAs('global-reader', { consentFor: WITH_AUDIT });
  const start = Date.now();
  await consentToRelecloud(browser, baseURL!, megan.upn);

  await openAppPage(page, RELECLOUD.spId);
  const { text, at, eventId } = await provenanceOf(page.getByRole('region', { name: /^Consented by Megan/ }));
  expect(text).toMatch(/^Granted by Megan Bowen \(megan@contoso\.example\) on .+ \(audit event [^)]+\)\.$/);
  expect(Date.parse(at!)).toBeGreaterThanOrEqual(start - 1000);
  const event = await eventInStore(request, eventId);
  expect(event.activityDisplayName).toBe('Consent to application');
  expect(event.initiatedBy.user?.id).toBe(megan.id);
  expect(event.targetResources[0]?.id).toBe(RELECLOUD.spId);
  await expectNoSeriousAxeViolations(page, '/apps/:id, a user consent');
});

test('an admin consent for the organization: the line says so and names the admin', async ({ page, request, signedInAs }) => {
  // Signing in with consentFor is an admin consent for the organization to the console's own app.
  const start = Date.now();
  const admin = await signedInAs('global-admin', { consentFor: WITH_AUDIT });
  const state = await emulatorState(request);
  const console_ = spNamed(state, 'Consent Console');

  await openAppPage(page, console_.id);
  const { text, at, eventId } = await provenanceOf(page.getByRole('region', { name: /^Admin consent for all users/ }));
  expect(text).toMatch(/^Granted by an administrator, for the organization: Adele Vance \(admin@contoso\.example\), on .+ \(audit event [^)]+\)\.$/);
  expect(Date.parse(at!)).toBeGreaterThanOrEqual(start - 1000);
  const event = await eventInStore(request, eventId);
  expect(event.activityDisplayName).toBe('Consent to application');
  expect(event.initiatedBy.user?.id).toBe(admin.id);
  expect(event.targetResources[0]?.modifiedProperties.find((p) => p.displayName === 'ConsentContext.OnBehalfOfAll')?.newValue).toBe('"True"');
});

test("old seed grants and app permissions: beyond the log's retention (30 days on P1, 7 on Free), said, not guessed; axe clean", async ({
  page,
  request,
  signedInAs,
}) => {
  // Two app pages and an axe pass over one of them (large: every scope of every grant).
  test.slow();
  const seed = await emulatorState(request);
  const mailHelper = spNamed(seed, 'Mail Helper Pro');
  const megan = seed.users.find((u) => u.userPrincipalName.startsWith('megan@'))!;
  const grant = seed.grants.find((g) => g.clientId === mailHelper.id && g.principalId === megan.id)!;
  // The store holds the grant's consent event, older than the licence keeps.
  const consent = seed.audit.find((e) => e.id === `Directory_seed_${grant.id}`)!;
  expect(Date.now() - Date.parse(consent.activityDateTime)).toBeGreaterThan(seed.auditRetentionDays * DAY);
  expect(seed.auditRetentionDays).toBe(30);

  await signedInAs('global-reader', { consentFor: WITH_AUDIT });
  await openAppPage(page, mailHelper.id);
  await expect(page.getByRole('region', { name: 'Who granted this' })).toContainText("This tenant's licence (Entra ID P1/P2) keeps 30 days");
  await expect((await provenanceOf(page.getByRole('region', { name: /^Consented by Megan/ }))).line).toHaveText(
    "Granted before the audit log's 30 days (this tenant's licence keeps 30 days).",
  );
  await expectNoSeriousAxeViolations(page, '/apps/:id, beyond the log');

  // An app permission of the seed (no event at all), on a Free tenant: 7 days.
  const settings = await request.post(`${EMULATOR_URL}/_emulator/settings`, { data: { licence: 'Free' } });
  expect(settings.ok()).toBe(true);
  const adatum = spNamed(seed, 'Adatum Sign');
  await openAppPage(page, adatum.id);
  await expect(page.getByRole('region', { name: 'Who granted this' })).toContainText("This tenant's licence (Entra ID Free) keeps 7 days");
  const row = page.getByRole('table', { name: 'Application permissions' }).getByRole('row').filter({ hasText: 'User.Read.All' });
  await expect((await provenanceOf(row)).line).toHaveText("Granted before the audit log's 7 days (this tenant's licence keeps 7 days).");
});

test('without the audit scopes: one Grant access for the page, not per line, and no line', async ({ page, request, signedInAs }) => {
  const mailHelper = spNamed(await emulatorState(request), 'Mail Helper Pro');
  await signedInAs('global-reader', { consentFor: APPLICATIONS_SCREEN });
  await page.goto(`/apps/${mailHelper.id}`);
  const section = page.getByRole('region', { name: 'Who granted this' });
  // The read asks for a token with the audit scope first: the answer (consent needed) follows the inventory.
  await expect(section.getByRole('button', { name: 'Grant access' })).toBeVisible({ timeout: 30_000 });
  await expect(section.getByRole('button', { name: 'Grant access' })).toHaveCount(1);
  // Not per line: no Grant access in the grants or the app permissions.
  await expect(page.getByRole('region', { name: 'Delegated permissions' }).getByRole('button', { name: 'Grant access' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Application permissions' }).getByRole('button', { name: 'Grant access' })).toHaveCount(0);
  await expect(section).toContainText('AuditLog.Read.All');
  await expect(page.getByRole('region', { name: /^Consented by Megan/ })).toBeVisible();
  await expect(page.getByTestId('provenance')).toHaveCount(0);
  await expectNoSeriousAxeViolations(page, '/apps/:id, audit scopes not consented');
});

test('an account whose roles cannot read the audit log: one note naming the roles, no line', async ({ page, request, signedInAs }) => {
  const mailHelper = spNamed(await emulatorState(request), 'Mail Helper Pro');
  await signedInAs('cloud-app-admin', { consentFor: WITH_AUDIT });
  await page.goto(`/apps/${mailHelper.id}`);
  const section = page.getByRole('region', { name: 'Who granted this' });
  await expect(section).toContainText('A directory role is needed', { timeout: 30_000 });
  await expect(section).toContainText('Reports Reader');
  await expect(page.getByText('A directory role is needed')).toHaveCount(1);
  await expect(page.getByRole('region', { name: /^Consented by Megan/ })).toBeVisible();
  await expect(page.getByTestId('provenance')).toHaveCount(0);
});

test('since the last review: the new grant says by whom and when, from the consent event', async ({
  page,
  request,
  browser,
  baseURL,
  signedInAs,
  demoAccount,
}) => {
  test.slow();
  const megan = demoAccount('user');
  await signedInAs('global-admin', { consentFor: WITH_AUDIT });
  await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Access review', exact: true }).click();
  await grantWhatTheScreenAsks(page);
  await page.getByRole('button', { name: 'Mark review done' }).click();
  await page.getByRole('dialog', { name: 'Mark this review done?' }).getByRole('button', { name: 'Mark review done' }).click();
  await expect(page.getByText('nothing new was granted.')).toBeVisible();

  const start = Date.now();
  await consentToRelecloud(browser, baseURL!, megan.upn);
  await page.reload();
  const item = page.getByRole('table', { name: 'Changes since the last review' }).getByTestId('since-review-item');
  await expect(item).toHaveCount(1);
  const by = item.getByTestId('provenance');
  await expect(by).toHaveText(/^by Megan Bowen \(megan@contoso\.example\) on /, { timeout: 30_000 });
  expect(Date.parse((await by.locator('time').getAttribute('datetime'))!)).toBeGreaterThanOrEqual(start - 1000);
  const event = await eventInStore(request, /^Audit event (.+)$/.exec((await by.getAttribute('title')) ?? '')?.[1]);
  expect(event.activityDisplayName).toBe('Consent to application');
  expect(event.initiatedBy.user?.id).toBe(megan.id);
  expect(event.targetResources[0]?.id).toBe(RELECLOUD.spId);
});
