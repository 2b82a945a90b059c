import { readFile } from 'node:fs/promises';
import { APPLICATIONS_SCREEN, openApplications } from './apps-helpers';
import { emulatorState, expect, test } from './fixtures';

/** RFC 4180 rows (quoted cells, doubled quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (quoted || (c !== ',' && c !== '\n' && c !== '\r')) {
      cell += c;
    } else if (c === ',' || c === '\n') {
      row.push(cell);
      cell = '';
      if (c === '\n') {
        rows.push(row);
        row = [];
      }
    }
  }
  return rows;
}

test('search, filters and sort live in the URL and survive a reload', async ({ page, signedInAs }) => {
  await signedInAs('global-admin', { consentFor: APPLICATIONS_SCREEN });
  await openApplications(page);
  const table = page.getByRole('table', { name: 'Applications' });
  await page.getByRole('checkbox', { name: 'Has user consents' }).click();
  await expect(page.getByRole('checkbox', { name: 'Has user consents' })).toBeChecked();
  await page.getByRole('combobox', { name: 'Type' }).click();
  await page.getByRole('option', { name: 'Unverified publisher' }).click();
  await expect(page).toHaveURL(/type=unverified/);
  await page.getByRole('combobox', { name: 'Highest risk' }).click();
  await page.getByRole('option', { name: 'Critical risk' }).click();
  await expect(page).toHaveURL(/risk=critical/);
  await expect(table.getByRole('link')).toHaveText(['Mail Helper Pro']);

  await page.getByRole('combobox', { name: 'Type' }).click();
  await page.getByRole('option', { name: 'All types' }).click();
  await expect(page).not.toHaveURL(/type=/);
  await page.getByRole('combobox', { name: 'Highest risk' }).click();
  await page.getByRole('option', { name: 'Any risk' }).click();
  await page.getByRole('textbox', { name: /search by name/i }).fill('o');
  await page.getByRole('button', { name: 'Search' }).click();
  await table.getByRole('button', { name: 'Users consented' }).click();
  await expect(page).toHaveURL(/\?userConsents=1&q=o&sort=users$/);
  await expect(table.getByRole('link')).toHaveText(['Mail Helper Pro', 'Quick PDF Tools', 'Consent Console', 'Litware Meeting Notes']);

  await page.reload();
  await expect(page.getByRole('textbox', { name: /search by name/i })).toHaveValue('o');
  await expect(page.getByRole('checkbox', { name: 'Has user consents' })).toBeChecked();
  await expect(table.getByRole('columnheader', { name: 'Users consented' })).toHaveAttribute('aria-sort', 'descending');
  await expect(table.getByRole('link')).toHaveText(['Mail Helper Pro', 'Quick PDF Tools', 'Consent Console', 'Litware Meeting Notes']);

  await page.getByRole('button', { name: 'Clear all filters' }).click();
  await expect(page).toHaveURL(/\/apps\?sort=users$/);
});

test('the CSV export has one row per permission and matches the emulator', async ({ page, request, signedInAs }) => {
  await signedInAs('global-admin', { consentFor: APPLICATIONS_SCREEN });
  await openApplications(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^permission-inventory-.*\.csv$/);
  const [header, ...rows] = parseCsv(await readFile((await download.path())!, 'utf8'));
  expect(header).toEqual([
    'permissionType',
    'clientId',
    'clientDisplayName',
    'resourceId',
    'resourceDisplayName',
    'permission',
    'consentType',
    'principalId',
    'principalDisplayName',
    'clientType',
    'clientCredentials',
    'clientOwners',
    'clientLastSignIn',
    'clientUnused',
  ]);

  const state = await emulatorState(request);
  const name = new Map(state.servicePrincipals.map((sp) => [sp.id, sp.displayName]));
  const user = new Map(state.users.map((u) => [u.id, u.displayName]));
  const expected = [
    ...state.grants.flatMap((g) =>
      g.scope
        .split(/\s+/)
        .filter(Boolean)
        .map((permission) =>
          [
            'Delegated',
            g.clientId,
            name.get(g.clientId),
            g.resourceId,
            name.get(g.resourceId),
            permission,
            g.consentType,
            g.principalId ?? '',
            g.principalId ? user.get(g.principalId) : '',
          ].join('|'),
        ),
    ),
    ...state.appRoleAssignments
      .filter((a) => a.principalType === 'ServicePrincipal')
      .map((a) => ['Application', a.principalId, name.get(a.principalId), a.resourceId, name.get(a.resourceId), '', '', ''].join('|')),
  ].sort();
  // Application rows carry the app role's value, which the state gives by id: compare them without it (the type is checked below).
  const actual = rows.map((r) => (r[0] === 'Application' ? [r[0], r[1], r[2], r[3], r[4], r[6], r[7], r[8]] : r.slice(0, 9)).join('|')).sort();
  expect(actual).toEqual(expected);
  expect(rows).toContainEqual(expect.arrayContaining(['Application', 'Tailspin Admin Automation', 'RoleManagement.ReadWrite.Directory']));
  expect(
    rows
      .filter((r) => r[2] === 'Mail Helper Pro' && r[5] === 'Mail.ReadWrite')
      .map((r) => r[8])
      .sort(),
  ).toEqual(['Johanna Lorenz', 'Megan Bowen', 'Pradeep Gupta'].sort());
  // The app's type as every screen says it: the console is the organization's own, not "third-party".
  const typeOf = (client: string) => [...new Set(rows.filter((r) => r[2] === client).map((r) => r[9]))];
  expect(typeOf('Consent Console')).toEqual(['Your organization']);
  expect(typeOf('Mail Helper Pro')).toEqual(['Unverified publisher']);
});

test('a Global Reader sees revoke actions disabled, with the reason and the role that would allow them', async ({ page, request, signedInAs }) => {
  // The admin consented for the organization, so the reader's account can read the inventory.
  await signedInAs('global-reader', { consentFor: APPLICATIONS_SCREEN });
  await page.goto('/apps');
  await page.getByRole('table', { name: 'Applications' }).getByRole('link', { name: 'Mail Helper Pro', exact: true }).click();
  const revoke = page.getByRole('region', { name: /^Consented by Megan/ }).getByRole('button', { name: 'Revoke grant' });
  await expect(revoke).toBeDisabled();
  await expect(
    page.getByText(/Your directory roles \(Global Reader\) do not allow you to change or revoke delegated permission grants\. \w+/).first(),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Revoke everything' })).toBeDisabled();
  const before = (await emulatorState(request)).grants;
  await revoke.click({ force: true });
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  expect((await emulatorState(request)).grants).toEqual(before);
});
