/**
 * Helpers for the hardening specs (security, hostile data, faults, accessibility): watching a page for
 * what it must never do, granting what a screen asks for, the hostile seed, fault injection, and MSAL's
 * cached tokens.
 */
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import type { FaultReport, FaultRule } from '../emulator/graph/faults.ts';
import { EMULATOR_URL } from './fixtures';

/** What a page did that it must never do: CSP violations, dialogs, console output. */
export interface PageWatch {
  cspViolations: string[];
  dialogs: string[];
  consoleMessages: string[];
}

/**
 * Records, across every navigation of the page (sign-in and consent redirects included), CSP
 * violations (securitypolicyviolation events and Chromium's "Refused to …" console errors), dialogs
 * (alert/confirm/prompt: a planted script's favourite), and every console message.
 */
export async function watchPage(page: Page): Promise<PageWatch> {
  const watch: PageWatch = { cspViolations: [], dialogs: [], consoleMessages: [] };
  await page.exposeBinding('__reportCspViolation', (_source, text: string) => {
    watch.cspViolations.push(text);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation?: (text: string) => void }).__reportCspViolation;
      report?.(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} at ${event.documentURI}`);
    });
  });
  page.on('dialog', (dialog) => {
    watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    watch.consoleMessages.push(message.text());
    if (/Content Security Policy/i.test(message.text())) watch.cspViolations.push(message.text());
  });
  return watch;
}

/** The console's screens as its navigation lists them: [title, path]. */
export async function navScreens(page: Page): Promise<Array<{ title: string; path: string }>> {
  const links = page.getByRole('navigation', { name: 'Console' }).getByRole('link');
  await expect(links.first()).toBeVisible();
  const screens: Array<{ title: string; path: string }> = [];
  for (const link of await links.all()) {
    screens.push({ title: (await link.textContent()) ?? '', path: (await link.getAttribute('href')) ?? '/' });
  }
  return screens;
}

/** Waits until the screen shows its heading (or asks for access first) and nothing is loading any more. */
export async function settle(page: Page): Promise<void> {
  await expect(
    page
      .getByRole('heading', { level: 1 })
      .or(page.getByRole('region', { name: 'Grant access' }))
      .first(),
  ).toBeVisible();
  await expect(page.getByRole('progressbar')).toHaveCount(0, { timeout: 30_000 });
}

/** On the emulator's consent page: consent for the organization when offered, then Accept. */
export async function acceptConsent(page: Page): Promise<void> {
  await expect(page).toHaveURL(new RegExp(`^${EMULATOR_URL}/`));
  const org = page.getByRole('checkbox', { name: 'Consent on behalf of your organization' });
  if ((await org.count()) > 0 && !(await org.isChecked())) await org.check();
  await page.getByRole('button', { name: 'Accept' }).click();
  await expect(page).not.toHaveURL(new RegExp(`^${EMULATOR_URL}/`));
}

/** Grants (as an admin) every permission the current screen asks for, until it asks for none. */
export async function grantWhatTheScreenAsks(page: Page): Promise<void> {
  for (let round = 0; round < 6; round++) {
    await settle(page);
    const grant = page.getByRole('button', { name: 'Grant access' });
    if ((await grant.count()) === 0) return;
    await grant.first().click();
    await acceptConsent(page);
  }
  throw new Error(`${page.url()} still asks for access after six consents.`);
}

/** Every anchor's href on the page, resolved. */
export async function anchorHrefs(page: Page): Promise<string[]> {
  return page.locator('a[href]').evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
}

/** Every link is http(s) (never javascript:, data:, vbscript:, blob:, file:). */
export async function expectOnlySafeLinks(page: Page): Promise<void> {
  const unsafe = (await anchorHrefs(page)).filter((href) => !/^https?:\/\//i.test(href));
  expect(unsafe, 'links with a protocol other than http(s)').toEqual([]);
}

/** A JWT-looking string: three base64url parts, the first starting with {" encoded. */
export const JWT_PATTERN = /eyJ[\w-]{5,}\.eyJ[\w-]{5,}\.[\w-]*/;

/** Switches the emulator to the hostile seed (apps with markup, script URLs, RTL overrides, an impostor). */
export async function useHostileTenant(request: APIRequestContext): Promise<void> {
  const reset = await request.post(`${EMULATOR_URL}/_emulator/reset`, { data: { variant: 'hostile' } });
  expect(reset.ok()).toBe(true);
}

export const HOSTILE = {
  scriptName: 'Invoice Viewer',
  linkTrap: 'Link Trap',
  longNamePrefix: 'Very long app name abcdefghij',
  rtlName: 'Payroll \u202Efdp.exe\u202C Export',
  emoji: '📎 Attachments 🚀 Pro 👩🏽‍💻',
  impostor: 'Microsoft Graph',
} as const;

/**
 * What hostile data must never achieve on the current page: a planted script ran (window.__pwned or a
 * dialog), a link with a non-http(s) protocol, content wider than the viewport.
 */
export async function expectHostileDataHarmless(page: Page, watch: PageWatch): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(watch.dialogs).toEqual([]);
  await expectOnlySafeLinks(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, 'the page is wider than the viewport').toBeLessThanOrEqual(0);
}

/**
 * The innermost element holding this text keeps its direction to itself: a <bdi>, `unicode-bidi: isolate`
 * (or plaintext), or a block-level box holding only that text (its own bidi paragraph).
 */
export async function expectBidiIsolated(page: Page, text: string): Promise<void> {
  const verdicts = await page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const found: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.includes(needle)) continue;
      let isolated = false;
      for (let el = node.parentElement; el && !isolated; el = el.parentElement) {
        const style = getComputedStyle(el);
        if (el.tagName === 'BDI' || /isolate|plaintext/.test(style.unicodeBidi)) isolated = true;
        else if (!style.display.startsWith('inline') && el.textContent?.trim() === needle) isolated = true;
        else if (!style.display.startsWith('inline') && style.display !== 'contents') break;
      }
      found.push(isolated ? 'isolated' : `not isolated in <${node.parentElement?.tagName.toLowerCase()}>`);
    }
    return found;
  }, text);
  expect(verdicts.length, `"${text}" is on the page`).toBeGreaterThan(0);
  expect(verdicts.filter((v) => v !== 'isolated')).toEqual([]);
}

/** Replaces the emulator's Graph fault rules (emulator/README.md, "Fault injection"). */
export async function injectFaults(request: APIRequestContext, rules: FaultRule[]): Promise<void> {
  const response = await request.post(`${EMULATOR_URL}/_emulator/faults`, { data: { rules } });
  expect(response.ok()).toBe(true);
}

export async function clearFaults(request: APIRequestContext): Promise<void> {
  const response = await request.delete(`${EMULATOR_URL}/_emulator/faults`);
  expect(response.ok()).toBe(true);
}

/** How many requests each rule has failed so far. */
export async function faultsFailed(request: APIRequestContext): Promise<number[]> {
  const response = await request.get(`${EMULATOR_URL}/_emulator/faults`);
  const body = (await response.json()) as FaultReport;
  return body.rules.map((rule) => rule.failed);
}

/**
 * What an expired access token looks like to the client: MSAL's access-token entries are gone from
 * sessionStorage, the refresh token is still there.
 */
export async function expireAccessTokens(page: Page): Promise<number> {
  return page.evaluate(() => {
    let removed = 0;
    for (const key of Object.keys(sessionStorage)) {
      const value = sessionStorage.getItem(key) ?? '';
      if (/accesstoken/i.test(key) || /"credentialType":"AccessToken/i.test(value)) {
        sessionStorage.removeItem(key);
        removed++;
      }
    }
    return removed;
  });
}

/** The console's cached access token holding this scope (MSAL's sessionStorage entry), to act as "someone else". */
export async function consoleAccessToken(page: Page, scope: string): Promise<string> {
  const token = await page.evaluate((wanted) => {
    for (const key of Object.keys(sessionStorage)) {
      try {
        const entry = JSON.parse(sessionStorage.getItem(key) ?? '') as { credentialType?: string; target?: string; secret?: string };
        if (entry.credentialType === 'AccessToken' && entry.target?.toLowerCase().split(' ').includes(wanted.toLowerCase())) return entry.secret;
      } catch {
        // not an MSAL entry
      }
    }
    return undefined;
  }, scope);
  if (!token) throw new Error(`No cached access token holds ${scope}.`);
  return token;
}
