import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userToken } from '../../emulator/graph/test-support';
import { createEmulator, IDS, type Emulator } from '../../emulator/index';
import { createGraphClient, type GraphClient, type GraphRequestInit } from '../graph/graph-client';
import { WritePacer } from '../graph/write-pacer';
import { openActivityLog } from './activity-log';
import { applyChangesInBatches, NotSentError, type BatchedProgress } from './apply-in-batches';
import type { Change } from './changes';
import { READ_AFTER_WRITE } from './read-after-write';
import type { AssignmentSnapshot, GrantSnapshot } from './types';

const actor = { upn: 'admin@contoso.example', oid: IDS.users.admin, tenantId: 'tenant' };
const names = { clientName: 'Generated app' };
let logs = 0;
const newLog = () => openActivityLog(`apply-in-batches-${logs++}`);

describe('applyChangesInBatches against the emulator with Graph throttling', () => {
  let emulator: Emulator;
  let graph: GraphClient;

  beforeAll(async () => {
    // A write budget of 40 per 2 s (the real 20 writes/s, with a small bucket) so throttling is met.
    emulator = await createEmulator({
      port: 0,
      generate: { servicePrincipals: 60, grants: 400, appRoleAssignments: 60, seed: 3 },
      throttling: { writes: 40, writeWindowSeconds: 2 },
    });
    const token = await userToken(emulator, {
      userId: IDS.users.admin,
      scopes: ['Directory.Read.All', 'DelegatedPermissionGrant.ReadWrite.All', 'Application.Read.All', 'AppRoleAssignment.ReadWrite.All'],
    });
    graph = createGraphClient({ graphBaseUrl: emulator.graphUrl, getToken: async () => token });
  });

  afterAll(async () => {
    await emulator?.close();
  });

  it('revokes every grant and app permission, re-sends throttled items after Retry-After, and records each', async () => {
    const grants: GrantSnapshot[] = [...emulator.store.grants.values()].slice(0, 120).map((g) => ({ ...g }));
    const assignments: AssignmentSnapshot[] = [...emulator.store.appRoleAssignments.values()]
      .filter((a) => a.principalType === 'ServicePrincipal')
      .slice(0, 5)
      .map(({ id, appRoleId, principalId, resourceId, principalType }) => ({ id, appRoleId, principalId, resourceId, principalType }));
    // Someone else revoked one grant already; another was narrowed since the list loaded.
    emulator.store.grants.delete(grants[0]!.id);
    emulator.store.grants.get(grants[1]!.id)!.scope = 'User.Read';
    const changes: Change[] = [
      ...grants.map((grant): Change => ({ kind: 'revoke-grant', grant, names })),
      ...assignments.map((assignment): Change => ({ kind: 'revoke-app-role', assignment, names })),
    ];
    const log = newLog();
    const progress: BatchedProgress[] = [];
    // The pacer allows a larger burst than this emulator's bucket, so some items come back 429.
    const pacer = new WritePacer({ writes: 40, windowSeconds: 2, burst: 100 });

    const results = await applyChangesInBatches(graph, log, actor, changes, { pacer, onProgress: (p) => progress.push(p) });

    expect(results.map((r) => r.change)).toEqual(changes);
    expect(results[0]!.outcome).toBe('already-done');
    expect(results.slice(1).every((r) => r.outcome === 'succeeded')).toBe(true);
    for (const grant of grants) expect(emulator.store.grants.has(grant.id)).toBe(false);
    for (const a of assignments) expect(emulator.store.appRoleAssignments.has(a.id)).toBe(false);

    const last = progress.at(-1)!;
    expect(last).toMatchObject({ total: changes.length, succeeded: changes.length - 1, alreadyDone: 1, failed: 0 });
    expect(last.throttled).toBeGreaterThan(0);
    // Two calls (read, delete) per 20 grants, one per 20 assignments, plus the re-sent ones.
    expect(last.requests).toBeGreaterThanOrEqual(2 * Math.ceil(grants.length / 20) + 1);

    const entries = await log.list();
    expect(entries).toHaveLength(changes.length);
    expect(entries.every((e) => e.outcome !== 'pending')).toBe(true);
    // The log holds the grant as it was just before the delete (narrowed), so a restore brings that back.
    expect(results[1]!.entry.before).toEqual({ ...grants[1], scope: 'User.Read' });
    expect(results.at(-1)!.entry).toMatchObject({ action: 'revoke-app-role', outcome: 'succeeded', before: assignments.at(-1) });
  });
});

/** A Graph that answers $batch calls through `answer` and records what was sent. */
function fakeBatchGraph(answer: (item: { method: string; url: string }) => { status: number; body?: unknown }) {
  const sent: { method: string; url: string }[][] = [];
  const graph: GraphClient = {
    baseUrl: 'https://graph.example/v1.0',
    async request<T>(path: string, init: GraphRequestInit): Promise<T> {
      init.signal?.throwIfAborted();
      const items = (init.body as { requests: { id: string; method: string; url: string }[] }).requests;
      sent.push(items.map(({ method, url }) => ({ method, url })));
      if (path !== '/$batch') throw new Error(`unexpected ${path}`);
      return { responses: items.map((item) => ({ id: item.id, headers: {}, ...answer(item) })) } as T;
    },
  };
  return { graph, sent };
}

const grant = (id: string): GrantSnapshot => ({ id, clientId: 'c', consentType: 'AllPrincipals', principalId: null, resourceId: 'r', scope: 'User.Read' });
const noWait = () => new WritePacer({ sleep: async () => undefined });
const instant = { ...READ_AFTER_WRITE, sleep: async () => undefined };

describe('applyChangesInBatches', () => {
  it('reads 20 grants per call, deletes them 20 per call, and reports a failed item without stopping the others', async () => {
    const deleted = new Set<string>();
    const { graph, sent } = fakeBatchGraph(({ method, url }) => {
      const id = decodeURIComponent(url.split('/')[2]!.split('?')[0]!);
      if (method === 'GET')
        return deleted.has(id) ? { status: 404, body: { error: { code: 'Request_ResourceNotFound', message: 'gone' } } } : { status: 200, body: grant(id) };
      if (id === 'g7') return { status: 403, body: { error: { code: 'Authorization_RequestDenied', message: 'Insufficient privileges.' } } };
      deleted.add(id);
      return { status: 204 };
    });
    const changes: Change[] = Array.from({ length: 45 }, (_, i) => ({ kind: 'revoke-grant', grant: grant(`g${i}`), names }));
    const log = newLog();
    const results = await applyChangesInBatches(graph, log, actor, changes, { pacer: noWait(), concurrency: 1, readAfterWrite: instant });

    // read, delete, and read again to confirm each deletion (g7 was refused: 19 to confirm)
    expect(sent.map((call) => `${call[0]!.method} ${call.length}`)).toEqual([
      'GET 20',
      'DELETE 20',
      'GET 19',
      'GET 20',
      'DELETE 20',
      'GET 20',
      'GET 5',
      'DELETE 5',
      'GET 5',
    ]);
    expect(results.filter((r) => r.outcome === 'succeeded')).toHaveLength(44);
    expect(results[7]).toMatchObject({ outcome: 'failed', entry: { outcome: 'failed', error: { status: 403 } } });
    expect(await log.list()).toHaveLength(45);
  });

  it('sends nothing and records nothing once cancelled, and says so for every item', async () => {
    const { graph, sent } = fakeBatchGraph(() => ({ status: 204 }));
    const controller = new AbortController();
    controller.abort();
    const log = newLog();
    const changes: Change[] = [{ kind: 'revoke-grant', grant: grant('g1'), names }];
    const [result] = await applyChangesInBatches(graph, log, actor, changes, { pacer: noWait(), signal: controller.signal });
    expect(sent).toHaveLength(0);
    expect(result).toMatchObject({ outcome: 'failed' });
    expect(result!.error).toBeInstanceOf(NotSentError);
    expect(await log.list()).toHaveLength(0);
  });

  it('stops after a failure of the whole call: that group is recorded failed, later groups are not sent', async () => {
    let calls = 0;
    const graph: GraphClient = {
      baseUrl: 'https://graph.example/v1.0',
      async request<T>(): Promise<T> {
        calls++;
        throw new Error('network down');
      },
    };
    const log = newLog();
    const changes: Change[] = Array.from({ length: 30 }, (_, i) => ({ kind: 'revoke-grant', grant: grant(`g${i}`), names }));
    const results = await applyChangesInBatches(graph, log, actor, changes, { pacer: noWait(), concurrency: 1 });
    expect(calls).toBe(1);
    expect(results.slice(0, 20).every((r) => r.outcome === 'failed' && !(r.error instanceof NotSentError))).toBe(true);
    expect(results.slice(20).every((r) => r.error instanceof NotSentError)).toBe(true);
    expect((await log.list()).filter((e) => e.outcome === 'failed')).toHaveLength(20);
  });
});
