import { expect, it } from 'vitest';
import { withHostileApps, HOSTILE_IDS } from '../tenant/hostile.ts';
import { demoTenant } from '../tenant/seed.ts';
import { consentPage, needsAdminPage, requestSentPage } from './pages.ts';

const tenant = withHostileApps(demoTenant());
const client = tenant.servicePrincipals.find((sp) => sp.id === HOSTILE_IDS.rtlOverride)!;
const user = tenant.users[0]!;

it('isolates names on the consent page: a publisher name with a right-to-left override cannot reverse "unverified"', () => {
  const html = consentPage({
    client,
    user,
    groups: [{ api: 'Microsoft Graph', items: [{ name: 'User.Read', description: 'Sign you in' }] }],
    txId: 't',
    action: '/x',
    org: 'none',
  });
  expect(html).toContain('<bdi>Pay\u202Eroll</bdi> <span class="unverified">unverified</span>');
  expect(html).toContain(`<strong><bdi>${client.displayName}</bdi></strong>`);
  expect(html).toContain('<h2><bdi>Microsoft Graph</bdi></h2>');
  // Every occurrence of the override is inside a <bdi>.
  expect(html.split('\u202E').length - 1).toBe((html.match(/<bdi>[^<]*\u202E[^<]*<\/bdi>/g) ?? []).length);
});

it('isolates names on the "Need admin approval" page too', () => {
  const html = needsAdminPage({ client, user, txId: 't', action: '/x', ids: { traceId: 'a', correlationId: 'b', timestamp: 'c' } });
  expect(html).toContain(`<p><bdi>${client.displayName}</bdi> needs permission`);
  expect(html).toContain('<bdi>Pay\u202Eroll</bdi> <span class="unverified">unverified</span>');
});

it('isolates names on the "Request sent" page and the workflow form has its accessible name', () => {
  const sent = requestSentPage({ client, user, txId: 't', action: '/x' });
  expect(sent).toContain(`<p role="status">Your request for <bdi>${client.displayName}</bdi> was sent`);
  expect(sent.split('\u202E').length - 1).toBe((sent.match(/<bdi>[^<]*\u202E[^<]*<\/bdi>/g) ?? []).length);
  const form = needsAdminPage({ client, user, txId: 't', action: '/x', ids: { traceId: 'a', correlationId: 'b', timestamp: 'c' }, workflow: {} });
  expect(form).toContain('<label for="reason">Justification for requesting this app</label>');
  expect(form).toContain('<textarea id="reason" name="reason"');
});
