import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { GraphClient } from '../graph/graph-client';
import { GraphError } from '../graph/graph-error';
import { openActivityLog } from './activity-log';
import { pendingEntry, type Change } from './changes';
import { reconcilePending, UNKNOWN_OUTCOME } from './reconcile-pending';
import type { GrantSnapshot } from './types';

const actor = { upn: 'admin@contoso.example', oid: 'admin', tenantId: 'tenant' };
const grant: GrantSnapshot = {
  id: 'g1',
  clientId: 'mail',
  consentType: 'Principal',
  principalId: 'megan',
  resourceId: 'graph',
  scope: 'User.Read Mail.ReadWrite',
};

/** Graph holding these grants (GET by id; list for $filter). */
function graphWith(grants: GrantSnapshot[]): GraphClient {
  return {
    baseUrl: 'https://graph.example/v1.0',
    async request<T>(path: string): Promise<T> {
      if (path.startsWith('/oauth2PermissionGrants?')) return { value: grants } as T;
      const id = decodeURIComponent(path.split('?')[0]!.split('/')[2] ?? '');
      const found = grants.find((g) => g.id === id);
      if (!found) throw new GraphError({ status: 404, code: 'Request_ResourceNotFound', message: 'not found' });
      return found as T;
    },
  };
}

const now = Date.parse('2026-12-01T12:00:00Z');
async function pending(name: string, change: Change, at = '2026-12-01T11:00:00Z') {
  const log = openActivityLog(name);
  const entry = { ...pendingEntry(actor, change), at };
  await log.add(entry);
  return { log, entry };
}

describe('a pending entry left by a closed tab is reconciled on the next load', () => {
  it('a revoke whose grant is gone succeeded', async () => {
    const { log, entry } = await pending('reconcile-1', { kind: 'revoke-grant', grant, names: {} });
    await reconcilePending(graphWith([]), log, { now });
    expect((await log.get(entry.id))?.outcome).toBe('succeeded');
  });

  it('a revoke whose grant is still there failed, with an unknown outcome', async () => {
    const { log, entry } = await pending('reconcile-2', { kind: 'revoke-grant', grant, names: {} });
    await reconcilePending(graphWith([grant]), log, { now });
    expect(await log.get(entry.id)).toMatchObject({ outcome: 'failed', error: { message: UNKNOWN_OUTCOME } });
  });

  it('a scope removal succeeded once the grant lacks the scopes it removed', async () => {
    const { log, entry } = await pending('reconcile-3', { kind: 'remove-scopes', grant, scopes: ['Mail.ReadWrite'], names: {} });
    await reconcilePending(graphWith([{ ...grant, scope: 'User.Read' }]), log, { now });
    expect((await log.get(entry.id))?.outcome).toBe('succeeded');
  });

  it('a grant of scopes succeeded once the grant holds them', async () => {
    const { id: _id, scope: _scope, ...template } = grant;
    const { log, entry } = await pending('reconcile-4', { kind: 'add-scopes', grant: null, template, scopes: ['Mail.ReadWrite'], names: {} });
    await reconcilePending(graphWith([grant]), log, { now });
    expect((await log.get(entry.id))?.outcome).toBe('succeeded');
  });

  it('leaves a young pending entry alone (another tab may still be running it)', async () => {
    const { log, entry } = await pending('reconcile-5', { kind: 'revoke-grant', grant, names: {} }, '2026-12-01T11:59:30Z');
    await reconcilePending(graphWith([]), log, { now });
    expect((await log.get(entry.id))?.outcome).toBe('pending');
  });
});
