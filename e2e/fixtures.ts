/**
 * The e2e suite's fixtures: every test starts on the emulator's seed in a fresh browser context, and signs
 * in with `signedInAs(role, { consentFor })` — a demo account named by its directory role, with the
 * console's Graph permissions already consented to for the organization when the test is not about
 * consent. The emulator's own types describe what its test-control routes return.
 */
import { test as base, expect, type APIRequestContext, type Page } from '@playwright/test';
import type { DemoFacts, EmulatorStateDump } from '../emulator/control/routes.ts';
import type { Emulator } from '../emulator/index.ts';
import { redirectParams, TestBrowser } from '../emulator/testing/browser.ts';
import { authorizeUrl, signIn as protocolSignIn } from '../emulator/testing/identity-client.ts';
import { EMULATOR_PORT } from '../playwright.config';

export const EMULATOR_URL = `http://localhost:${EMULATOR_PORT}`;

export type DemoAccount = DemoFacts['accounts'][number];

/** The demo tenant's accounts by what they may do: each directory role one account holds, a plain member, a guest. */
const DIRECTORY_ROLES = {
  'global-admin': 'Global Administrator',
  'privileged-role-admin': 'Privileged Role Administrator',
  'cloud-app-admin': 'Cloud Application Administrator',
  'app-admin': 'Application Administrator',
  'user-admin': 'User Administrator',
  helpdesk: 'Helpdesk Administrator',
  'global-reader': 'Global Reader',
  'reports-reader': 'Reports Reader',
} as const;

export type DemoRole = keyof typeof DIRECTORY_ROLES | 'user' | 'guest';

export interface SignInOptions {
  /**
   * Microsoft Graph permissions of the console the Global Administrator has consented to for the whole
   * organization before the account signs in (on the emulator's consent page, from Node: the test's
   * browser never sees it). Leave it out for tests about consent: the console then holds User.Read only.
   */
  consentFor?: readonly string[];
}

interface Fixtures {
  /** The emulator is back on its seed, and the browser context is fresh (no storage, no cookies). */
  resetEmulator: void;
  demoAccounts: DemoAccount[];
  /** The demo account holding this role, without signing it in. */
  demoAccount: (role: DemoRole) => DemoAccount;
  /** Signs the account holding this role in to the console (landing on Home) and returns the account. */
  signedInAs: (role: DemoRole, options?: SignInOptions) => Promise<DemoAccount>;
  /** The Global Administrator consents to these console permissions for the organization now (from Node, as from another browser). */
  adminConsents: (scopes: readonly string[]) => Promise<void>;
}

export const test = base.extend<Fixtures>({
  resetEmulator: [
    async ({ request, context }, use) => {
      const reset = await request.post(`${EMULATOR_URL}/_emulator/reset`);
      expect(reset.ok(), 'the emulator must run with --test-control').toBe(true);
      await context.clearCookies();
      await use();
    },
    { auto: true },
  ],
  demoAccounts: async ({ request }, use) => {
    const demo = await request.get(`${EMULATOR_URL}/_emulator/demo`);
    const body = (await demo.json()) as DemoFacts;
    await use(body.accounts);
  },
  demoAccount: async ({ demoAccounts }, use) => {
    await use((role) => accountFor(demoAccounts, role));
  },
  signedInAs: async ({ page, demoAccounts }, use) => {
    await use(async (role, { consentFor } = {}) => {
      const account = accountFor(demoAccounts, role);
      if (consentFor) await consentForOrganization(accountFor(demoAccounts, 'global-admin'), consentFor);
      await signIn(page, account);
      return account;
    });
  },
  adminConsents: async ({ demoAccounts }, use) => {
    await use((scopes) => consentForOrganization(accountFor(demoAccounts, 'global-admin'), scopes));
  },
});

export { expect };

function accountFor(accounts: DemoAccount[], role: DemoRole): DemoAccount {
  const holds = (a: DemoAccount) => {
    if (role === 'guest') return a.userType === 'Guest';
    if (role === 'user') return a.userType === 'Member' && a.roles.length === 0;
    return a.roles.includes(DIRECTORY_ROLES[role]);
  };
  const account = accounts.find(holds);
  if (!account) throw new Error(`The demo tenant has no account for the role ${role}.`);
  return account;
}

/** The sign-in page's button for an account: its accessible name holds the UPN as a whole word (admin@ is not appadmin@). */
export function accountButtonName(upn: string): RegExp {
  return new RegExp(`(^|\\s)${upn.replace(/[.@#$]/g, '\\$&')}(\\s|$)`, 'i');
}

/**
 * The browser step of `signedInAs`: signs in from the console's sign-in screen, picks the account on the
 * emulator's sign-in page and accepts the first-time User.Read consent when the emulator asks for it.
 */
async function signIn(page: Page, account: DemoAccount): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: accountButtonName(account.upn) }).click();
  const accept = page.getByRole('button', { name: 'Accept' });
  const home = page.getByRole('heading', { name: 'Home', level: 1 });
  await expect(accept.or(home)).toBeVisible();
  if (await accept.isVisible()) await accept.click();
  await expect(home).toBeVisible();
}

/** The running e2e emulator as the protocol helpers address it (they only use its identity URL). */
const e2eEmulator = { identityUrl: EMULATOR_URL } as Emulator;

/**
 * An administrator signs in to the console's app registration through the emulator's real sign-in and
 * consent pages (as from another browser) and accepts these permissions on behalf of the organization.
 */
async function consentForOrganization(admin: DemoAccount, scopes: readonly string[]): Promise<void> {
  const browser = new TestBrowser();
  const url = authorizeUrl(e2eEmulator, { scope: [...scopes, 'openid', 'profile', 'offline_access'].join(' ') });
  let page = await protocolSignIn(browser, url, admin.upn);
  // No consent page when everything asked for is consented already.
  if (page.status !== 302) page = await browser.click(page, 'Accept', { check: { consent_org: true } });
  if (!page.location || !redirectParams(page.location).has('code')) {
    throw new Error(`${admin.upn} could not consent to ${scopes.join(' ')} for the organization: ${page.location ?? page.html.slice(0, 300)}`);
  }
}

/** What the emulator holds now (GET /_emulator/state). */
export async function emulatorState(request: APIRequestContext): Promise<EmulatorStateDump> {
  const response = await request.get(`${EMULATOR_URL}/_emulator/state`);
  expect(response.ok()).toBe(true);
  return (await response.json()) as EmulatorStateDump;
}

/** sessionStorage of the console origin as one string, to look for what is left of an account. */
export async function sessionStorageDump(page: Page): Promise<string> {
  return page.evaluate(() => {
    const entries: string[] = [];
    for (let i = 0; i < sessionStorage.length; i++) {
      const key = sessionStorage.key(i)!;
      entries.push(`${key}=${sessionStorage.getItem(key) ?? ''}`);
    }
    return entries.join('\n');
  });
}
