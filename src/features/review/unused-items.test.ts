import { describe, expect, it } from 'vitest';
import type { AssignmentSnapshot, GrantSnapshot } from '../../changes/types';
import { describeChange } from '../../changes/changes';
import { GRAPH_APP_ID } from '../../graph/microsoft-graph';
import { buildHygiene } from '../../permissions/hygiene';
import { buildInventory, type ServicePrincipalInfo } from '../../permissions/inventory';
import { lastSignInText, selectableByAll, unusedApps } from './unused-items';

const DAY = 24 * 60 * 60 * 1000;
const now = Date.parse('2026-12-02T12:00:00Z');
const ago = (days: number) => new Date(now - days * DAY).toISOString();

const sp = (id: string, extra: Partial<ServicePrincipalInfo> = {}): ServicePrincipalInfo => ({ id, appId: `app-${id}`, displayName: id, ...extra });
const graph = sp('graph', {
  appId: GRAPH_APP_ID,
  displayName: 'Microsoft Graph',
  appRoles: [
    { id: 'r-dir', value: 'Directory.ReadWrite.All' },
    { id: 'r-users', value: 'User.Read.All' },
  ],
});
const CONSOLE_APP_ID = 'C0NS0LE-app';
const apps = {
  mail: sp('mail', { displayName: 'Mail Helper Pro' }),
  daemon: sp('daemon', { displayName: 'Tailspin Admin Automation' }),
  busy: sp('busy', { displayName: 'Busy App' }),
  pdf: sp('pdf', { displayName: 'Quick PDF Tools' }),
  console: sp('console', { appId: 'c0ns0le-APP', displayName: 'Consent Console' }),
};
const grant = (id: string, clientId: string, scope: string, principalId: string | null = null): GrantSnapshot => ({
  id,
  clientId,
  consentType: principalId ? 'Principal' : 'AllPrincipals',
  principalId,
  resourceId: 'graph',
  scope,
});
const assignment = (id: string, principalId: string, appRoleId: string): AssignmentSnapshot => ({ id, appRoleId, principalId, resourceId: 'graph' });

const inventory = {
  servicePrincipals: [graph, ...Object.values(apps)],
  grants: [
    grant('g-megan', 'mail', 'User.Read Mail.ReadWrite offline_access', 'u1'),
    grant('g-admin', 'mail', 'Mail.ReadWrite'),
    grant('g-low', 'mail', 'User.Read', 'u2'),
    grant('g-busy', 'busy', 'Mail.ReadWrite'),
    grant('g-pdf', 'pdf', 'User.Read'),
    grant('g-console', 'console', 'Directory.ReadWrite.All'),
  ],
  assignments: [assignment('a-dir', 'daemon', 'r-dir'), assignment('a-users', 'daemon', 'r-users'), assignment('a-low', 'daemon', 'gone-role')],
};
const users = new Map([['u1', { id: 'u1', displayName: 'Megan Bowen', userPrincipalName: 'megan@contoso.example' }]]);
const signIns = new Map([
  ['app-mail', ago(120)],
  ['app-busy', ago(3)],
  ['app-pdf', ago(150)],
  ['c0ns0le-app', ago(100)],
]);

const hygieneWith = (report: Parameters<typeof buildHygiene>[0]['signIns']) =>
  buildHygiene({
    rows: buildInventory(inventory),
    applications: { state: 'available', value: [] },
    ownerless: { state: 'available', value: new Set() },
    signIns: report,
    now,
  });

describe('unusedApps', () => {
  const unused = unusedApps({ inventory, hygiene: hygieneWith({ state: 'available', value: signIns }), consoleAppId: CONSOLE_APP_ID, users });

  it('lists exactly the apps holding high-risk permissions without a sign-in in 90 days, by name', () => {
    // Busy App signed in 3 days ago; Quick PDF Tools holds nothing high-risk; the daemon has no sign-in recorded.
    expect(unused.map((app) => app.sp.displayName)).toEqual(['Consent Console', 'Mail Helper Pro', 'Tailspin Admin Automation']);
    expect(unused.find((app) => app.sp.id === 'daemon')!.lastSignIn).toEqual({ state: 'recorded', at: null });
  });

  it('lists only the high-risk grants (admin consent first) and application permissions, each revoked as it was read', () => {
    const mail = unused.find((app) => app.sp.id === 'mail')!;
    expect(mail.items.map((i) => [i.key, i.who, i.risk.tier])).toEqual([
      ['grant:g-admin', 'Admin for everyone', 'high'],
      // Mail.ReadWrite with offline_access in the same grant: one tier higher, as the app pages rate it.
      ['grant:g-megan', 'Megan Bowen (megan@contoso.example)', 'critical'],
    ]);
    expect(mail.items[1]!.change).toMatchObject({ kind: 'revoke-grant', grant: { id: 'g-megan' }, names: { clientName: 'Mail Helper Pro' } });
    const daemon = unused.find((app) => app.sp.id === 'daemon')!;
    // User.Read.All (app-only, reads) is medium, and a role its resource no longer defines is unrated: neither is listed.
    expect(daemon.items.map((i) => [i.permissions, i.change.kind])).toEqual([[['Directory.ReadWrite.All'], 'revoke-app-role']]);
    expect(describeChange(daemon.items[0]!.change)).toContain('Directory.ReadWrite.All');
  });

  it("marks the console's own app (its client id, any case) and leaves it out of select all", () => {
    const own = unused.find((app) => app.sp.id === 'console')!;
    expect(own.consoleOwn).toBe(true);
    expect(own.items.every((i) => i.consoleOwn)).toBe(true);
    expect(unused.filter((app) => app.sp.id !== 'console').every((app) => !app.consoleOwn)).toBe(true);
    expect(selectableByAll(unused).map((i) => i.key)).toEqual(['grant:g-admin', 'grant:g-megan', 'app-permission:a-dir']);
  });

  it('calls no app unused while the sign-in report is unavailable or loading', () => {
    const unavailable = hygieneWith({ state: 'unavailable', reason: 'the sign-in activity report needs Microsoft Entra ID P1 or P2.' });
    expect(unusedApps({ inventory, hygiene: unavailable, consoleAppId: CONSOLE_APP_ID })).toEqual([]);
    expect(unusedApps({ inventory, hygiene: hygieneWith({ state: 'loading' }), consoleAppId: CONSOLE_APP_ID })).toEqual([]);
  });
});

describe('lastSignInText', () => {
  it('gives the date and how long ago, or says none is recorded, or why it cannot be told', () => {
    expect(lastSignInText({ state: 'recorded', at: ago(120) }, now)).toMatch(/\(120 days ago\)$/);
    expect(lastSignInText({ state: 'recorded', at: ago(1) }, now)).toMatch(/\(1 day ago\)$/);
    expect(lastSignInText({ state: 'recorded', at: null }, now)).toBe('No sign-in recorded');
    expect(lastSignInText({ state: 'unavailable', reason: 'no P1.' }, now)).toBe('Unavailable: no P1.');
  });
});
