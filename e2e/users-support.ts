/**
 * Helpers for the Users specs: an admin grants the console the Users screen's permissions for the
 * whole organization, and a third-party app (Mail Helper Pro) signs megan in at the protocol level so
 * a test can watch its refresh token stop working.
 */
import type { Page } from '@playwright/test';
import { TestBrowser, redirectParams } from '../emulator/testing/browser.ts';
import { pkce, signIn as protocolSignIn } from '../emulator/testing/identity-client.ts';
import { EMULATOR_URL, expect, signIn, type DemoAccount } from './fixtures';

export const MEGAN_ID = '10000000-0000-4000-8000-000000000011';
export const MAIL_HELPER = { appId: 'ba11ad00-0005-4b6c-8d7e-9f0a1b2c3d05', redirectUri: 'https://mailhelper-pro.example/callback' };
export const MEGAN_MAIL_HELPER_GRANT = 'GrantMailHelperMeganGraph00000000000000006';
const TENANT = '7c1d0f3e-5a2b-4c6d-9e8f-0a1b2c3d4e5f';

export interface EmulatorGrant {
  id: string;
  clientId: string;
  consentType: string;
  principalId: string | null;
  resourceId: string;
  scope: string;
}

export async function emulatorGrants(): Promise<EmulatorGrant[]> {
  const state = (await (await fetch(`${EMULATOR_URL}/_emulator/state`)).json()) as { grants: EmulatorGrant[] };
  return state.grants;
}

/** Clicks Grant access in `scope` (a panel), then Accepts for the whole organization on the emulator's page. */
export async function grantForOrganization(page: Page, panel = page.getByRole('region', { name: 'Grant access' })): Promise<void> {
  await panel.getByRole('button', { name: 'Grant access' }).click();
  const org = page.getByRole('checkbox', { name: /on behalf of your organization/i });
  await org.check();
  await page.getByRole('button', { name: 'Accept' }).click();
}

/**
 * As a Global Administrator: opens the Users screen and megan's apps, granting every permission they
 * ask for — reading users, grants, the audit log, and writing grants and sessions — for everyone.
 */
export async function adminGrantsUsersScreen(page: Page, admin: DemoAccount): Promise<void> {
  await signIn(page, admin);
  await page.goto('/users?q=megan');
  await grantForOrganization(page);
  await page.getByRole('table', { name: 'Users' }).getByRole('link', { name: 'Megan Bowen' }).click();
  await expect(page).toHaveURL(new RegExp(`/users/${MEGAN_ID}$`));
  await grantForOrganization(page);
  const own = page.getByRole('table', { name: 'Apps Megan Bowen consented to' });
  await expect(own).toBeVisible();
  await grantForOrganization(page);
  await expect(own.getByRole('row', { name: /Mail Helper Pro/ }).getByRole('cell', { name: /2026/ })).toBeVisible();
  await own.getByRole('button', { name: 'Revoke for this user: Mail Helper Pro' }).click();
  const dialog = page.getByRole('dialog', { name: 'Revoke Mail Helper Pro for Megan Bowen' });
  await dialog.getByRole('checkbox', { name: /sign-in sessions/ }).check();
  await grantForOrganization(page, dialog.getByRole('region', { name: 'Grant access' }));
  await expect(own).toBeVisible();
  await page.getByRole('button', { name: `Account: ${admin.displayName}` }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
}

interface TokenAnswer {
  status: number;
  body: { error?: string; suberror?: string; error_codes?: number[]; error_description?: string; refresh_token?: string };
}

async function token(form: Record<string, string>): Promise<TokenAnswer> {
  // A web app's back end redeems its codes server to server: no Origin header.
  const res = await fetch(`${EMULATOR_URL}/${TENANT}/oauth2/v2.0/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
  });
  return { status: res.status, body: (await res.json()) as TokenAnswer['body'] };
}

/** Megan signs in to Mail Helper Pro (already consented: no consent page); returns its refresh token. */
export async function meganSignsInToMailHelper(): Promise<string> {
  const { verifier, challenge } = pkce();
  const scope = 'User.Read Mail.ReadWrite offline_access openid profile';
  const query = new URLSearchParams({
    client_id: MAIL_HELPER.appId,
    redirect_uri: MAIL_HELPER.redirectUri,
    response_type: 'code',
    response_mode: 'query',
    scope,
    state: 's',
    nonce: 'n',
    code_challenge: challenge,
    code_challenge_method: 'S256',
  });
  const page = await protocolSignIn(new TestBrowser(), `${EMULATOR_URL}/${TENANT}/oauth2/v2.0/authorize?${query}`, 'megan@contoso.example');
  const code = redirectParams(page.location ?? '').get('code');
  if (!code) throw new Error(`Mail Helper Pro got no code: ${page.location ?? page.status}`);
  const redeemed = await token({ grant_type: 'authorization_code', client_id: MAIL_HELPER.appId, redirect_uri: MAIL_HELPER.redirectUri, code, code_verifier: verifier, scope });
  if (redeemed.status !== 200 || !redeemed.body.refresh_token) throw new Error(`redeem failed: ${JSON.stringify(redeemed.body)}`);
  return redeemed.body.refresh_token;
}

/** Mail Helper Pro's silent token request (refresh_token grant) for `scope`. */
export function mailHelperRefresh(refreshToken: string, scope: string): Promise<TokenAnswer> {
  return token({ grant_type: 'refresh_token', client_id: MAIL_HELPER.appId, refresh_token: refreshToken, scope });
}
