import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { GRANT_WRITE } from '../auth/role-requirements';
import type { GraphClient, GraphRequestInit } from '../graph/graph-client';
import { GraphError } from '../graph/graph-error';
import { openActivityLog } from './activity-log';
import { applyChangesInBatches, isBatchable } from './apply-in-batches';
import type { Change, ChangeNames } from './changes';
import { applyChanges, describeChange } from './changes';
import { operationOf, requirementOf } from './confirm/change-requirements';
import { registerChangeKind } from './kinds';
import { READ_AFTER_WRITE } from './read-after-write';
import { restoreChange } from './restore';
import type { AssignmentSnapshot } from './types';

/** A made-up Graph object, stored as an assignment-shaped snapshot so the log can hold it. */
type Widget = AssignmentSnapshot;
type RemoveWidget = { kind: 'remove-widget'; widget: Widget; names: ChangeNames };
type AddWidget = { kind: 'add-widget'; widget: Omit<Widget, 'id'>; names: ChangeNames };

const WIDGETS = { name: 'Change widgets', scopes: ['Widget.ReadWrite.All'], reason: 'Test kind.' };
const notFound = () => new GraphError({ status: 404, code: 'Request_ResourceNotFound', message: 'not found' });

/** An in-memory Graph of widgets, with $batch. */
function widgetGraph(widgets: Map<string, Widget>) {
  const calls: string[] = [];
  let next = 1;
  const handle = (method: string, path: string, body: unknown): { status: number; body?: unknown } => {
    calls.push(`${method} ${path}`);
    const id = decodeURIComponent(path.split('/')[2] ?? '');
    if (method === 'GET') return widgets.has(id) ? { status: 200, body: { ...widgets.get(id)! } } : { status: 404 };
    if (method === 'DELETE') return widgets.delete(id) ? { status: 204 } : { status: 404 };
    const created = { ...(body as Widget), id: `w-new-${next++}` };
    widgets.set(created.id, created);
    return { status: 201, body: created };
  };
  const client: GraphClient = {
    baseUrl: 'https://graph.example/v1.0',
    async request<T>(path: string, init: GraphRequestInit): Promise<T> {
      if (path === '/$batch') {
        const { requests } = init.body as { requests: { id: string; method: string; url: string; body?: unknown }[] };
        return { responses: requests.map((r) => ({ id: r.id, ...handle(r.method, r.url, r.body), headers: {} })) } as T;
      }
      const answer = handle(init.method ?? 'GET', path, init.body);
      if (answer.status === 404) throw notFound();
      return answer.body as T;
    },
  };
  return { client, calls };
}

registerChangeKind<RemoveWidget>({
  kind: 'remove-widget',
  operation: () => WIDGETS,
  requirement: () => GRANT_WRITE,
  retrySafe: false,
  describe: (c) => `Remove widget ${c.widget.appRoleId}`,
  async run(c, { graph, signal }) {
    await graph.request(`/widgets/${c.widget.id}`, { method: 'DELETE', scopes: WIDGETS.scopes, signal });
    return { outcome: 'succeeded', before: c.widget, after: null };
  },
  parties: (c) => ({ principalId: c.widget.principalId }),
  before: (c) => c.widget,
  batch: {
    scopes: WIDGETS.scopes,
    request: (c) => ({ method: 'DELETE', url: `/widgets/${c.widget.id}` }),
    read: { scopes: WIDGETS.scopes, path: (c) => `/widgets/${c.widget.id}`, snapshot: (body) => body as Widget },
  },
  inverse: (entry) => {
    const { id: _id, ...widget } = entry.before as Widget;
    return { kind: 'add-widget', widget, names: {} } as unknown as Change;
  },
  alters: [['graph', 'widgets']],
});

registerChangeKind<AddWidget>({
  kind: 'add-widget',
  operation: () => WIDGETS,
  requirement: () => GRANT_WRITE,
  retrySafe: false,
  describe: (c) => `Add widget ${c.widget.appRoleId}`,
  async run(c, { graph, signal }) {
    const created = await graph.request<Widget>('/widgets', { method: 'POST', body: c.widget, scopes: WIDGETS.scopes, signal });
    return { outcome: 'succeeded', before: null, after: created };
  },
  parties: (c) => ({ principalId: c.widget.principalId }),
  before: () => null,
  alters: [['graph', 'widgets']],
});

const actor = { upn: 'admin@contoso.example', oid: 'admin', tenantId: 'tenant' };
const instant = { ...READ_AFTER_WRITE, sleep: async () => undefined };
const widget = (id: string): Widget => ({ id, appRoleId: `role-${id}`, principalId: 'p', resourceId: 'r' });
const removal = (id: string) => ({ kind: 'remove-widget', widget: widget(id), names: {} }) as unknown as Change;

describe('a change kind added through the table alone', () => {
  it('describes itself and declares its scopes and role', () => {
    expect(describeChange(removal('w1'))).toBe('Remove widget role-w1');
    expect(operationOf([removal('w1')]).scopes).toEqual(['Widget.ReadWrite.All']);
    expect(requirementOf(removal('w1'))).toBe(GRANT_WRITE);
    expect(isBatchable(removal('w1'))).toBe(true);
  });

  it('runs and is logged under its own name', async () => {
    const widgets = new Map([['w1', widget('w1')]]);
    const { client } = widgetGraph(widgets);
    const log = openActivityLog('kinds-run');
    const [result] = await applyChanges(client, log, actor, [removal('w1')], { readAfterWrite: instant });
    expect(result!.outcome).toBe('succeeded');
    expect(widgets.size).toBe(0);
    expect(result!.entry).toMatchObject({ action: 'remove-widget', summary: 'Remove widget role-w1', before: widget('w1') });
  });

  it('goes through $batch: re-read, DELETE, confirmed gone; one already gone counts as done', async () => {
    const widgets = new Map([
      ['w1', widget('w1')],
      ['w2', widget('w2')],
    ]);
    const { client, calls } = widgetGraph(widgets);
    const log = openActivityLog('kinds-batch');
    const results = await applyChangesInBatches(client, log, actor, [removal('w1'), removal('w2'), removal('w3')], { readAfterWrite: instant });
    expect(results.map((r) => r.outcome)).toEqual(['succeeded', 'succeeded', 'already-done']);
    expect(calls.filter((c) => c.startsWith('DELETE'))).toEqual(['DELETE /widgets/w1', 'DELETE /widgets/w2']);
    expect(widgets.size).toBe(0);
  });

  it('restores through its inverse change', async () => {
    const widgets = new Map([['w1', widget('w1')]]);
    const { client } = widgetGraph(widgets);
    const log = openActivityLog('kinds-restore');
    const [result] = await applyChanges(client, log, actor, [removal('w1')], { readAfterWrite: instant });
    const restored = (await restoreChange(client, log, actor, result!.entry.id, { readAfterWrite: instant })).entry;
    expect(restored.outcome).toBe('succeeded');
    expect([...widgets.values()].map((w) => w.appRoleId)).toEqual(['role-w1']);
  });
});
