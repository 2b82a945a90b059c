import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { WritePacer } from '../graph/write-pacer';
import { openActivityLog, type ActivityLog } from './activity-log';
import { applyChangesInBatches } from './apply-in-batches';
import { applyChanges, describeChange, type Change } from './changes';
import { outcomeDetail, outcomeLabel } from './outcome-text';
import { confirmWrite, READ_AFTER_WRITE, type ReadAfterWritePolicy } from './read-after-write';
import { laggingGraph } from '../test-support/lagging-graph';
import type { AssignmentSnapshot, GrantSnapshot } from './types';

const actor = { upn: 'admin@contoso.example', oid: 'admin', tenantId: 'tenant' };
const names = { clientName: 'Mail Helper Pro', resourceName: 'Microsoft Graph', principalName: 'Megan Bowen' };
const grant = (id = 'g1', scope = 'User.Read Mail.ReadWrite'): GrantSnapshot => ({
  id,
  clientId: 'mail',
  consentType: 'Principal',
  principalId: 'megan',
  resourceId: 'graph',
  scope,
});

/** No real waiting; the waits are recorded. */
function policy(): ReadAfterWritePolicy & { waits: number[] } {
  const waits: number[] = [];
  return { ...READ_AFTER_WRITE, waits, sleep: async (ms) => void waits.push(ms) };
}

let log: ActivityLog;
let n = 0;
beforeEach(() => {
  log = openActivityLog(`read-after-write-${n++}`);
});

describe('confirmWrite', () => {
  it('reads at once, then after 0.5, 1, 2, 4 … s, within about 15 s in all', async () => {
    const p = policy();
    expect(await confirmWrite(async () => false, p)).toBe('not-yet-visible');
    expect(p.waits).toEqual([500, 1000, 2000, 4000, 4000, 3500]);
    expect(p.waits.reduce((a, b) => a + b)).toBe(15_000);
  });

  it('stops waiting when cancelled, without claiming the write is visible', async () => {
    const controller = new AbortController();
    const p = { ...policy(), sleep: async () => controller.abort() };
    let reads = 0;
    expect(await confirmWrite(async () => (reads++, false), p, controller.signal)).toBe('not-yet-visible');
    expect(reads).toBe(1);
  });
});

describe('read-after-write in the change layer (a Graph whose reads lag its writes)', () => {
  it('reports a revoke succeeded only once a re-read no longer finds the grant', async () => {
    const graph = laggingGraph({ grants: [grant()] }, 3);
    const p = policy();
    const [result] = await applyChanges(graph.client, log, actor, [{ kind: 'revoke-grant', grant: grant(), names }], { readAfterWrite: p });
    expect(result!.outcome).toBe('succeeded');
    expect(graph.replicaHasGrant('g1')).toBe(false);
    // the stale reads kept it waiting
    expect(p.waits.length).toBeGreaterThan(1);
    expect((await log.get(result!.entry.id))?.outcome).toBe('succeeded');
  });

  it('says "applied, not yet visible" when the grant is still readable after the budget', async () => {
    const graph = laggingGraph({ grants: [grant()] }, 1000);
    const [result] = await applyChanges(graph.client, log, actor, [{ kind: 'revoke-grant', grant: grant(), names }], { readAfterWrite: policy() });
    expect(result!.outcome).toBe('not-yet-visible');
    expect(outcomeLabel(result!)).toBe('Applied, not yet visible');
    expect((await log.get(result!.entry.id))?.outcome).toBe('not-yet-visible');
    expect(graph.primary.grants.has('g1')).toBe(false);
  });

  it('does not take a 404 on the re-read before the write as "already done": it reads once more', async () => {
    // The grant was just created: the first read does not see it yet.
    const graph = laggingGraph({}, 1);
    const created = await graph.client.request<GrantSnapshot>('/oauth2PermissionGrants', { scopes: ['s'], method: 'POST', body: grant() });
    const p = policy();
    const [result] = await applyChanges(graph.client, log, actor, [{ kind: 'revoke-grant', grant: created, names }], { readAfterWrite: p });
    expect(result!.outcome).toBe('succeeded');
    expect(graph.calls.filter((c) => c.startsWith('DELETE'))).toHaveLength(1);
    expect(p.waits[0]).toBe(READ_AFTER_WRITE.recheckDelayMs);
  });

  it('still reports a grant gone on both reads as already done, without deleting', async () => {
    const graph = laggingGraph({}, 0);
    const [result] = await applyChanges(graph.client, log, actor, [{ kind: 'revoke-grant', grant: grant(), names }], { readAfterWrite: policy() });
    expect(result!.outcome).toBe('already-done');
    expect(graph.calls.filter((c) => c.startsWith('GET'))).toHaveLength(2);
    expect(graph.calls.some((c) => c.startsWith('DELETE'))).toBe(false);
  });

  it('treats 409 on creating a grant as "already in place" and never POSTs twice, though the list did not show it', async () => {
    // Created just now by someone else: the list does not show it to the first reads.
    const graph = laggingGraph({}, 2);
    await graph.client.request('/oauth2PermissionGrants', {
      scopes: ['s'],
      method: 'POST',
      body: { ...grant('g9', 'User.Read Mail.Read'), consentType: 'AllPrincipals', principalId: null },
    });
    const template = { clientId: 'mail', consentType: 'AllPrincipals' as const, principalId: null, resourceId: 'graph' };
    const [result] = await applyChanges(graph.client, log, actor, [{ kind: 'add-scopes', grant: null, template, scopes: ['Mail.Read'], names }], {
      readAfterWrite: policy(),
    });
    expect(graph.calls.filter((c) => c.startsWith('POST'))).toHaveLength(2); // the setup's, and one by the change
    expect(result!.outcome).toBe('already-done');
    expect(outcomeLabel(result!)).toBe('Already done');
    expect(outcomeDetail(result!)).toBe('It was already in place: nothing to do.');
  });

  it('adds the missing scopes to a grant that answered 409', async () => {
    const lagging = laggingGraph({ grants: [] }, 1);
    await lagging.client.request('/oauth2PermissionGrants', { scopes: ['s'], method: 'POST', body: grant('x', 'User.Read') });
    const template = { clientId: 'mail', consentType: 'Principal' as const, principalId: 'megan', resourceId: 'graph' };
    const [result] = await applyChanges(lagging.client, log, actor, [{ kind: 'add-scopes', grant: null, template, scopes: ['Mail.Read'], names }], {
      readAfterWrite: policy(),
    });
    expect(result!.outcome).toBe('succeeded');
    expect([...lagging.primary.grants.values()].map((g) => g.scope)).toEqual(['User.Read Mail.Read']);
    expect(lagging.calls.filter((c) => c.startsWith('POST'))).toHaveLength(2);
  });

  it('confirms a created grant by reading it back (404 right after a create)', async () => {
    const graph = laggingGraph({}, 2);
    const template = { clientId: 'mail', consentType: 'Principal' as const, principalId: 'megan', resourceId: 'graph' };
    const p = policy();
    const [result] = await applyChanges(graph.client, log, actor, [{ kind: 'add-scopes', grant: null, template, scopes: ['Mail.Read'], names }], {
      readAfterWrite: p,
    });
    expect(result!.outcome).toBe('succeeded');
    expect(p.waits.length).toBeGreaterThan(0);
  });

  it('treats 400 "Permission being assigned already exists" as "already in place", never POSTs twice', async () => {
    const held: AssignmentSnapshot = { id: 'a1', appRoleId: 'role', principalId: 'app', resourceId: 'graph', principalType: 'ServicePrincipal' };
    const graph = laggingGraph({ assignments: [held] }, 0);
    const change: Change = {
      kind: 'add-app-role',
      assignment: { principalId: 'app', resourceId: 'graph', appRoleId: 'role', principalType: 'ServicePrincipal' },
      names,
    };
    const [result] = await applyChanges(graph.client, log, actor, [change], { readAfterWrite: policy() });
    expect(result!.outcome).toBe('already-done');
    expect(outcomeLabel(result!)).toBe('Already done');
    expect(outcomeDetail(result!)).toBe('It was already in place: nothing to do.');
    expect(graph.calls.filter((c) => c.startsWith('POST'))).toHaveLength(1);
  });

  it('reports an app role removal done once the principal’s list no longer shows it', async () => {
    const held: AssignmentSnapshot = { id: 'a1', appRoleId: 'role', principalId: 'app', resourceId: 'graph', principalType: 'ServicePrincipal' };
    const graph = laggingGraph({ assignments: [held] }, 2);
    const p = policy();
    const [result] = await applyChanges(graph.client, log, actor, [{ kind: 'revoke-app-role', assignment: held, names }], { readAfterWrite: p });
    expect(result!.outcome).toBe('succeeded');
    expect(graph.calls.filter((c) => c === 'GET /servicePrincipals/app/appRoleAssignments').length).toBeGreaterThan(1);
  });
});

describe('read-after-write in bulk revocation ($batch)', () => {
  const noWait = () => new WritePacer({ sleep: async () => undefined });

  it('reports each deleted grant succeeded only once a batched re-read no longer finds it', async () => {
    const grants = [grant('g1'), grant('g2'), grant('g3')];
    const graph = laggingGraph({ grants }, 2);
    const changes: Change[] = grants.map((g) => ({ kind: 'revoke-grant', grant: g, names }));
    const results = await applyChangesInBatches(graph.client, log, actor, changes, { pacer: noWait(), readAfterWrite: policy() });
    expect(results.map((r) => r.outcome)).toEqual(['succeeded', 'succeeded', 'succeeded']);
    for (const g of grants) expect(graph.replicaHasGrant(g.id)).toBe(false);
    expect(graph.calls.filter((c) => c.startsWith('BATCH')).length).toBeGreaterThan(3);
  });

  it('records grants still readable after the budget as not yet visible', async () => {
    const grants = [grant('g1'), grant('g2')];
    const graph = laggingGraph({ grants }, 10_000);
    const changes: Change[] = grants.map((g) => ({ kind: 'revoke-grant', grant: g, names }));
    const results = await applyChangesInBatches(graph.client, log, actor, changes, { pacer: noWait(), readAfterWrite: policy() });
    expect(results.map((r) => r.outcome)).toEqual(['not-yet-visible', 'not-yet-visible']);
    expect((await log.list()).map((e) => e.outcome)).toEqual(['not-yet-visible', 'not-yet-visible']);
  });
});

describe('texts about sessions and tokens', () => {
  it('never says tokens stop working at once, and names the delay, guests and token lifetimes with CAE', () => {
    const text = describeChange({ kind: 'revoke-sessions', userId: 'u1', names: { principalName: 'Megan Bowen' } });
    expect(text).not.toMatch(/at once|immediately/i);
    expect(text).toMatch(/within a few minutes/);
    expect(text).toMatch(/external \(guest\) users, who sign in at their home tenant, are not affected/);
    expect(text).toMatch(/access tokens already issued keep working until they expire, typically 60–90 minutes/);
    expect(text).toMatch(/continuous access evaluation/);
  });
});
