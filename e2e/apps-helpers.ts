/**
 * Helpers for the Applications specs: what the screen reads, opening it and an app, and an action's
 * dialog (granting the write permission from the dialog when the console does not hold it yet).
 */
import type { Page } from '@playwright/test';
import type { EmulatorStateDump } from '../emulator/control/routes.ts';
import { expect } from './fixtures';

/** What the Applications screen's Grant access asks for: applications, the tenant's grants, and the names of users who consented. */
export const APPLICATIONS_SCREEN = ['Application.Read.All', 'Directory.Read.All', 'User.ReadBasic.All'] as const;

export function spNamed(state: EmulatorStateDump, name: string) {
  const sp = state.servicePrincipals.find((s) => s.displayName === name);
  if (!sp) throw new Error(`No service principal ${name}`);
  return sp;
}

/** Opens Applications and waits for its table. */
export async function openApplications(page: Page): Promise<void> {
  await page.goto('/apps');
  await expect(page.getByRole('table', { name: 'Applications' })).toBeVisible();
}

export async function openApp(page: Page, name: string): Promise<void> {
  await page.getByRole('table', { name: 'Applications' }).getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/**
 * Opens an action's dialog; when the console does not hold the write permission yet, grants it through
 * the dialog's Grant access (back on the same page) and opens the action again.
 */
export async function openActionDialog(page: Page, openAction: () => Promise<void>, title: string) {
  await openAction();
  const dialog = page.getByRole('alertdialog', { name: title });
  await expect(dialog).toBeVisible();
  const grant = dialog.getByRole('button', { name: 'Grant access' });
  const confirm = dialog.getByRole('button', { name: /^(Revoke|Remove|Revoke everything)$/ });
  // The dialog first learns the account's roles and permissions: then either Grant access or an enabled confirm.
  await expect.poll(async () => (await grant.isVisible()) || (await confirm.isEnabled())).toBe(true);
  if (await grant.isVisible()) {
    const url = page.url();
    await grant.click();
    await page.getByRole('button', { name: 'Accept' }).click();
    await expect(page).toHaveURL(url);
    await openAction();
  }
  await expect(dialog.getByRole('button', { name: /^(Revoke|Remove|Revoke everything)$/ })).toBeEnabled();
  return dialog;
}
