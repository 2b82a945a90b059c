import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { GraphClient, GraphRequestInit } from '../graph/graph-client';
import { GraphError } from '../graph/graph-error';
import { openActivityLog, type ActivityLog } from './activity-log';
import { applyChanges, describeChange, pendingEntry, type Change } from './changes';
import { READ_AFTER_WRITE, type ReadAfterWritePolicy } from './read-after-write';
import { restoreChange } from './restore';
import type { GrantSnapshot } from './types';

/** A tiny in-memory Graph for grants: enough to exercise the change layer's reads and writes. */
function fakeGraph(grants: Map<string, GrantSnapshot>, failures: { method: string; times: number; status: number }[] = []) {
  const calls: string[] = [];
  let nextId = 1;
  const notFound = () => new GraphError({ status: 404, code: 'Request_ResourceNotFound', message: 'not found' });
  const client: GraphClient = {
    baseUrl: 'https://graph.example/v1.0',
    async request<T>(path: string, init: GraphRequestInit): Promise<T> {
      const method = init.method ?? 'GET';
      calls.push(`${method} ${path.split('?')[0]}`);
      const failure = failures.find((f) => f.method === method && f.times > 0);
      if (failure) {
        failure.times--;
        throw new GraphError({ status: failure.status, code: 'ServiceUnavailable', message: 'try later' });
      }
      const id = decodeURIComponent(path.split('?')[0]!.split('/')[2] ?? '');
      if (path.startsWith('/oauth2PermissionGrants?')) {
        return { value: [...grants.values()] } as T;
      }
      if (method === 'GET') {
        const grant = grants.get(id);
        if (!grant) throw notFound();
        return { ...grant } as T;
      }
      if (method === 'DELETE') {
        if (!grants.delete(id)) throw notFound();
        return undefined as T;
      }
      if (method === 'PATCH') {
        const grant = grants.get(id);
        if (!grant) throw notFound();
        grant.scope = (init.body as { scope: string }).scope;
        return undefined as T;
      }
      const created = { ...(init.body as GrantSnapshot), id: `new-${nextId++}` };
      grants.set(created.id, created);
      return created as T;
    },
  };
  return { client, calls };
}

const actor = { upn: 'admin@contoso.example', oid: 'admin', tenantId: 'tenant' };
/** Read-after-write without real waiting: the fake Graph's lag is counted in reads, not time. */
const instant: ReadAfterWritePolicy = { ...READ_AFTER_WRITE, sleep: async () => undefined };
const names = { clientName: 'Mail Helper Pro', resourceName: 'Microsoft Graph', principalName: 'Megan Bowen' };
const grant = (): GrantSnapshot => ({
  id: 'g1',
  clientId: 'mail',
  consentType: 'Principal',
  principalId: 'megan',
  resourceId: 'graph',
  scope: 'User.Read Mail.ReadWrite offline_access',
});

let log: ActivityLog;
let n = 0;
beforeEach(() => {
  log = openActivityLog(`changes-test-${n++}`);
});

describe('applyChanges', () => {
  it('revokes a grant, records it with the grant as it was, and restore brings it back exactly', async () => {
    const grants = new Map([['g1', grant()]]);
    const { client } = fakeGraph(grants);
    const [result] = await applyChanges(client, log, actor, [{ kind: 'revoke-grant', grant: grant(), names }], { readAfterWrite: instant });
    expect(result!.outcome).toBe('succeeded');
    expect(grants.size).toBe(0);
    expect(result!.entry).toMatchObject({ action: 'revoke-grant', outcome: 'succeeded', before: grant(), after: null });

    const restored = (await restoreChange(client, log, actor, result!.entry.id)).entry;
    expect(restored.outcome).toBe('succeeded');
    const recreated = [...grants.values()];
    expect(recreated).toHaveLength(1);
    expect({ ...recreated[0], id: 'g1' }).toEqual(grant());
    expect((await log.get(result!.entry.id))?.restoredBy).toBe(restored.id);
  });

  it('reports a grant deleted by someone else as already revoked, without deleting twice', async () => {
    const { client, calls } = fakeGraph(new Map());
    const [result] = await applyChanges(client, log, actor, [{ kind: 'revoke-grant', grant: grant(), names }], { readAfterWrite: instant });
    expect(result!.outcome).toBe('already-done');
    expect(calls.filter((c) => c.startsWith('DELETE'))).toHaveLength(0);
  });

  it('removes scopes from the grant as it is now, keeping a scope added since the screen loaded', async () => {
    const current = { ...grant(), scope: 'User.Read Mail.ReadWrite offline_access Calendars.Read' };
    const grants = new Map([['g1', current]]);
    const { client } = fakeGraph(grants);
    await applyChanges(client, log, actor, [{ kind: 'remove-scopes', grant: grant(), scopes: ['Mail.ReadWrite', 'offline_access'], names }], {
      readAfterWrite: instant,
    });
    expect(grants.get('g1')!.scope).toBe('User.Read Calendars.Read');
  });

  it('deletes the grant when the last scope is removed', async () => {
    const grants = new Map([['g1', { ...grant(), scope: 'Mail.ReadWrite' }]]);
    const { client } = fakeGraph(grants);
    const [result] = await applyChanges(
      client,
      log,
      actor,
      [{ kind: 'remove-scopes', grant: { ...grant(), scope: 'Mail.ReadWrite' }, scopes: ['mail.readwrite'], names }],
      { readAfterWrite: instant },
    );
    expect(result!.outcome).toBe('succeeded');
    expect(grants.size).toBe(0);
  });

  it('records a failure with the Graph error, continues with the next change, and persists both', async () => {
    const grants = new Map([
      ['g1', grant()],
      ['g2', { ...grant(), id: 'g2', principalId: 'johanna' }],
    ]);
    const { client } = fakeGraph(grants, [{ method: 'DELETE', times: 1, status: 503 }]);
    const changes: Change[] = [
      { kind: 'revoke-grant', grant: grant(), names },
      { kind: 'revoke-grant', grant: { ...grant(), id: 'g2', principalId: 'johanna' }, names },
    ];
    const results = await applyChanges(client, log, actor, changes, { readAfterWrite: instant });
    expect(results.map((r) => r.outcome)).toEqual(['failed', 'succeeded']);
    expect(results[0]!.entry.error).toMatchObject({ status: 503, code: 'ServiceUnavailable' });
    const entries = await log.list();
    expect(entries.map((e) => e.outcome).sort()).toEqual(['failed', 'succeeded']);
  });

  it('extends an existing grant instead of creating a duplicate', async () => {
    const grants = new Map([['g1', { ...grant(), consentType: 'AllPrincipals' as const, principalId: null, scope: 'User.Read' }]]);
    const { client, calls } = fakeGraph(grants);
    const template = { clientId: 'mail', consentType: 'AllPrincipals' as const, principalId: null, resourceId: 'graph' };
    await applyChanges(client, log, actor, [{ kind: 'add-scopes', grant: null, template, scopes: ['Mail.Read'], names }], { readAfterWrite: instant });
    expect(grants.get('g1')!.scope).toBe('User.Read Mail.Read');
    expect(calls.some((c) => c.startsWith('POST'))).toBe(false);
  });
});

it('describes exactly what will change', () => {
  expect(describeChange({ kind: 'remove-scopes', grant: grant(), scopes: ['Mail.ReadWrite'], names })).toBe(
    "Remove Mail.ReadWrite from Mail Helper Pro's grant on Microsoft Graph for Megan Bowen (keeps User.Read offline_access)",
  );
  expect(describeChange({ kind: 'revoke-grant', grant: { ...grant(), consentType: 'AllPrincipals', principalId: null }, names })).toContain(
    'for all users (admin consent)',
  );
});

it("describes a user's app role as the user's, and records the user (not an app) as its subject", () => {
  const roleOf = (principalType: string): Change => ({
    kind: 'revoke-app-role',
    assignment: { id: 'a1', appRoleId: 'r1', principalId: 'megan-id', principalType, resourceId: 'litware' },
    names: { clientName: 'Sync Daemon', resourceName: 'Litware Meeting Notes', principalName: 'Megan Bowen', permission: 'Notes reader' },
  });
  const actor = { upn: 'admin@contoso.example', oid: 'admin', tenantId: 't' };

  expect(describeChange(roleOf('User'))).toBe('Remove the app role Notes reader in Litware Meeting Notes from Megan Bowen');
  expect(pendingEntry(actor, roleOf('User')).target).toMatchObject({ principalId: 'megan-id', principalName: 'Megan Bowen' });
  expect(pendingEntry(actor, roleOf('User')).target.clientId).toBeUndefined();

  expect(describeChange(roleOf('ServicePrincipal'))).toBe('Remove the application permission Notes reader on Litware Meeting Notes from Sync Daemon');
  expect(pendingEntry(actor, roleOf('ServicePrincipal')).target).toMatchObject({ clientId: 'megan-id' });
});

describe('a change runs once however often its button is pressed', () => {
  it('two concurrent applies of the same change write once and log once', async () => {
    const grants = new Map([['g1', grant()]]);
    const { client, calls } = fakeGraph(grants);
    const change: Change = { kind: 'revoke-grant', grant: grant(), names };
    const [first, second] = await Promise.all([
      applyChanges(client, log, actor, [change], { readAfterWrite: instant }),
      applyChanges(client, log, actor, [{ ...change, names: { ...names } }], { readAfterWrite: instant }),
    ]);
    expect(second).toBe(first);
    expect(calls.filter((c) => c.startsWith('DELETE'))).toHaveLength(1);
    expect(await log.list()).toHaveLength(1);
  });

  it('two concurrent restores of one entry restore once', async () => {
    const grants = new Map([['g1', grant()]]);
    const { client, calls } = fakeGraph(grants);
    const [result] = await applyChanges(client, log, actor, [{ kind: 'revoke-grant', grant: grant(), names }], { readAfterWrite: instant });
    const [a, b] = await Promise.all([restoreChange(client, log, actor, result!.entry.id), restoreChange(client, log, actor, result!.entry.id)]);
    expect(b).toBe(a);
    expect(a.outcome).toBe('succeeded');
    expect(calls.filter((c) => c.startsWith('POST'))).toHaveLength(1);
    expect((await log.list()).filter((e) => e.action === 'restore')).toHaveLength(1);
  });
});

describe('restore writes only what the change removed', () => {
  const removeMail: Change = { kind: 'remove-scopes', grant: grant(), scopes: ['Mail.ReadWrite'], names };

  it('adds back only the removed scope to the grant as it is now; a scope another admin removed since stays removed', async () => {
    const grants = new Map([['g1', grant()]]);
    const { client } = fakeGraph(grants);
    const [result] = await applyChanges(client, log, actor, [removeMail], { readAfterWrite: instant });
    grants.get('g1')!.scope = 'User.Read Calendars.Read'; // another admin removed offline_access and added Calendars.Read
    const restored = (await restoreChange(client, log, actor, result!.entry.id)).entry;
    expect(restored.outcome).toBe('succeeded');
    expect(grants.get('g1')!.scope).toBe('User.Read Calendars.Read Mail.ReadWrite');
    expect(restored.summary).toContain('Removed since the change, and not restored: offline_access.');
  });

  it('recreates a grant deleted meanwhile with only the removed scope', async () => {
    const grants = new Map([['g1', grant()]]);
    const { client } = fakeGraph(grants);
    const [result] = await applyChanges(client, log, actor, [removeMail], { readAfterWrite: instant });
    grants.clear();
    const restored = (await restoreChange(client, log, actor, result!.entry.id)).entry;
    expect(restored.outcome).toBe('succeeded');
    expect([...grants.values()].map((g) => g.scope)).toEqual(['Mail.ReadWrite']);
    expect(restored.summary).toContain('The grant was deleted since the change');
  });
});
