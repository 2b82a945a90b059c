import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { CLASSIFICATION_WRITE, USER_CONSENT_SETTING_WRITE } from '../../auth/role-requirements';
import { directoryRoleName } from '../../auth/directory-roles';
import type { ClassificationRecord } from '../../graph/consent-policies';
import type { GraphClient, GraphRequestInit } from '../../graph/graph-client';
import { GraphError } from '../../graph/graph-error';
import { openActivityLog } from '../activity-log';
import { applyChanges, describeChange, pendingEntry, type Change } from '../changes';
import { operationOf, requirementOf } from '../confirm/change-requirements';
import { READ_AFTER_WRITE } from '../read-after-write';
import { reconcilePending } from '../reconcile-pending';
import { isRestorable } from '../restore-plan';
import { previewRestore, restoreChange } from '../restore';

const LEGACY = 'ManagePermissionGrantsForSelf.microsoft-user-default-legacy';
const LOW = 'ManagePermissionGrantsForSelf.microsoft-user-default-low';
const OWNED = 'ManagePermissionGrantsForOwnedResource.DeveloperConsent';
const GRAPH_SP = 'sp-graph';

/** An in-memory Graph holding the authorization policy and one API's classifications, as the docs shape them. */
function policyGraph(assigned: string[]) {
  const state = { assigned: [...assigned], classifications: [] as Omit<ClassificationRecord, 'resourceId'>[], calls: [] as string[] };
  let next = 1;
  const graph: GraphClient = {
    baseUrl: 'https://graph.example/v1.0',
    async request<T>(path: string, init: GraphRequestInit): Promise<T> {
      const method = init.method ?? 'GET';
      state.calls.push(`${method} ${path} [${init.scopes.join(' ')}]`);
      if (path === '/policies/authorizationPolicy') {
        if (method === 'PATCH')
          state.assigned = [
            ...(init.body as { defaultUserRolePermissions: { permissionGrantPoliciesAssigned: string[] } }).defaultUserRolePermissions
              .permissionGrantPoliciesAssigned,
          ];
        return { id: 'authorizationPolicy', defaultUserRolePermissions: { permissionGrantPoliciesAssigned: state.assigned } } as T;
      }
      const base = `/servicePrincipals/${GRAPH_SP}/delegatedPermissionClassifications`;
      if (path === base && method === 'GET') return { value: state.classifications } as T;
      if (path === base && method === 'POST') {
        const created = { ...(init.body as Omit<ClassificationRecord, 'id' | 'resourceId'>), id: `class-${next++}` };
        state.classifications.push(created);
        return created as T;
      }
      if (path.startsWith(`${base}/`) && method === 'DELETE') {
        const id = path.slice(base.length + 1);
        if (!state.classifications.some((c) => c.id === id)) throw new GraphError({ status: 404, code: 'Request_ResourceNotFound', message: 'not found' });
        state.classifications = state.classifications.filter((c) => c.id !== id);
        return undefined as T;
      }
      throw new Error(`unexpected ${method} ${path}`);
    },
  };
  return { graph, state };
}

const actor = { upn: 'admin@contoso.example', oid: 'admin', tenantId: 'tenant' };
const options = { readAfterWrite: { ...READ_AFTER_WRITE, sleep: async () => undefined } };
const toLow: Change = { kind: 'set-user-consent', assigned: [LOW, OWNED], previous: [LEGACY, OWNED], names: {} };
const classifyMailRead: Change = {
  kind: 'classify-permission',
  classification: { resourceId: GRAPH_SP, permissionId: 'perm-mail-read', permissionName: 'Mail.Read', classification: 'low' },
  names: { resourceName: 'Microsoft Graph', permission: 'Mail.Read' },
};

describe('the user-consent setting as a change', () => {
  it('describes itself in the portal’s words and names its scope and role', () => {
    expect(describeChange(toLow)).toBe(
      'Change the user-consent setting from “Allow user consent for apps” to “Allow user consent for apps from verified publishers, for selected permissions”',
    );
    expect(operationOf([toLow]).scopes).toEqual(['Policy.ReadWrite.Authorization']);
    expect(requirementOf(toLow)).toBe(USER_CONSENT_SETTING_WRITE);
    expect(USER_CONSENT_SETTING_WRITE.roles.map(directoryRoleName)).toEqual(['Privileged Role Administrator', 'Global Administrator']);
  });

  it('PATCHes the list, records it before and after, and restores the list as it was', async () => {
    const { graph, state } = policyGraph([LEGACY, OWNED]);
    const log = openActivityLog('policy-kinds-setting');
    const [result] = await applyChanges(graph, log, actor, [toLow], options);
    expect(result!.outcome).toBe('succeeded');
    expect(state.assigned).toEqual([LOW, OWNED]);
    expect(result!.entry).toMatchObject({
      action: 'set-user-consent',
      before: { permissionGrantPoliciesAssigned: [LEGACY, OWNED] },
      after: { permissionGrantPoliciesAssigned: [LOW, OWNED] },
    });
    expect(isRestorable(result!.entry)).toBe(true);
    expect(await previewRestore(graph, result!.entry)).toMatchObject({ kind: 'inverse', differences: [] });

    const restored = await restoreChange(graph, log, actor, result!.entry.id, options);
    expect(restored.outcome).toBe('succeeded');
    expect(state.assigned).toEqual([LEGACY, OWNED]);
  });

  it('says when the setting was changed since, and that nothing is to do when it is back already', async () => {
    const { graph, state } = policyGraph([LEGACY, OWNED]);
    const [result] = await applyChanges(graph, openActivityLog('policy-kinds-since'), actor, [toLow], options);
    state.assigned = [OWNED];
    const step = await previewRestore(graph, result!.entry);
    expect(step).toMatchObject({
      kind: 'inverse',
      differences: ['The setting was changed since, to “Do not allow user consent”: the restore replaces that too.'],
    });
    state.assigned = [LEGACY, OWNED];
    expect(await previewRestore(graph, result!.entry)).toMatchObject({ kind: 'nothing' });
  });

  it('a change a closed tab left pending is settled from the tenant: done when the list is there, not done when it is as before', async () => {
    const { graph, state } = policyGraph([LEGACY, OWNED]);
    const log = openActivityLog('policy-kinds-pending');
    const left = { ...pendingEntry(actor, toLow), at: new Date(0).toISOString() };
    await log.add(left);
    state.assigned = [LOW, OWNED];
    expect((await reconcilePending(graph, log)).map((e) => e.outcome)).toEqual(['succeeded']);
    const notDone = { ...pendingEntry(actor, toLow), at: new Date(0).toISOString() };
    await log.add(notDone);
    state.assigned = [LEGACY, OWNED];
    expect((await reconcilePending(graph, log)).map((e) => e.outcome)).toEqual(['failed']);
  });

  it('is already done when the tenant holds the list', async () => {
    const { graph, state } = policyGraph([LOW, OWNED]);
    const [result] = await applyChanges(graph, openActivityLog('policy-kinds-done'), actor, [toLow], options);
    expect(result!.outcome).toBe('already-done');
    expect(state.calls.filter((c) => c.startsWith('PATCH'))).toEqual([]);
  });
});

describe('classifying a permission as a change', () => {
  it('describes itself, with the scopes of its write and its re-reads, and the documented roles', () => {
    expect(describeChange(classifyMailRead)).toBe('Classify Mail.Read of Microsoft Graph as low impact');
    expect(operationOf([classifyMailRead]).scopes).toEqual(['Policy.ReadWrite.PermissionGrant', 'Application.Read.All']);
    expect(requirementOf(classifyMailRead)).toBe(CLASSIFICATION_WRITE);
  });

  it('POSTs once (a second run finds it), and restores by DELETE', async () => {
    const { graph, state } = policyGraph([]);
    const log = openActivityLog('policy-kinds-classify');
    const [result] = await applyChanges(graph, log, actor, [classifyMailRead], options);
    expect(result!.outcome).toBe('succeeded');
    expect(result!.entry).toMatchObject({
      action: 'classify-permission',
      before: null,
      after: { id: 'class-1', resourceId: GRAPH_SP, permissionName: 'Mail.Read' },
    });
    const [again] = await applyChanges(graph, log, actor, [classifyMailRead], options);
    expect(again!.outcome).toBe('already-done');
    expect(state.classifications).toHaveLength(1);

    expect(await previewRestore(graph, result!.entry)).toMatchObject({
      kind: 'inverse',
      description: 'Remove the low impact classification of Mail.Read of Microsoft Graph.',
    });
    const restored = await restoreChange(graph, log, actor, result!.entry.id, options);
    expect(restored.outcome).toBe('succeeded');
    expect(state.classifications).toEqual([]);
  });

  it('an unclassification DELETEs and restores by POST', async () => {
    const { graph, state } = policyGraph([]);
    state.classifications.push({ id: 'class-9', permissionId: 'perm-mail-read', permissionName: 'Mail.Read', classification: 'low' });
    const log = openActivityLog('policy-kinds-unclassify');
    const unclassify: Change = {
      kind: 'unclassify-permission',
      classification: { ...state.classifications[0]!, resourceId: GRAPH_SP },
      names: { resourceName: 'Microsoft Graph' },
    };
    expect(describeChange(unclassify)).toBe('Remove the low impact classification of Mail.Read of Microsoft Graph');
    const [result] = await applyChanges(graph, log, actor, [unclassify], options);
    expect(result!.outcome).toBe('succeeded');
    expect(state.classifications).toEqual([]);
    const restored = await restoreChange(graph, log, actor, result!.entry.id, options);
    expect(restored.outcome).toBe('succeeded');
    expect(state.classifications).toMatchObject([{ permissionId: 'perm-mail-read', classification: 'low' }]);
  });
});
