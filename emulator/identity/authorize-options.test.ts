// Authorize options: response modes, prompt and hints, and the session across requests.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../index.ts';
import { TestBrowser, parseForms, textOf } from '../testing/browser.ts';
import { authorizeUrl, signInAndRedeem } from '../testing/identity-client.ts';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await createEmulator({ port: 0, testControl: true });
});
afterAll(() => emulator.close());
beforeEach(() => emulator.store.reset());

async function signedInBrowser(): Promise<TestBrowser> {
  const browser = new TestBrowser();
  await signInAndRedeem(emulator, 'megan@contoso.example', undefined, browser);
  return browser;
}

describe('authorize options', () => {
  it('response_mode=query puts the code in the query, form_post in an auto-posting form', async () => {
    const browser = await signedInBrowser();
    const query = await browser.get(authorizeUrl(emulator, { responseMode: 'query' }));
    const url = new URL(query.location!);
    expect(url.hash).toBe('');
    expect(url.searchParams.get('code')).toBeTruthy();
    expect(url.searchParams.get('session_state')).toBeTruthy();

    const post = await browser.get(authorizeUrl(emulator, { responseMode: 'form_post' }));
    expect(post.status).toBe(200);
    const [form] = parseForms(post.html, post.url);
    expect(form?.action).toBe('http://localhost:5173/');
    expect(form?.method).toBe('POST');
    expect(new Map(form?.fields).get('code')).toBeTruthy();
    expect(post.headers.get('content-security-policy')).toMatch(/script-src 'nonce-/);
  });

  it('prompt=login and prompt=select_account show the picker despite the session; domain_hint is accepted', async () => {
    const browser = await signedInBrowser();
    for (const prompt of ['login', 'select_account']) {
      const page = await browser.get(authorizeUrl(emulator, { prompt, extra: { domain_hint: 'contoso.example' } }));
      expect(textOf(page.html)).toContain('Pick an account');
    }
  });

  it('login_hint signs a known account in without the picker; an unknown one shows the picker', async () => {
    emulator.store.addScopesToGrant(
      { clientId: '20000000-0000-4000-8000-000000000010', resourceId: '20000000-0000-4000-8000-000000000001', consentType: 'AllPrincipals', principalId: null },
      ['User.Read'],
      {},
    );
    const direct = await new TestBrowser().get(authorizeUrl(emulator, { loginHint: 'johanna@contoso.example' }));
    expect(direct.status).toBe(302);
    const unknown = await new TestBrowser().get(authorizeUrl(emulator, { loginHint: 'nobody@contoso.example' }));
    expect(textOf(unknown.html)).toContain('Pick an account');
  });

  it('the picker lists the demo accounts as buttons naming their UPN; an unknown typed UPN is refused', async () => {
    const browser = new TestBrowser();
    const page = await browser.get(authorizeUrl(emulator));
    const labels = parseForms(page.html, page.url).flatMap((f) => f.buttons.map((b) => b.label));
    for (const upn of ['admin@contoso.example', 'helpdesk@contoso.example', 'megan@contoso.example']) expect(labels.some((l) => l.includes(upn))).toBe(true);
    const refused = await browser.click(page, 'Next', { fill: { upn: 'ghost@contoso.example' } });
    expect(textOf(refused.html)).toContain('This username may be incorrect');
  });

  it('/_emulator/reset ends every session', async () => {
    const browser = await signedInBrowser();
    await fetch(`${emulator.identityUrl}/_emulator/reset`, { method: 'POST' });
    const page = await browser.get(authorizeUrl(emulator, { prompt: 'none' }));
    expect(new URLSearchParams(new URL(page.location!).hash.slice(1)).get('error')).toBe('login_required');
  });
});
