import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { laggingGraph } from '../../test-support/lagging-graph';
import { openActivityLog } from '../activity-log';
import { applyChanges, type Change } from '../changes';
import { READ_AFTER_WRITE } from '../read-after-write';
import { previewRestore, restoreChange } from '../restore';
import { isRestorable } from '../restore-plan';
import type { GrantSnapshot } from '../types';

const actor = { upn: 'admin@contoso.example', oid: 'admin', tenantId: 'tenant' };
const names = { clientName: 'Quick PDF Tools', resourceName: 'Microsoft Graph', principalName: 'Johanna Lorenz' };
const template = { clientId: 'pdf', consentType: 'Principal' as const, principalId: 'johanna', resourceId: 'graph' };
const instant = { ...READ_AFTER_WRITE, sleep: async () => undefined };
const grant = (scope: string): GrantSnapshot => ({ id: 'g1', ...template, scope });
const add = (existing: GrantSnapshot | null, scopes: string[]): Change => ({ kind: 'add-scopes', grant: existing, template, scopes, names });

let n = 0;
/** `meanwhile`: what another admin writes to the grant between the change and its restore (null: deletes it). */
async function addAndRestore(initial: GrantSnapshot[], change: Change, meanwhile?: string | null) {
  const graph = laggingGraph({ grants: initial }, 0);
  const log = openActivityLog(`grant-addition-restore-${n++}`);
  const [result] = await applyChanges(graph.client, log, actor, [change], { readAfterWrite: instant });
  const id = (result!.entry.after as GrantSnapshot).id;
  if (meanwhile !== undefined) {
    const path = `/oauth2PermissionGrants/${id}`;
    await graph.client.request(path, meanwhile === null ? { method: 'DELETE', scopes: [] } : { method: 'PATCH', scopes: [], body: { scope: meanwhile } });
  }
  const preview = await previewRestore(graph.client, result!.entry);
  const restored = await restoreChange(graph.client, log, actor, result!.entry.id, { readAfterWrite: instant });
  return { entry: result!.entry, preview, restored, grants: [...graph.primary.grants.values()] };
}

describe('restoring an addition of delegated permissions', () => {
  it('a grant it created is deleted again: the entry is restorable though it recorded no object before', async () => {
    const { entry, preview, restored, grants } = await addAndRestore([], add(null, ['User.Read.All', 'openid']));
    expect(isRestorable({ ...entry, restoredBy: undefined, outcome: 'succeeded' })).toBe(true);
    expect(preview).toMatchObject({ kind: 'inverse', description: expect.stringContaining('no permission is left: the grant is deleted') });
    expect(restored.outcome).toBe('succeeded');
    expect(grants).toEqual([]);
  });

  it('a grant it extended loses only what it added, and keeps what was added since', async () => {
    const { preview, restored, grants } = await addAndRestore(
      [grant('User.Read')],
      add(grant('User.Read'), ['Mail.Read']),
      'User.Read Mail.Read Calendars.Read',
    );
    expect(preview).toEqual({
      kind: 'inverse',
      description: expect.stringContaining('Removes Mail.Read from'),
      differences: ['Added since the change, and kept: Calendars.Read.'],
    });
    expect(restored.outcome).toBe('succeeded');
    expect(grants.map((g) => g.scope)).toEqual(['User.Read Calendars.Read']);
  });

  it('says there is nothing to remove when the grant is gone', async () => {
    const { preview } = await addAndRestore([], add(null, ['Mail.Read']), null);
    expect(preview).toMatchObject({ kind: 'nothing' });
  });
});
