import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openActivityLog } from '../activity-log';
import { applyChanges, type Change } from '../changes';
import { READ_AFTER_WRITE } from '../read-after-write';
import { isRestorable } from '../restore-plan';
import { previewRestore, restoreChange } from '../restore';
import { laggingGraph } from '../../test-support/lagging-graph';
import type { AssignmentSnapshot } from '../types';

const actor = { upn: 'admin@contoso.example', oid: 'admin', tenantId: 'tenant' };
const options = { readAfterWrite: { ...READ_AFTER_WRITE, sleep: async () => undefined } };
const add: Change = {
  kind: 'add-app-role',
  assignment: { principalId: 'northwind', resourceId: 'graph', appRoleId: 'user-read-all', principalType: 'ServicePrincipal' },
  names: { clientName: 'Northwind HR Portal', resourceName: 'Microsoft Graph', permission: 'User.Read.All' },
};

describe('add-app-role restore', () => {
  it('is undone by removing exactly the assignment it created', async () => {
    const other = { id: 'kept', appRoleId: 'user-read-all', principalId: 'someone-else', resourceId: 'graph', principalType: 'ServicePrincipal' };
    const graph = laggingGraph({ assignments: [other] }, 0);
    const log = openActivityLog('app-role-kinds-undo');
    const [result] = await applyChanges(graph.client, log, actor, [add], options);
    expect(result!.outcome).toBe('succeeded');
    expect(isRestorable(result!.entry)).toBe(true);

    expect(await previewRestore(graph.client, result!.entry)).toEqual({
      kind: 'inverse',
      description: 'Removes the application permission User.Read.All on Microsoft Graph from Northwind HR Portal (the assignment the change created).',
      differences: [],
    });
    const restored = await restoreChange(graph.client, log, actor, result!.entry.id, options);
    expect(restored.outcome).toBe('succeeded');
    expect([...graph.primary.assignments.keys()]).toEqual(['kept']);
  });

  it('says there is nothing to remove when the assignment is gone already', async () => {
    const graph = laggingGraph({}, 0);
    const log = openActivityLog('app-role-kinds-gone');
    const [result] = await applyChanges(graph.client, log, actor, [add], options);
    // Someone removes it meanwhile (a write the fake's reads see, unlike editing its state).
    const created = result!.entry.after as AssignmentSnapshot;
    await applyChanges(graph.client, log, actor, [{ kind: 'revoke-app-role', assignment: created, names: add.names }], options);
    expect(await previewRestore(graph.client, result!.entry)).toMatchObject({ kind: 'nothing', reason: expect.stringMatching(/no longer exists/) });
  });
});
