import { decodeJwt } from 'jose';
import { createEmulator } from '../emulator/index.ts';
import { accountButtonName, emulatorState, expect, test } from './fixtures';
import { expectVerdict, GRAPH_URL, graphCall, pasteEvidence, tokenFor, verdict } from './diagnose-helpers';

const diagnoseUrl = (method: string, path: string) => `/diagnose?${new URLSearchParams({ method, path })}`;

test('consent missing: GET /me/messages with only User.Read → Grant → the call succeeds', async ({ page, signedInAs }) => {
  await signedInAs('user');
  await page.goto(diagnoseUrl('GET', '/me/messages'));
  await page.getByRole('button', { name: 'Run with my token' }).click();

  await expectVerdict(page, 'Permission not consented');
  await expect(verdict(page).getByRole('cell', { name: 'Silent token for Mail.ReadBasic' })).toBeVisible();
  await expect(page.getByText('Grant evidence unavailable', { exact: false })).toBeVisible();
  // Reading grants needs Directory.Read.All, which only an administrator can grant: a plain user is offered the request, not a consent.
  await expect(page.getByRole('button', { name: 'Grant Directory.Read.All' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Admin consent for Directory.Read.All' })).toBeVisible();

  await verdict(page).getByRole('button', { name: 'Grant Mail.ReadBasic' }).click();
  await page.getByRole('button', { name: 'Accept' }).click();
  await expect(page).toHaveURL(/\/diagnose\?method=GET&path=%2Fme%2Fmessages$/);
  await expectVerdict(page, 'The call succeeded');
});

test('stale token after an admin grant → refresh → the call succeeds', async ({ page, demoAccount, signedInAs, request }) => {
  // An admin (elsewhere) lets the console read grants; then the console signs in.
  const adminToken = await tokenFor(demoAccount('global-admin').upn, 'Directory.Read.All DelegatedPermissionGrant.ReadWrite.All');
  await signedInAs('global-admin');

  // Now the admin adds Mail.Read to the console's tenant-wide grant: the console's cached token predates it.
  const s = await emulatorState(request);
  const consoleSp = s.servicePrincipals.find((sp) => sp.appId === decodeJwt(adminToken).appid)!;
  const grant = s.grants.find((g) => g.clientId === consoleSp.id && g.consentType === 'AllPrincipals')!;
  expect((await graphCall(adminToken, 'PATCH', `/oauth2PermissionGrants/${grant.id}`, { scope: `${grant.scope} Mail.Read` })).status).toBe(204);

  await page.goto(diagnoseUrl('GET', '/me/messages'));
  await page.getByRole('radio', { name: /the token the console holds now/i }).check();
  await page.getByRole('button', { name: 'Run with my token' }).click();
  await expectVerdict(page, 'Consented, but the token predates the consent');
  await expect(
    verdict(page)
      .getByRole('cell', { name: /Mail\.Read/ })
      .first(),
  ).toBeVisible();

  await verdict(page).getByRole('button', { name: 'Refresh the token and run again' }).click();
  await expectVerdict(page, 'The call succeeded');
});

test('role missing: a Helpdesk Administrator with the grant permission is told which role to request', async ({ page, signedInAs, request }) => {
  await signedInAs('helpdesk', { consentFor: ['DelegatedPermissionGrant.ReadWrite.All'] });
  const target = (await emulatorState(request)).grants.find((g) => g.consentType === 'Principal')!;

  await page.goto(diagnoseUrl('DELETE', `/oauth2PermissionGrants/${target.id}`));
  await page.getByRole('button', { name: 'Diagnose without running' }).click();
  await expectVerdict(page, 'You lack a directory role for this operation');
  await expect(verdict(page).getByText(/assign you User Administrator/)).toBeVisible();
  // The token's wids by name, the role template id as secondary text.
  await expect(
    verdict(page).getByRole('row', { name: /^Your directory roles \(wids\) Helpdesk Administrator\s*729827e3-9c14-49f7-bb1b-9608f156bbb8/ }),
  ).toBeVisible();

  // Reproduced for real, after confirmation: the console checks no role for a typed request, Graph refuses, nothing is deleted.
  await page.getByRole('button', { name: 'Run it anyway…' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Send this write to Microsoft Graph?' });
  await expect(dialog.getByRole('list', { name: 'Changes' })).toHaveText(`DELETE ${GRAPH_URL}/oauth2PermissionGrants/${target.id}`);
  await dialog.getByRole('button', { name: 'Send DELETE' }).click();
  await expect(dialog.getByRole('list', { name: 'Results' })).toContainText('HTTP 403 Authorization_RequestDenied');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(verdict(page).getByRole('row', { name: /Graph answered 403 Authorization_RequestDenied/ })).toBeVisible();
  await expectVerdict(page, 'You lack a directory role for this operation');
  expect((await emulatorState(request)).grants.some((g) => g.id === target.id)).toBe(true);
});

test('wrong audience: a SharePoint token pasted for GET /me is explained; the Graph token works', async ({ page, demoAccount, signedInAs }) => {
  const sharePointToken = await tokenFor(demoAccount('global-admin').upn, 'https://microsoft.sharepoint-df.com/AllSites.Read');
  const real = await graphCall(sharePointToken, 'GET', '/me');
  expect(real.status).toBe(401);
  await signedInAs('global-admin');

  await page.goto(diagnoseUrl('GET', '/me'));
  await pasteEvidence(page, { status: real.status, body: real.body, wwwAuthenticate: real.wwwAuthenticate, token: sharePointToken });
  await expectVerdict(page, 'The token is for another API');
  await expect(verdict(page).getByRole('row', { name: 'aud https://microsoft.sharepoint-df.com' })).toBeVisible();

  await verdict(page).getByRole('button', { name: 'Run with the console’s Graph token' }).click();
  await expectVerdict(page, 'The call succeeded');
});

test('expired token (short token lifetime) → refresh the console’s token → the call succeeds', async ({ page, demoAccount, signedInAs }) => {
  const account = demoAccount('user');
  const shortLived = await createEmulator({ port: 0, tokenLifetimeSeconds: 1 });
  try {
    const token = await tokenFor(account.upn, 'User.Read', shortLived);
    const exp = Number(decodeJwt(token).exp);
    await expect.poll(() => Date.now() / 1000 > exp + 1, { timeout: 10_000 }).toBe(true);
    const real = await graphCall(token, 'GET', '/me', undefined, `${shortLived.graphUrl}/v1.0`);
    expect(real.body).toContain('expired');

    await signedInAs('user');
    await page.goto(diagnoseUrl('GET', '/me'));
    await pasteEvidence(page, { status: real.status, body: real.body, wwwAuthenticate: real.wwwAuthenticate, token });
    await expectVerdict(page, 'The access token has expired');
    await verdict(page).getByRole('button', { name: 'Refresh the token and run again' }).click();
    await expectVerdict(page, 'The call succeeded');
  } finally {
    await shortLived.close();
  }
});

test('claims challenge after revoked sessions → sign in again with the claims → the call succeeds', async ({ page, demoAccount, signedInAs }) => {
  const user = await signedInAs('user');
  await page.goto(diagnoseUrl('GET', '/me'));
  await page.getByRole('button', { name: 'Run with my token' }).click();
  await expectVerdict(page, 'The call succeeded');

  const adminToken = await tokenFor(demoAccount('global-admin').upn, 'User.RevokeSessions.All');
  expect((await graphCall(adminToken, 'POST', `/users/${user.id}/revokeSignInSessions`)).status).toBe(200);

  await page.getByRole('button', { name: 'Run with my token' }).click();
  await expectVerdict(page, 'Conditional Access asks for a fresh sign-in');
  await expect(verdict(page).getByRole('cell', { name: 'insufficient_claims' })).toBeVisible();
  await expect(verdict(page).getByRole('cell', { name: 'CP1' })).toBeVisible();

  await verdict(page).getByRole('button', { name: 'Sign in again with the requested claims' }).click();
  await page.getByRole('button', { name: accountButtonName(user.upn) }).click();
  await expect(page).toHaveURL(/\/diagnose\?method=GET&path=%2Fme$/);
  await expectVerdict(page, 'The call succeeded');
});

test('a claims challenge on any screen offers "Sign in again", which brings the screen back', async ({ page, demoAccount, signedInAs }) => {
  const user = await signedInAs('helpdesk');
  // Home reads /me: the job title shows only when Graph answered.
  await expect(page.getByText('Helpdesk Agent')).toBeVisible();

  const adminToken = await tokenFor(demoAccount('global-admin').upn, 'User.RevokeSessions.All');
  expect((await graphCall(adminToken, 'POST', `/users/${user.id}/revokeSignInSessions`)).status).toBe(200);

  await page.reload();
  const alert = page.getByText('Graph asks for a fresh sign-in (claims challenge: insufficient_claims).');
  await expect(alert).toBeVisible();
  await page.getByRole('button', { name: 'Sign in again' }).click();
  await page.getByRole('button', { name: accountButtonName(user.upn) }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByText('Helpdesk Agent')).toBeVisible();
  await expect(alert).toBeHidden();
});
