import 'fake-indexeddb/auto';
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { openActivityLog } from '../../../changes/activity-log';
import { READ_AFTER_WRITE } from '../../../changes/read-after-write';
import type { AssignmentSnapshot, GrantSnapshot } from '../../../changes/types';
import { checkAdminConsentState, saveAdminConsentRequest, type TenantWideSnapshot } from '../../../auth/admin-consent-request';
import type { GraphClient } from '../../../graph/graph-client';
import { REMOVED_BY_DEFAULT } from './admin-consent-entries';
import { diffTenantWide, showsConsent } from './tenant-wide-diff';
import { readAndRecordAdminConsent } from './use-admin-consent-outcome';

const APP = { id: 'sp-hr', appId: '0e7f1d00-0004-4b6c-8d7e-9f0a1b2c3d04', displayName: 'Northwind HR Portal' };
const GRAPH_SP = {
  id: 'sp-graph',
  appId: '00000003-0000-0000-c000-000000000000',
  displayName: 'Microsoft Graph',
  appRoles: [{ id: 'role-users', value: 'User.Read.All' }],
};
const tenantWide = (scope: string, id = 'g1'): GrantSnapshot => ({
  id,
  clientId: APP.id,
  consentType: 'AllPrincipals',
  principalId: null,
  resourceId: GRAPH_SP.id,
  scope,
});
const snapshot = (grants: GrantSnapshot[], assignments: AssignmentSnapshot[] = []): TenantWideSnapshot => ({ servicePrincipalId: APP.id, grants, assignments });
const appRole: AssignmentSnapshot = { id: 'a1', appRoleId: 'role-users', principalId: APP.id, resourceId: GRAPH_SP.id, principalType: 'ServicePrincipal' };

describe('what an admin consent changed (v2-admin-consent: /.default replaces the tenant-wide grant)', () => {
  it('finds scopes added and scopes REMOVED per resource API, and application permissions added', () => {
    const diff = diffTenantWide(snapshot([tenantWide('User.Read Mail.Read Files.Read')]), snapshot([tenantWide('User.Read Calendars.Read')], [appRole]));
    expect(diff.grants).toEqual([
      {
        resourceId: GRAPH_SP.id,
        before: tenantWide('User.Read Mail.Read Files.Read'),
        after: tenantWide('User.Read Calendars.Read'),
        added: ['Calendars.Read'],
        removed: ['Mail.Read', 'Files.Read'],
      },
    ]);
    expect(diff.assignmentsAdded).toEqual([appRole]);
  });

  it('a new grant is all added; a consent to what was held changes nothing yet shows as done', () => {
    expect(diffTenantWide(snapshot([]), snapshot([tenantWide('User.Read')])).grants[0]).toMatchObject({ before: null, added: ['User.Read'], removed: [] });
    const same = diffTenantWide(snapshot([tenantWide('User.Read')]), snapshot([tenantWide('user.read')]));
    expect(same.grants).toEqual([]);
    expect(showsConsent(same, snapshot([tenantWide('User.Read')]), ['https://graph.microsoft.com/User.Read'])).toBe(true);
    expect(showsConsent(same, snapshot([tenantWide('User.Read')]), ['https://graph.microsoft.com/Mail.Read'])).toBe(false);
  });
});

/** A Graph that shows the app's tenant-wide permissions `after` only from its `lag`-th read of the grants on. */
function appGraph(before: TenantWideSnapshot, after: TenantWideSnapshot, lag: number) {
  let grantReads = 0;
  const graph: GraphClient = {
    baseUrl: 'https://graph.example/v1.0',
    async request<T>(path: string): Promise<T> {
      if (path.startsWith('/servicePrincipals(appId=')) return APP as T;
      if (path.startsWith('/oauth2PermissionGrants')) return { value: (grantReads++ < lag ? before : after).grants } as T;
      if (path.includes('/appRoleAssignments')) return { value: (grantReads <= lag ? before : after).assignments } as T;
      if (path.startsWith(`/servicePrincipals/${GRAPH_SP.id}`)) return GRAPH_SP as T;
      throw new Error(`unexpected ${path}`);
    },
  };
  return graph;
}

function memoryStorage() {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), removeItem: (k: string) => void map.delete(k) };
}

const actor = { upn: 'admin@contoso.example', oid: 'admin', tenantId: 't' };
let n = 0;

async function consentRoundTrip(scope: string, before: TenantWideSnapshot, after: TenantWideSnapshot, lag: number) {
  const storage = memoryStorage();
  const log = openActivityLog(`admin-consent-outcome-${n++}`);
  const saved = saveAdminConsentRequest({ appId: APP.appId, appName: APP.displayName, scope, before }, { storage });
  const check = checkAdminConsentState(saved.state, { storage });
  if (!check.ok) throw new Error('state refused');
  const services = {
    graph: appGraph(before, after, lag),
    log,
    actor,
    queryClient: new QueryClient(),
    policy: { ...READ_AFTER_WRITE, sleep: async () => {} },
    storage,
  };
  const outcome = await readAndRecordAdminConsent(services, check.request, [], undefined);
  return { outcome, log, storage, saved, services };
}

describe('the admin consent result page records what changed (read after the return, compared with the snapshot)', () => {
  it('records the scopes /.default REMOVED, after waiting out replication', async () => {
    const before = snapshot([tenantWide('User.Read Mail.Read Files.Read')]);
    const after = snapshot([tenantWide('User.Read Calendars.Read')], [appRole]);
    const { outcome, log } = await consentRoundTrip('.default', before, after, 2);
    expect(outcome.visibility).toBe('visible');
    const entries = await log.list();
    const grant = entries.find((e) => e.scopeChange)!;
    expect(grant).toMatchObject({
      action: 'admin-consent',
      outcome: 'succeeded',
      scopeChange: { added: ['Calendars.Read'], removed: ['Mail.Read', 'Files.Read'] },
    });
    expect(grant.summary).toBe(
      `Admin consent for Northwind HR Portal on Microsoft Graph for all users: added Calendars.Read; Mail.Read, Files.Read ${REMOVED_BY_DEFAULT}`,
    );
    expect(grant.before).toEqual(tenantWide('User.Read Mail.Read Files.Read'));
    expect(entries.find((e) => e.target.permission)?.summary).toBe(
      'Admin consent granted Northwind HR Portal the application permission User.Read.All on Microsoft Graph',
    );
  });

  it('records once: reading the same answer again (reload, remount) adds no entry', async () => {
    const before = snapshot([tenantWide('User.Read')]);
    const after = snapshot([tenantWide('User.Read Mail.Read')]);
    const { log, storage, saved, services } = await consentRoundTrip('https://graph.microsoft.com/Mail.Read', before, after, 0);
    const again = checkAdminConsentState(saved.state, { storage });
    if (!again.ok) throw new Error('state refused');
    expect(again.request.recordedAt).toBeDefined();
    const second = await readAndRecordAdminConsent(services, again.request, [], undefined);
    expect(second.recorded).toEqual([]);
    expect(await log.list()).toHaveLength(1);
  });

  it('says "nothing changed" when the consent asked for what was held, and "not yet visible" when the change never shows', async () => {
    const held = snapshot([tenantWide('User.Read')]);
    const { log } = await consentRoundTrip('.default', held, held, 0);
    // A /.default answer names no scope: an unchanged read proves nothing, so it says it cannot tell.
    expect((await log.list())[0]).toMatchObject({ outcome: 'already-done', summary: expect.stringMatching(/granted already, or the directory has not shown/) });

    const storage = memoryStorage();
    const logLate = openActivityLog(`admin-consent-outcome-${n++}`);
    const saved = saveAdminConsentRequest(
      { appId: APP.appId, appName: APP.displayName, scope: 'https://graph.microsoft.com/Mail.Read', before: held },
      { storage },
    );
    const check = checkAdminConsentState(saved.state, { storage });
    if (!check.ok) throw new Error('state refused');
    const services = {
      graph: appGraph(held, snapshot([tenantWide('User.Read Mail.Read')]), 1000),
      log: logLate,
      actor,
      queryClient: new QueryClient(),
      policy: { ...READ_AFTER_WRITE, sleep: async () => {} },
      storage,
    };
    const late = await readAndRecordAdminConsent(services, check.request, ['https://graph.microsoft.com/Mail.Read'], undefined);
    expect(late.visibility).toBe('not-yet-visible');
    expect((await logLate.list())[0]).toMatchObject({ outcome: 'not-yet-visible' });
  });
});
