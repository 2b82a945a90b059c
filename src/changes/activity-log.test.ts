import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { accountLog, openActivityLog } from './activity-log';
import type { ActivityEntry } from './types';

const entry = (id: string, at: string): ActivityEntry => ({
  id,
  at,
  actor: { upn: 'admin@contoso.example', oid: 'o', tenantId: 't' },
  action: 'revoke-grant',
  summary: `entry ${id}`,
  target: { clientName: 'Mail Helper Pro' },
  before: { id: 'g', clientId: 'c', consentType: 'AllPrincipals', principalId: null, resourceId: 'r', scope: 'User.Read' },
  after: null,
  outcome: 'succeeded',
});

describe('ActivityLog', () => {
  it('persists entries newest first across connections and updates them', async () => {
    const log = openActivityLog('test-log-1');
    await log.add(entry('a', '2026-11-22T10:00:00Z'));
    await log.add(entry('b', '2026-11-22T11:00:00Z'));
    await log.update('a', { restoredBy: 'b' });

    const reopened = openActivityLog('test-log-1');
    const all = await reopened.list();
    expect(all.map((e) => e.id)).toEqual(['b', 'a']);
    expect(all[1]!.restoredBy).toBe('b');
    expect(await reopened.update('missing', { summary: 'x' })).toBeUndefined();
  });

  it('clears', async () => {
    const log = openActivityLog('test-log-2');
    await log.add(entry('a', '2026-11-22T10:00:00Z'));
    await log.clear();
    expect(await log.list()).toEqual([]);
  });
});

describe('the Activity log belongs to the account and tenant that made it', () => {
  const by = (id: string, oid: string, tenantId: string): ActivityEntry => ({
    ...entry(id, `2026-11-22T1${id.length}:00:00Z`),
    actor: { upn: `${oid}@x`, oid, tenantId },
  });

  it("lists only the signed-in account's entries, and another account's entry cannot be read or updated", async () => {
    const shared = openActivityLog('test-log-owner');
    await shared.add(by('mine', 'admin-a', 't1'));
    await shared.add(by('other', 'admin-b', 't1'));
    await shared.add(by('other-tenant', 'admin-a', 't2'));
    const mine = accountLog(shared, { tenantId: 't1', oid: 'admin-a' });
    expect((await mine.list()).map((e) => e.id)).toEqual(['mine']);
    expect(await mine.get('other')).toBeUndefined();
    expect(await mine.update('other', { restoredBy: 'x' })).toBeUndefined();
    expect((await shared.get('other'))?.restoredBy).toBeUndefined();
    await expect(mine.add(by('forged', 'admin-b', 't1'))).rejects.toThrow();
  });

  it("clearing clears only the account's own entries", async () => {
    const shared = openActivityLog('test-log-owner-clear');
    await shared.add(by('mine', 'admin-a', 't1'));
    await shared.add(by('other', 'admin-b', 't1'));
    await accountLog(shared, { tenantId: 't1', oid: 'admin-a' }).clear();
    expect((await shared.list()).map((e) => e.id)).toEqual(['other']);
  });
});
