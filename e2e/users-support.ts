/**
 * Helpers for the Users specs: the permissions the Users screen asks for, and a third-party app (Mail
 * Helper Pro) that signs megan in at the protocol level so a test can watch its refresh token stop working.
 */
import type { Page } from '@playwright/test';
import { TestBrowser, redirectParams } from '../emulator/testing/browser.ts';
import { pkce, signIn as protocolSignIn } from '../emulator/testing/identity-client.ts';
import { EMULATOR_URL } from './fixtures';

export const MEGAN_ID = '10000000-0000-4000-8000-000000000011';
export const MAIL_HELPER = { appId: 'ba11ad00-0005-4b6c-8d7e-9f0a1b2c3d05', redirectUri: 'https://mailhelper-pro.example/callback' };
export const MEGAN_MAIL_HELPER_GRANT = 'GrantMailHelperMeganGraph00000000000000006';
const TENANT = '7c1d0f3e-5a2b-4c6d-9e8f-0a1b2c3d4e5f';

/**
 * What the Users screen and a user's page ask for (README, "API permissions"): finding users, reading
 * their grants and app roles, consent dates from the audit log, and revoking a user's grant and sessions.
 * Changing app roles (AppRoleAssignment.ReadWrite.All) is left out: its dialog asks for it when first needed.
 */
export const USERS_SCREEN = [
  'User.ReadBasic.All',
  'Directory.Read.All',
  'AuditLog.Read.All',
  'DelegatedPermissionGrant.ReadWrite.All',
  'User.RevokeSessions.All',
] as const;

/** Clicks Grant access in `scope` (a panel), then Accepts for the whole organization on the emulator's page. */
export async function grantForOrganization(page: Page, panel = page.getByRole('region', { name: 'Grant access' })): Promise<void> {
  await panel.getByRole('button', { name: 'Grant access' }).click();
  const org = page.getByRole('checkbox', { name: /on behalf of your organization/i });
  await org.check();
  await page.getByRole('button', { name: 'Accept' }).click();
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
  const redeemed = await token({
    grant_type: 'authorization_code',
    client_id: MAIL_HELPER.appId,
    redirect_uri: MAIL_HELPER.redirectUri,
    code,
    code_verifier: verifier,
    scope,
  });
  if (redeemed.status !== 200 || !redeemed.body.refresh_token) throw new Error(`redeem failed: ${JSON.stringify(redeemed.body)}`);
  return redeemed.body.refresh_token;
}

/** Mail Helper Pro's silent token request (refresh_token grant) for `scope`. */
export function mailHelperRefresh(refreshToken: string, scope: string): Promise<TokenAnswer> {
  return token({ grant_type: 'refresh_token', client_id: MAIL_HELPER.appId, refresh_token: refreshToken, scope });
}
