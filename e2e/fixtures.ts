import { test as base, expect, type Page } from '@playwright/test';
import { EMULATOR_PORT } from '../playwright.config';

export const EMULATOR_URL = `http://localhost:${EMULATOR_PORT}`;

export interface DemoAccount {
  upn: string;
  displayName: string;
  roles: string[];
}

interface Fixtures {
  /** The emulator is back on its seed, and the browser context is fresh (no storage, no cookies). */
  resetEmulator: void;
  demoAccounts: DemoAccount[];
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
    const body = (await demo.json()) as { accounts: DemoAccount[] };
    await use(body.accounts);
  },
});

export { expect };

/** The first demo account holding this directory role, or with no role at all for `null`. */
export function accountWithRole(accounts: DemoAccount[], role: string | null): DemoAccount {
  const account = accounts.find((a) => (role === null ? a.roles.length === 0 : a.roles.includes(role)));
  if (!account) throw new Error(`The demo tenant has no account with role ${role ?? '(none)'}.`);
  return account;
}

/** The sign-in page's button for an account: its accessible name holds the UPN as a whole word (admin@ is not appadmin@). */
export function accountButtonName(upn: string): RegExp {
  return new RegExp(`(^|\\s)${upn.replace(/[.@#$]/g, '\\$&')}(\\s|$)`, 'i');
}

/**
 * Signs in from the console's sign-in screen: picks the account on the emulator's sign-in page and
 * accepts the first-time User.Read consent when the emulator asks for it.
 */
export async function signIn(page: Page, account: DemoAccount): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: accountButtonName(account.upn) }).click();
  const accept = page.getByRole('button', { name: 'Accept' });
  const home = page.getByRole('heading', { name: 'Home', level: 1 });
  await expect(accept.or(home)).toBeVisible();
  if (await accept.isVisible()) await accept.click();
  await expect(home).toBeVisible();
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
