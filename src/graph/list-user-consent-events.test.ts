import type { DirectoryAudit } from '@microsoft/microsoft-graph-types';
import { describe, expect, it } from 'vitest';
import { parseConsentPermissions, scopesAdded, scopesAfter } from './consent-action-permissions';
import { createGraphClient } from './graph-client';
import { consentEventsFirstPage, listUserConsentEvents, toConsentEvents } from './list-user-consent-events';
import { ReportsPacer } from './reports-pacer';
import { fakeTransport, jsonResponse } from '../test-support/fake-transport';
import { READ_CONSENT_EVENTS } from './operations/users';

const grantText = (fields: { id?: string; principal?: string; type?: string; scope: string; resource?: string }) =>
  `[Id: ${fields.id ?? 'g1'}, ClientId: c1, PrincipalId: ${fields.principal ?? 'u1'}, ResourceId: ${fields.resource ?? 'r1'}, ConsentType: ${
    fields.type ?? 'Principal'
  }, Scope: ${fields.scope}, CreatedDateTime: , LastModifiedDateTime: ]`;

/** A "Consent to application" event as the directory audit API returns it (values JSON-quoted). */
const consentAudit = (at: string, permissions: string, admin = '"False"'): DirectoryAudit => ({
  activityDateTime: at,
  activityDisplayName: 'Consent to application',
  result: 'success',
  targetResources: [
    {
      id: 'mail',
      type: 'ServicePrincipal',
      modifiedProperties: [
        { displayName: 'ConsentContext.IsAdminConsent', newValue: admin },
        { displayName: 'ConsentContext.OnBehalfOfAll', newValue: '"False"' },
        { displayName: 'ConsentAction.Permissions', newValue: permissions },
      ],
    },
  ],
});

describe('ConsentAction.Permissions (the structured old => new grants string)', () => {
  it('reads a new consent: no grant before, one after', () => {
    const parsed = parseConsentPermissions(`[] => [${grantText({ scope: 'User.Read Mail.Read' })}]; `);
    expect(parsed.before).toEqual([]);
    expect(parsed.after).toEqual([
      { id: 'g1', clientId: 'c1', principalId: 'u1', resourceId: 'r1', consentType: 'Principal', scopes: ['User.Read', 'Mail.Read'] },
    ]);
    expect(scopesAfter(parsed)).toEqual(['User.Read', 'Mail.Read']);
    expect(scopesAdded(parsed)).toEqual(['User.Read', 'Mail.Read']);
  });

  it('reads an amended consent: the scopes added are the new minus the old', () => {
    const parsed = parseConsentPermissions(`[${grantText({ scope: 'User.Read' })}] => [${grantText({ scope: 'User.Read Mail.ReadWrite offline_access' })}]; `);
    expect(scopesAfter(parsed)).toEqual(['User.Read', 'Mail.ReadWrite', 'offline_access']);
    expect(scopesAdded(parsed)).toEqual(['Mail.ReadWrite', 'offline_access']);
  });

  it('reads an admin consent for all users, over two resource APIs', () => {
    const text = `[] => [${grantText({ principal: '', type: 'AllPrincipals', scope: 'User.Read' })}]; [${grantText({
      id: 'g2',
      principal: '',
      type: 'AllPrincipals',
      resource: 'r2',
      scope: 'Files.Read',
    })}] => [${grantText({ id: 'g2', principal: '', type: 'AllPrincipals', resource: 'r2', scope: 'Files.Read User.Read' })}]; `;
    const parsed = parseConsentPermissions(text);
    expect(parsed.after.map((g) => [g.consentType, g.principalId])).toEqual([
      ['AllPrincipals', undefined],
      ['AllPrincipals', undefined],
    ]);
    expect(scopesAfter(parsed)).toEqual(['User.Read', 'Files.Read']);
    // User.Read is new on r2 although r1 got it too: added is per resource API.
    expect(scopesAdded(parsed)).toEqual(['User.Read']);
  });

  it('reads the value JSON-quoted as the audit API returns it, and quoted fields', () => {
    const quoted = `"[] => [[Id: \\"g1\\", ClientId: \\"c1\\", ConsentType: \\"Principal\\", Scope: \\"User.Read Calendars.Read\\", CreatedDateTime: , LastModifiedDateTime: ]]; "`;
    expect(scopesAfter(parseConsentPermissions(quoted))).toEqual(['User.Read', 'Calendars.Read']);
    expect(parseConsentPermissions(quoted).after[0]).toMatchObject({ id: 'g1', consentType: 'Principal' });
  });

  it('reads garbage, or a bare scope list, as no grants without throwing', () => {
    for (const value of ['', 'User.Read Mail.Read', '[[[ => ]', '[] => [[Id: x, Scope: User.Read', '=>', null, undefined]) {
      const parsed = parseConsentPermissions(value);
      expect(scopesAfter(parsed)).toEqual([]);
      expect(scopesAdded(parsed)).toEqual([]);
    }
  });
});

describe('consent events from the audit log', () => {
  it('reads the app, the scopes held after and those added, and admin consent (True or true), newest first', () => {
    const events = toConsentEvents([
      consentAudit('2026-03-10T08:30:00Z', `"[] => [${grantText({ scope: 'User.Read' })}]; "`),
      consentAudit('2026-03-12T08:30:00Z', `"[${grantText({ scope: 'User.Read' })}] => [${grantText({ scope: 'User.Read Mail.Read' })}]; "`, '"True"'),
      consentAudit('2026-03-11T08:30:00Z', 'not the format', 'true'),
      { activityDateTime: '2026-03-13T08:30:00Z', result: 'failure', targetResources: [{ id: 'x', type: 'ServicePrincipal' }] },
    ]);
    expect(events).toEqual([
      { at: '2026-03-12T08:30:00Z', clientId: 'mail', scopes: ['User.Read', 'Mail.Read'], addedScopes: ['Mail.Read'], adminConsent: true },
      { at: '2026-03-11T08:30:00Z', clientId: 'mail', scopes: [], addedScopes: [], adminConsent: true },
      { at: '2026-03-10T08:30:00Z', clientId: 'mail', scopes: ['User.Read'], addedScopes: ['User.Read'], adminConsent: false },
    ]);
  });
});

describe('reading a user’s consent events (directoryaudit-list)', () => {
  it('declares AuditLog.Read.All and Directory.Read.All: the docs require both', () => {
    expect(READ_CONSENT_EVENTS.scopes).toEqual(['AuditLog.Read.All', 'Directory.Read.All']);
  });

  it("asks only for the user's consent events, 999 a page", () => {
    const url = new URL(consentEventsFirstPage("o'neil"), 'http://x');
    expect(url.searchParams.get('$filter')).toBe("initiatedBy/user/id eq 'o''neil' and activityDisplayName eq 'Consent to application'");
    expect(url.searchParams.get('$top')).toBe('999');
  });

  const GRAPH = 'http://localhost:4011';
  const noWaitPacer = () => new ReportsPacer({ sleep: async () => {} });

  it('stops at the page cap and says so', async () => {
    let page = 0;
    const transport = fakeTransport(() =>
      jsonResponse({
        value: [consentAudit(`2026-03-${10 + page}T08:00:00Z`, '[] => []; ')],
        '@odata.nextLink': `${GRAPH}/v1.0/auditLogs/directoryAudits?$skiptoken=${++page}`,
      }),
    );
    const graph = createGraphClient({ graphBaseUrl: GRAPH, getToken: async () => 't', transport });
    const read = await listUserConsentEvents(graph, 'u1', undefined, { pacer: noWaitPacer(), maxPages: 3 });
    expect(read.truncated).toBe(true);
    expect(read.events).toHaveLength(3);
    expect(transport.requests.length).toBeLessThanOrEqual(4);
  });

  it('reads every page when there are fewer than the cap', async () => {
    const transport = fakeTransport(() => jsonResponse({ value: [consentAudit('2026-03-10T08:00:00Z', '[] => []; ')] }));
    const graph = createGraphClient({ graphBaseUrl: GRAPH, getToken: async () => 't', transport });
    await expect(listUserConsentEvents(graph, 'u1', undefined, { pacer: noWaitPacer() })).resolves.toMatchObject({ truncated: false });
  });

  it('waits out a 429 (no readable Retry-After) for a whole window, then reads again', async () => {
    const waits: number[] = [];
    let now = 0;
    const pacer = new ReportsPacer({ now: () => now, sleep: async (ms) => void (waits.push(ms), (now += ms)) });
    let calls = 0;
    const transport = fakeTransport(() =>
      ++calls === 1 ? jsonResponse({ error: { code: 'TooManyRequests', message: 'slow' } }, 429) : jsonResponse({ value: [] }),
    );
    const graph = createGraphClient({ graphBaseUrl: GRAPH, getToken: async () => 't', transport, retry: { sleep: async () => {} } });
    await expect(listUserConsentEvents(graph, 'u1', undefined, { pacer })).resolves.toEqual({ events: [], truncated: false });
    expect(transport.requests).toHaveLength(2); // the client's own retry is off: only the pacer resends
    expect(waits).toEqual([10_250]);
  });
});

describe('ConsentAction.Permissions parsing is linear', () => {
  it('reads a long hostile value quickly', () => {
    const hostile = `${'[[Id: x, Scope: a]    '.repeat(2000)}=> [`;
    const started = performance.now();
    expect(scopesAfter(parseConsentPermissions(hostile))).toEqual([]);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
