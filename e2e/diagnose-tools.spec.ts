import { accountWithRole, expect, signIn, test } from './fixtures';
import { tokenFor } from './diagnose-helpers';

test('catalogue search deep-links to an API; the status table says what each console API needs', async ({ page, demoAccounts }) => {
  await signIn(page, accountWithRole(demoAccounts, null));
  await page.goto('/diagnose');
  await page.getByRole('searchbox', { name: 'Search the Graph API catalogue' }).fill('get me messages');
  await page.getByRole('link', { name: 'GET /me/messages', exact: true }).click();
  await expect(page).toHaveURL(/\/diagnose\?method=GET&path=%2Fme%2Fmessages$/);
  await expect(page.getByText(/Least privileged: Mail\.ReadBasic/)).toBeVisible();

  const status = page.getByRole('table', { name: "Status of the console's APIs" });
  await expect(status.getByRole('row', { name: /Read your profile .* Works/ })).toBeVisible();
  await expect(status.getByRole('row', { name: /^Applications Read applications .* Needs admin consent/ })).toBeVisible();
});

test('token inspector: the console’s tokens explained; a pasted token decoded locally, without signature claims', async ({ page, demoAccounts }) => {
  const admin = accountWithRole(demoAccounts, 'Global Administrator');
  const pasted = await tokenFor(admin.upn, 'User.Read');
  await signIn(page, admin);
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
