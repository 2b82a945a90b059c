import { emulatorState, expect, test } from './fixtures';
import { expectVerdict, GRAPH_URL, tokenFor, verdict } from './diagnose-helpers';

test('catalogue search deep-links to an API; the status table says what each console API needs', async ({ page, signedInAs }) => {
  await signedInAs('user');
  await page.goto('/diagnose');
  await page.getByRole('searchbox', { name: 'Search the Graph API catalogue' }).fill('get me messages');
  await page.getByRole('link', { name: 'GET /me/messages', exact: true }).click();
  await expect(page).toHaveURL(/\/diagnose\?method=GET&path=%2Fme%2Fmessages$/);
  await expect(page.getByText(/Least privileged: Mail\.ReadBasic/)).toBeVisible();

  const status = page.getByRole('table', { name: "Status of the console's APIs" });
  await expect(status.getByRole('row', { name: /Read your profile .* Works/ })).toBeVisible();
  await expect(status.getByRole('row', { name: /^Applications Read applications .* Needs admin consent/ })).toBeVisible();
});

test('token inspector: the console’s tokens explained; a pasted token decoded locally, without signature claims', async ({ page, demoAccount, signedInAs }) => {
  const pasted = await tokenFor(demoAccount('global-admin').upn, 'User.Read');
  await signedInAs('global-admin');
  await page.goto('/diagnose/token');

  const access = page.getByRole('table', { name: 'Claims of the Graph access token' });
  await expect(access.getByRole('row', { name: /^wids .*Global Administrator/ })).toBeVisible();
  await expect(access.getByRole('row', { name: /^xms_cc .*CP1/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Claims of the ID token' }).getByRole('row', { name: /^aud / })).toBeVisible();

  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.getByRole('textbox', { name: 'Token to decode (JWT)' }).fill('not a token');
  await page.getByRole('button', { name: 'Decode' }).click();
  await expect(page.getByText(/This is not a JWT/)).toBeVisible();
  await page.getByRole('textbox', { name: 'Token to decode (JWT)' }).fill(pasted);
  await page.getByRole('button', { name: 'Decode' }).click();
  await expect(page.getByRole('table', { name: 'Claims of the pasted token' }).getByRole('row', { name: /^scp .*User\.Read/ })).toBeVisible();
  await expect(page.getByText(/signature is NOT verified/)).toBeVisible();
  expect(requests.filter((url) => url.includes(pasted.slice(0, 20)))).toEqual([]);
});

test('a Diagnose write stops at the change dialog, which names the real Graph URL; once sent it is in the Activity log', async ({
  page,
  signedInAs,
  request,
}) => {
  await signedInAs('global-admin', { consentFor: ['DelegatedPermissionGrant.ReadWrite.All'] });
  const grant = (await emulatorState(request)).grants.find((g) => g.consentType === 'Principal' && g.scope !== 'User.Read')!;
  const typed = `https://graph.evil.example/v1.0/oauth2PermissionGrants/${grant.id}`;
  const sent = `PATCH ${GRAPH_URL}/oauth2PermissionGrants/${grant.id}, with a JSON body`;
  await page.goto(`/diagnose?${new URLSearchParams({ method: 'PATCH', path: typed })}`);
  await page.getByRole('textbox', { name: 'Request body (JSON)' }).fill('{"scope":"User.Read"}');
  await page.getByRole('button', { name: 'Run it anyway…' }).click();

  const dialog = page.getByRole('alertdialog', { name: 'Send this write to Microsoft Graph?' });
  await expect(dialog.getByRole('list', { name: 'Changes' })).toHaveText(sent);
  await expect(dialog).toContainText(
    `You typed https://graph.evil.example, but the console sends requests only to its Microsoft Graph, ${new URL(GRAPH_URL).origin}`,
  );
  await expect(dialog.getByRole('textbox', { name: 'Request body, sent as shown' })).toHaveValue('{\n  "scope": "User.Read"\n}');
  await expect(dialog).toContainText('recorded, not restorable');
  const unchanged = async () => (await emulatorState(request)).grants.find((g) => g.id === grant.id)!.scope;
  expect(await unchanged()).toBe(grant.scope);

  await dialog.getByRole('button', { name: 'Send PATCH' }).click();
  await expect(dialog.getByRole('list', { name: 'Results' })).toContainText(sent);
  await expect.poll(unchanged).toBe('User.Read');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expectVerdict(page, 'The call succeeded');
  await expect(verdict(page).getByRole('row', { name: 'Graph answered 204' })).toBeVisible();

  await page.goto('/activity');
  const entry = page.getByRole('article', { name: sent });
  await expect(entry).toContainText('Graph request sent from Diagnose');
  await expect(entry).toContainText('Succeeded');
  await expect(entry.getByRole('button', { name: 'Restore' })).toHaveCount(0);
  await entry.getByRole('button', { name: 'Details' }).click();
  await expect(entry).toContainText('Microsoft Graph answered 204.');
});
