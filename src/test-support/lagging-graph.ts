/**
 * A fake Graph for unit tests whose reads lag its writes, as the directory's do: a write is applied at
 * once (so a second POST meets 409 and a DELETE of a deleted grant 404), but reads see it only after
 * `lag` further reads. Lag is counted in reads, not time, so tests need no clock.
 */
import type { AssignmentSnapshot, GrantSnapshot } from '../graph/entities';
import type { GraphClient, GraphRequestInit } from '../graph/graph-client';
import { GraphError } from '../graph/graph-error';

interface State {
  grants: Map<string, GrantSnapshot>;
  assignments: Map<string, AssignmentSnapshot>;
}

const copy = (state: State): State => ({
  grants: new Map([...state.grants].map(([k, v]) => [k, { ...v }])),
  assignments: new Map([...state.assignments].map(([k, v]) => [k, { ...v }])),
});

const notFound = () => new GraphError({ status: 404, code: 'Request_ResourceNotFound', message: 'Resource does not exist.' });

export function laggingGraph(initial: { grants?: GrantSnapshot[]; assignments?: AssignmentSnapshot[] }, lag: number) {
  const primary: State = {
    grants: new Map((initial.grants ?? []).map((g) => [g.id, { ...g }])),
    assignments: new Map((initial.assignments ?? []).map((a) => [a.id, { ...a }])),
  };
  let replica = copy(primary);
  /** Writes not yet replicated: each is applied to the replica when its reads run out. */
  let pending: { readsLeft: number; state: State }[] = [];
  const calls: string[] = [];
  let nextId = 1;

  const wrote = () => pending.push({ readsLeft: lag, state: copy(primary) });
  const read = () => {
    for (const p of pending) p.readsLeft--;
    const due = pending.filter((p) => p.readsLeft < 0);
    if (due.length > 0) replica = copy(due.at(-1)!.state);
    pending = pending.filter((p) => p.readsLeft >= 0);
    return replica;
  };

  function handle(method: string, path: string, body: unknown): unknown {
    const [route = '', query = ''] = path.split('?');
    const parts = route.split('/').map(decodeURIComponent);
    calls.push(`${method} ${route}`);
    if (method === 'GET') {
      const state = read();
      if (route === '/oauth2PermissionGrants') {
        const filter = decodeURIComponent(new URLSearchParams(query).get('$filter') ?? '');
        const wanted = [...filter.matchAll(/(\w+) eq '([^']*)'/g)].map(([, k, v]) => [k, v] as const);
        return { value: [...state.grants.values()].filter((g) => wanted.every(([k, v]) => String(g[k as keyof GrantSnapshot]) === v)) };
      }
      if (parts[1] === 'oauth2PermissionGrants') {
        const grant = state.grants.get(parts[2]!);
        if (!grant) throw notFound();
        return { ...grant };
      }
      if (parts[3] === 'appRoleAssignments') return { value: [...state.assignments.values()].filter((a) => a.principalId === parts[2]) };
      throw new Error(`unexpected GET ${path}`);
    }
    if (route === '/oauth2PermissionGrants' && method === 'POST') {
      const grant = body as Omit<GrantSnapshot, 'id'>;
      const same = [...primary.grants.values()].some(
        (g) => g.clientId === grant.clientId && g.resourceId === grant.resourceId && g.consentType === grant.consentType && g.principalId === grant.principalId,
      );
      if (same) throw new GraphError({ status: 409, code: 'Request_MultipleObjectsWithSameKeyValue', message: 'Permission entry already exists.' });
      const created = { ...grant, id: `new-${nextId++}` };
      primary.grants.set(created.id, created);
      wrote();
      return created;
    }
    if (parts[1] === 'oauth2PermissionGrants') {
      const grant = primary.grants.get(parts[2]!);
      if (!grant) throw notFound();
      if (method === 'DELETE') primary.grants.delete(grant.id);
      else grant.scope = (body as { scope: string }).scope;
      wrote();
      return undefined;
    }
    if (parts[3] === 'appRoleAssignedTo' && method === 'POST') {
      const a = body as Omit<AssignmentSnapshot, 'id'>;
      if ([...primary.assignments.values()].some((x) => x.principalId === a.principalId && x.appRoleId === a.appRoleId && x.resourceId === a.resourceId)) {
        throw new GraphError({ status: 400, code: 'Request_BadRequest', message: 'Permission being assigned already exists on the object.' });
      }
      const created: AssignmentSnapshot = { ...a, id: `a-${nextId++}`, principalType: 'ServicePrincipal' };
      primary.assignments.set(created.id, created);
      wrote();
      return created;
    }
    if (parts[3] === 'appRoleAssignedTo' && method === 'DELETE') {
      if (!primary.assignments.delete(parts[4]!)) throw notFound();
      wrote();
      return undefined;
    }
    throw new Error(`unexpected ${method} ${path}`);
  }

  const client: GraphClient = {
    baseUrl: 'https://graph.example/v1.0',
    async request<T>(path: string, init: GraphRequestInit): Promise<T> {
      init.signal?.throwIfAborted();
      if (path !== '/$batch') return handle(init.method ?? 'GET', path, init.body) as T;
      const items = (init.body as { requests: { id: string; method: string; url: string; body?: unknown }[] }).requests;
      calls.push(`BATCH ${items.length}`);
      const responses = items.map((item) => {
        try {
          const body = handle(item.method, item.url, item.body);
          return { id: item.id, status: body === undefined ? 204 : 200, headers: {}, body };
        } catch (error) {
          if (!(error instanceof GraphError)) throw error;
          return { id: item.id, status: error.status, headers: {}, body: { error: { code: error.code, message: error.message } } };
        }
      });
      return { responses } as T;
    },
  };
  return { client, calls, primary, replicaHasGrant: (id: string) => replica.grants.has(id) };
}
