/**
 * The admin consent requests inbox (issue 17): a plain user asks for an admin-only app with a reason on the
 * emulator's "Need admin approval" page; an administrator approves it for just the people who asked, with
 * one permission removed, through the one change dialog; those users then sign in without a consent page
 * while others still need approval, and restoring the approval from Activity takes the grants away again.
 * A Cloud Application Administrator cannot approve Microsoft Graph's application permissions: the approval
 * is disabled and names the role that can.
 */
import type { Browser } from '@playwright/test';
import { pkce } from '../emulator/testing/identity-client.ts';
import { accountButtonName, EMULATOR_URL, emulatorState, expect, test } from './fixtures';
import { grantWhatTheScreenAsks } from './hardening';
import { expectNoSeriousAxeViolations } from './support/axe';

const TENANT = '7c1d0f3e-5a2b-4c6d-9e8f-0a1b2c3d4e5f';
const QUICK_PDF = {
  appId: '9d1c0000-0006-4b6c-8d7e-9f0a1b2c3d06',
  spId: '20000000-0000-4000-8000-000000000031',
  redirectUri: 'https://quickpdf.example/oauth',
};
const ASKED = 'User.Read.All Group.Read.All openid profile';
/** What the inbox reads and the approval writes, consented for the organization before the admin signs in. */
const INBOX = ['ConsentRequest.Read.All', 'Policy.Read.All', 'Directory.Read.All', 'DelegatedPermissionGrant.ReadWrite.All'];

/**
 * `upn` signs in to Quick PDF Tools in a browser of their own, asking for `scope`. Resolves with the page
 * (on an emulator page) or, when the emulator redirected back to the app, the authorization code.
 */
async function signInToQuickPdf(browser: Browser, upn: string, scope: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const { verifier, challenge } = pkce();
  let code: string | undefined;
  await page.route(`${QUICK_PDF.redirectUri}**`, (route) => {
    code = new URL(route.request().url()).searchParams.get('code') ?? undefined;
    return route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Quick PDF Tools</title><h1>Signed in</h1>' });
  });
  const query = new URLSearchParams({
    client_id: QUICK_PDF.appId,
    redirect_uri: QUICK_PDF.redirectUri,
    response_type: 'code',
    response_mode: 'query',
    scope,
    state: 's',
    nonce: 'n',
    code_challenge: challenge,
    code_challenge_method: 'S256',
  });
  await page.goto(`${EMULATOR_URL}/${TENANT}/oauth2/v2.0/authorize?${query.toString()}`);
  await page.getByRole('button', { name: accountButtonName(upn) }).click();
  const outcome = page
    .getByRole('heading', { name: 'Need admin approval' })
    .or(page.getByRole('heading', { name: /^(Permissions requested|Signed in)$/ }))
    .first();
  await expect(outcome).toBeVisible();
  return { page, context, verifier, code: () => code };
}

async function redeem(code: string, verifier: string, scope: string) {
  const res = await fetch(`${EMULATOR_URL}/${TENANT}/oauth2/v2.0/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: QUICK_PDF.appId,
      redirect_uri: QUICK_PDF.redirectUri,
      code,
      code_verifier: verifier,
      scope,
    }),
  });
  return { status: res.status, body: (await res.json()) as { scope?: string; access_token?: string; error?: string } };
}

const quickPdfGrants = async (request: Parameters<typeof emulatorState>[0]) =>
  (await emulatorState(request)).grants.filter((g) => g.clientId === QUICK_PDF.spId);

test('a request approved for the people who asked, one permission removed: their grants only, sign-in without consent, restorable', async ({
  page,
  browser,
  request,
  signedInAs,
  demoAccount,
}) => {
  test.setTimeout(120_000);
  const megan = demoAccount('user');
  const before = await quickPdfGrants(request);

  // A plain user asks for the admin-only app with a reason.
  const asking = await signInToQuickPdf(browser, megan.upn, ASKED);
  await asking.page.getByRole('textbox', { name: 'Justification for requesting this app' }).fill('I sign the supplier contracts as PDFs.');
  await asking.page.getByRole('button', { name: 'Request approval' }).click();
  await expect(asking.page.getByRole('heading', { name: 'Request sent' })).toBeVisible();
  await asking.context.close();

  // The request is in the inbox, with the reason.
  await signedInAs('global-admin', { consentFor: INBOX });
  await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Requests', exact: true }).click();
  await grantWhatTheScreenAsks(page);
  const card = page.getByRole('article').filter({ has: page.getByRole('heading', { name: /Quick PDF Tools/ }) });
  await expect(card.getByRole('cell', { name: 'I sign the supplier contracts as PDFs.' })).toBeVisible();
  const requesters = card.getByRole('table', { name: 'Requesters' }).getByRole('row');
  await expect(requesters).toHaveCount(4); // the header, Johanna and Pradeep (the seed's), and Megan
  // The seeded reviewer is the signed-in Global Administrator: named, the id only beside the name.
  await expect(page.getByRole('list', { name: 'Reviewers' })).toContainText(/The user Adele Vance, you \([0-9a-f-]{36}\)/);
  await expectNoSeriousAxeViolations(page, '/requests');

  // Approve for the people who asked, without Group.Read.All.
  await card.getByRole('button', { name: 'Approve…' }).click();
  const dialog = page.getByRole('alertdialog', { name: /Approve .*Quick PDF Tools/ });
  await expect(dialog.getByRole('radio', { name: /Only the people who asked \(3\)/ })).toBeChecked();
  await dialog.getByRole('checkbox', { name: /^Group\.Read\.All/ }).uncheck();
  const preview = dialog.getByRole('list', { name: 'Grants the approval creates' });
  await expect(preview.getByRole('listitem')).toHaveCount(3);
  await expect(preview).not.toContainText('Group.Read.All');
  await expect(preview).not.toContainText('everyone in the organization');
  await expectNoSeriousAxeViolations(page, 'approve dialog');
  await dialog.getByRole('button', { name: 'Approve', exact: true }).click();
  await expect(dialog.getByRole('status')).toHaveText('All 3 changes done.');
  await dialog.getByRole('button', { name: 'Close' }).click();

  // Afterwards: the request as Graph reports it, and that Graph cannot close it.
  const after = page.getByRole('list', { name: 'The request as Graph reports it' });
  await expect(after).toContainText('Megan');
  await expect(page.getByText('Microsoft Graph cannot mark a request approved or denied').first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Microsoft Entra admin center (Admin consent requests)' }).first()).toHaveAttribute(
    'href',
    'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AccessRequests',
  );

  // The emulator holds exactly the requesters' Principal grants with the kept permissions, and no AllPrincipals grant.
  const state = await emulatorState(request);
  const idOf = (alias: string) => state.users.find((u) => u.userPrincipalName === `${alias}@contoso.example`)?.id;
  const approved = state.grants.filter((g) => g.clientId === QUICK_PDF.spId);
  expect(approved.filter((g) => g.consentType === 'AllPrincipals')).toEqual([]);
  const withKept = approved.filter((g) => g.scope.split(' ').includes('User.Read.All'));
  expect(withKept.map((g) => g.principalId).sort()).toEqual([megan.id, idOf('johanna'), idOf('pradeep')].sort());
  expect(approved.some((g) => g.scope.split(' ').includes('Group.Read.All'))).toBe(false);
  expect(
    approved
      .find((g) => g.principalId === megan.id)
      ?.scope.split(' ')
      .sort(),
  ).toEqual(['Files.Read', 'User.Read', 'User.Read.All', 'offline_access', 'openid', 'profile'].sort());

  // Megan now signs in for the kept permissions without a consent page and gets a token for them.
  const again = await signInToQuickPdf(browser, megan.upn, 'User.Read.All openid profile');
  await expect(again.page.getByRole('heading', { name: 'Signed in' })).toBeVisible();
  const token = await redeem(again.code()!, again.verifier, 'User.Read.All openid profile');
  expect(token.status).toBe(200);
  expect(token.body.scope?.split(' ')).toContain('User.Read.All');
  await again.context.close();

  // Isaiah did not ask: he still needs admin approval.
  const isaiah = await signInToQuickPdf(browser, 'isaiah@contoso.example', 'User.Read.All openid profile');
  await expect(isaiah.page.getByRole('heading', { name: 'Need admin approval' })).toBeVisible();
  await isaiah.context.close();

  // Restoring the three additions from Activity removes them again.
  await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Activity', exact: true }).click();
  const approvals = page.getByRole('article', { name: /^Grant .*Quick PDF Tools/ });
  await expect(approvals).toHaveCount(3);
  for (let i = 0; i < 3; i++) {
    await approvals.getByRole('button', { name: 'Restore' }).first().click();
    const restore = page.getByRole('alertdialog', { name: 'Restore this change?' });
    await expect(restore.getByText(/^Removes User\.Read\.All, openid, profile, offline_access from/)).toBeVisible();
    await restore.getByRole('button', { name: 'Restore', exact: true }).click();
    const restored = page.getByRole('status').filter({ hasText: 'Restored' });
    await expect(restored).toBeVisible();
    await restored.getByRole('button', { name: 'Dismiss' }).click();
  }
  await expect(approvals.getByRole('button', { name: 'Restore' })).toHaveCount(0);
  await expect
    .poll(async () => (await quickPdfGrants(request)).map((g) => `${g.principalId} ${g.scope}`).sort())
    .toEqual(before.map((g) => `${g.principalId} ${g.scope}`).sort());
});

test('a Cloud Application Administrator cannot approve Microsoft Graph’s application permissions: disabled, naming the role that can', async ({
  page,
  signedInAs,
}) => {
  await signedInAs('cloud-app-admin', { consentFor: INBOX });
  await page.goto('/requests');
  await grantWhatTheScreenAsks(page);
  const card = page.getByRole('article').filter({ has: page.getByRole('heading', { name: /Northwind HR Portal/ }) });
  await expect(card.getByText(/Application permissions of Microsoft Graph cannot be approved with your roles.*Privileged Role Administrator/)).toBeVisible();

  // Northwind asked through .default; its registration also configures Microsoft Graph's User.Read.All application permission.
  await card.getByRole('button', { name: 'Approve…' }).click();
  const dialog = page.getByRole('alertdialog', { name: /Approve .*Northwind HR Portal/ });
  await dialog.getByRole('radio', { name: /Everyone in the organization/ }).check();
  await dialog.getByRole('textbox', { name: 'Application permission' }).fill('User.Read.All');
  await dialog.getByRole('button', { name: 'Add application permission' }).click();
  await expect(dialog.getByRole('list', { name: 'Grants the approval creates' })).toContainText('application permission User.Read.All on Microsoft Graph');
  await expect(dialog.getByText(/Privileged Role Administrator/).first()).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Approve', exact: true })).toBeDisabled();

  // Without the application permission, the delegated ones are the Cloud Application Administrator's to approve.
  await dialog.getByRole('button', { name: 'Remove User.Read.All' }).click();
  await expect(dialog.getByRole('button', { name: 'Approve', exact: true })).toBeEnabled();

  // For a group: one grant per member that is a user (Sales Team: Megan and Johanna), none for the organization.
  await dialog.getByRole('radio', { name: 'The members of a group' }).check();
  await dialog.getByRole('combobox', { name: 'Group' }).selectOption({ label: 'Sales Team' });
  const preview = dialog.getByRole('list', { name: 'Grants the approval creates' });
  await expect(preview.getByRole('listitem')).toHaveCount(2);
  for (const name of ['Megan Bowen', 'Johanna Lorenz']) await expect(preview).toContainText(name);
  await expect(preview).not.toContainText('everyone in the organization');
  await expect(preview).not.toContainText('application permission');
});
