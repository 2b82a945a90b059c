import 'fake-indexeddb/auto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { userToken } from '../../../emulator/graph/test-support';
import { createEmulator, IDS, type Emulator } from '../../../emulator/index';
import { createGraphClient, type GraphClient } from '../../graph/graph-client';
import { GraphError } from '../../graph/graph-error';
import { graphKeys } from '../../graph/keys';
import { openActivityLog, type ActivityLog } from '../activity-log';
import type { ChangeOf } from '../change-types';
import { applyChanges, describeChange } from '../changes';
import { kindOf } from '../kinds';
import { READ_AFTER_WRITE } from '../read-after-write';
import { reconcilePending } from '../reconcile-pending';
import { restoreChange } from '../restore';
import { isRestorable } from '../restore-plan';

const GRANT_WRITE_SCOPE = 'DelegatedPermissionGrant.ReadWrite.All';
const actor = { upn: 'admin@contoso.example', oid: IDS.users.admin, tenantId: 'tenant' };
const instant = { ...READ_AFTER_WRITE, sleep: async () => undefined };

describe('the graph-request change kind against the emulator', () => {
  let emulator: Emulator;
  /** The scopes each token was asked for, in order. */
  let asked: (readonly string[])[];
  let log: ActivityLog;
  let logs = 0;

  const clientFor = (userId: string): GraphClient =>
    createGraphClient({
      graphBaseUrl: emulator.graphUrl,
      getToken: async (scopes) => {
        asked.push(scopes);
        return userToken(emulator, { userId, scopes: [...scopes] });
      },
    });
  const userGrant = () => [...emulator.store.grants.values()].find((g) => g.consentType === 'Principal')!;
  const patchScope = (graph: GraphClient, grantId: string, scope: string): ChangeOf<'graph-request'> => ({
    kind: 'graph-request',
    request: { method: 'PATCH', path: `/oauth2PermissionGrants/${grantId}`, body: { scope }, scope: GRANT_WRITE_SCOPE },
    baseUrl: graph.baseUrl,
    names: {},
  });

  beforeAll(async () => {
    emulator = await createEmulator({ port: 0 });
  });
  afterAll(async () => {
    await emulator?.close();
  });
  beforeEach(() => {
    asked = [];
    log = openActivityLog(`graph-request-kind-${logs++}`);
  });

  it('describes exactly what is sent: the method, the full URL on the client’s Graph origin, and that a body goes with it', () => {
    const graph = clientFor(IDS.users.admin);
    const change = patchScope(graph, 'g1', 'User.Read');
    expect(describeChange(change)).toBe(`PATCH ${emulator.graphUrl}/v1.0/oauth2PermissionGrants/g1, with a JSON body`);
    const deletion: ChangeOf<'graph-request'> = {
      ...change,
      request: { method: 'DELETE', path: '/oauth2PermissionGrants/g1?x=1', body: { ignored: true }, scope: GRANT_WRITE_SCOPE },
    };
    expect(describeChange(deletion)).toBe(`DELETE ${emulator.graphUrl}/v1.0/oauth2PermissionGrants/g1?x=1`);
  });

  it('sends the write with a token for its declared scope, and records it with Graph’s status', async () => {
    const graph = clientFor(IDS.users.admin);
    const grant = userGrant();
    const [result] = await applyChanges(graph, log, actor, [patchScope(graph, grant.id, 'User.Read')], { readAfterWrite: instant });

    expect(result!.outcome).toBe('succeeded');
    expect(emulator.store.grants.get(grant.id)!.scope).toBe('User.Read');
    expect(asked).toEqual([[GRANT_WRITE_SCOPE]]);
    expect(result!.entry).toMatchObject({
      action: 'graph-request',
      outcome: 'succeeded',
      status: 204,
      summary: `PATCH ${emulator.graphUrl}/v1.0/oauth2PermissionGrants/${grant.id}, with a JSON body`,
      before: null,
      after: null,
    });
    expect(await log.list()).toHaveLength(1);
  });

  it('is recorded, never restorable, and a pending one stays of unknown outcome', async () => {
    const graph = clientFor(IDS.users.admin);
    const grant = userGrant();
    const [result] = await applyChanges(graph, log, actor, [patchScope(graph, grant.id, grant.scope)], { readAfterWrite: instant });
    expect(kindOf(result!.change).inverse).toBeUndefined();
    expect(isRestorable(result!.entry)).toBe(false);
    await expect(restoreChange(graph, log, actor, result!.entry.id)).rejects.toThrow(/cannot be restored/);

    await log.update(result!.entry.id, { outcome: 'pending', at: new Date(0).toISOString() });
    const [settled] = await reconcilePending(graph, log);
    expect(settled).toMatchObject({ outcome: 'failed', error: { message: expect.stringMatching(/Outcome unknown/) } });
  });

  it('records Graph’s refusal: no role is checked by the console, Graph answers 403', async () => {
    const graph = clientFor(IDS.users.helpdesk);
    const grant = userGrant();
    const [result] = await applyChanges(graph, log, actor, [patchScope(graph, grant.id, 'User.Read')], { readAfterWrite: instant });

    expect(kindOf(result!.change).requirement(result!.change)).toBeUndefined();
    expect(result!.outcome).toBe('failed');
    expect(result!.error).toBeInstanceOf(GraphError);
    expect(result!.entry.error).toMatchObject({ status: 403, code: 'Authorization_RequestDenied' });
    expect(emulator.store.grants.get(grant.id)!.scope).toBe(grant.scope);
  });

  it('sends nothing when it was confirmed for another Graph than the client’s', async () => {
    const graph = clientFor(IDS.users.admin);
    const grant = userGrant();
    const elsewhere = { ...patchScope(graph, grant.id, 'User.Read'), baseUrl: 'https://graph.microsoft.com/v1.0' };
    const [result] = await applyChanges(graph, log, actor, [elsewhere], { readAfterWrite: instant });

    expect(result!.outcome).toBe('failed');
    expect(result!.entry.error?.message).toMatch(/^Not sent/);
    expect(asked).toEqual([]);
    expect(emulator.store.grants.get(grant.id)!.scope).toBe(grant.scope);
  });

  it('can alter anything the console caches', () => {
    const graph = clientFor(IDS.users.admin);
    expect(kindOf(patchScope(graph, 'g1', 'User.Read')).alters).toEqual([graphKeys.all]);
  });
});
