import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openActivityLog } from './activity-log';
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
