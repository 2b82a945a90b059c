import { expect, sessionStorageDump, test } from './fixtures';
import { acceptConsent, grantWhatTheScreenAsks, JWT_PATTERN, navScreens, settle, watchPage } from './hardening';

test('the built console ships a strict CSP and renders every screen without a violation', async ({ page, signedInAs }) => {
  test.setTimeout(180_000);
  const watch = await watchPage(page);
  const response = await page.goto('/');
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(meta).toContain("default-src 'none'");
  expect(meta).toContain("script-src 'self'");
  expect(meta).not.toMatch(/unsafe-inline|unsafe-eval/);
  // What a host must add, as `vite preview` does (docs/security.md).
  const headers = response!.headers();
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');

  // Fluent's runtime styles apply under the policy: the primary button is brand-coloured.
  const signInButton = page.getByRole('button', { name: 'Sign in' });
  await expect(signInButton).toHaveCSS('background-color', 'rgb(15, 108, 189)');

  await signedInAs('global-admin');
  for (const screen of await navScreens(page)) {
    await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: screen.title, exact: true }).click();
    await grantWhatTheScreenAsks(page);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  expect(watch.cspViolations).toEqual([]);
  expect(watch.dialogs).toEqual([]);
});

test('tokens never appear in the URL, the console or localStorage; MSAL keeps them in sessionStorage', async ({ page, signedInAs }) => {
  const watch = await watchPage(page);
  const urls: string[] = [];
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame() && frame.url().startsWith('http://localhost') && !frame.url().includes('/oauth2/')) urls.push(frame.url());
  });
  await signedInAs('global-admin');
  await expect(page).toHaveURL(/\/$/);
  await page.goto('/apps');
  await page.getByRole('button', { name: 'Grant access' }).click();
  await acceptConsent(page);
  await settle(page);
  await expect(page.getByRole('table', { name: 'Applications' })).toBeVisible();

  // After redirect handling, the address bar holds no code, token, state or fragment.
  expect(new URL(page.url()).hash).toBe('');
  expect(page.url()).not.toMatch(/code=|token|state=|client_info|session_state/);
  expect(await page.evaluate(() => window.location.hash)).toBe('');

  // MSAL's cache: sessionStorage (gone with the tab), nothing in localStorage.
  expect(await sessionStorageDump(page)).toMatch(JWT_PATTERN);
  const local = await page.evaluate(() => JSON.stringify({ ...localStorage }));
  expect(local).not.toMatch(JWT_PATTERN);
  expect(local).not.toMatch(/refresh_?token|accesstoken/i);

  const leaked = watch.consoleMessages.filter((message) => JWT_PATTERN.test(message));
  expect(leaked).toEqual([]);
  expect(urls.filter((url) => /[?&#](code|access_token|id_token)=/.test(url) && !url.includes('#code'))).toEqual([]);
});
