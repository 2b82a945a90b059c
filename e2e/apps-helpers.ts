import type { APIRequestContext, Page } from '@playwright/test';
import { accountWithRole, EMULATOR_URL, expect, signIn, type DemoAccount } from './fixtures';

export interface EmulatorGrant {
  id: string;
  clientId: string;
  consentType: 'AllPrincipals' | 'Principal';
  principalId: string | null;
  resourceId: string;
  scope: string;
}

export interface EmulatorState {
  users: { id: string; displayName: string; userPrincipalName: string }[];
  servicePrincipals: { id: string; appId: string; displayName: string }[];
  grants: EmulatorGrant[];
  /** What Graph's reads return now (behind `grants` by the replication delay, when one is set). */
  visibleGrants: EmulatorGrant[];
  appRoleAssignments: { id: string; appRoleId: string; principalId: string; principalType: string; resourceId: string }[];
  audit: {
    activityDisplayName: string;
    targetResources: { id: string; modifiedProperties: { displayName: string; oldValue: string | null; newValue: string | null }[] }[];
  }[];
}

export async function emulatorState(request: APIRequestContext): Promise<EmulatorState> {
  const response = await request.get(`${EMULATOR_URL}/_emulator/state`);
  expect(response.ok()).toBe(true);
  return (await response.json()) as EmulatorState;
}

export function spNamed(state: EmulatorState, name: string) {
  const sp = state.servicePrincipals.find((s) => s.displayName === name);
  if (!sp) throw new Error(`No service principal ${name}`);
  return sp;
}

/** Signs in as the Global Administrator and consents (for the organization) to what the Applications screen reads. */
export async function openAppsAsAdmin(page: Page, accounts: DemoAccount[], path = '/apps'): Promise<void> {
  await signIn(page, accountWithRole(accounts, 'Global Administrator'));
  await page.goto(path);
  await page.getByRole('region', { name: 'Grant access' }).getByRole('button', { name: 'Grant access' }).click();
  await page.getByRole('button', { name: 'Accept' }).click();
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
