// Acting in the tenant from the test, as an admin in another browser would: tokens come from the
// emulator's identity origin through its real pages (emulator/testing helpers), calls go to its Graph.
import { expect, type Page } from '@playwright/test';
import type { Emulator } from '../emulator/index.ts';
import { TestBrowser } from '../emulator/testing/browser.ts';
import { signInAndRedeem } from '../emulator/testing/identity-client.ts';
import { GRAPH_PORT } from '../playwright.config';
import { EMULATOR_URL } from './fixtures';

export const GRAPH_URL = `http://localhost:${GRAPH_PORT}/v1.0`;

/** The running e2e emulator as the protocol helpers address it (they only use its identity URL). */
const e2eEmulator = { identityUrl: EMULATOR_URL } as Emulator;

/** Signs `upn` in to the console's app registration from Node (accepting consent) and returns the access token. */
export async function tokenFor(upn: string, scope: string, emulator: Emulator = e2eEmulator): Promise<string> {
  const { tokens } = await signInAndRedeem(emulator, upn, `${scope} openid profile offline_access`, new TestBrowser());
  return String(tokens.access_token);
}

export async function graphCall(token: string, method: string, path: string, body?: unknown, base = GRAPH_URL) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  return { status: response.status, body: text, wwwAuthenticate: response.headers.get('www-authenticate') ?? '' };
}

/** The verdict region of the Diagnose page. */
export const verdict = (page: Page) => page.getByRole('status', { name: 'Verdict' });

export async function expectVerdict(page: Page, title: string | RegExp) {
  await expect(verdict(page).getByRole('heading', { name: title })).toBeVisible();
}

/** Pastes a failing response and a token into the Diagnose page and diagnoses them. */
export async function pasteEvidence(page: Page, evidence: { status: number; body: string; wwwAuthenticate?: string; token: string }) {
  await page.getByRole('textbox', { name: 'Status' }).fill(String(evidence.status));
  await page.getByRole('textbox', { name: 'Response body (JSON)' }).fill(evidence.body);
  if (evidence.wwwAuthenticate) await page.getByRole('textbox', { name: 'WWW-Authenticate header' }).fill(evidence.wwwAuthenticate);
  await page.getByRole('textbox', { name: 'Access token (JWT)' }).fill(evidence.token);
  await page.getByRole('button', { name: 'Diagnose pasted evidence' }).click();
}
