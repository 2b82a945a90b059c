import { describe, expect, it } from 'vitest';
import { createGraphClient, type GraphClient } from '../../../graph/graph-client';
import { fakeTransport, jsonResponse } from '../../../test-support/fake-transport';
import { judgeUserAuthorizations, loadUserAuthorizations, type UserReads } from './use-user-authorizations';

const GRAPH = 'http://localhost:4011';
const SALES = { id: 'a2', appRoleId: 'r1', principalId: 'sales', principalType: 'Group', principalDisplayName: 'Sales', resourceId: 'litware' };
const OWN = { id: 'a1', appRoleId: 'r1', principalId: 'megan', principalType: 'User', resourceId: 'litware' };

function tenant({ refuseUserGrants = false } = {}) {
  const transport = fakeTransport((request) => {
    const path = new URL(request.url).pathname.replace('/v1.0', '');
    if (path === '/users/megan/oauth2PermissionGrants') {
      return refuseUserGrants
        ? jsonResponse({ error: { code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' } }, 403)
        : jsonResponse({ value: [] });
    }
    if (path === '/oauth2PermissionGrants') return jsonResponse({ value: [] });
    if (path === '/users/megan/appRoleAssignments') return jsonResponse({ value: [OWN, SALES] });
    if (path === '/groups/sales/members/$count') return new Response('12', { status: 200, headers: { 'Content-Type': 'text/plain' } });
    if (path === '/$batch') {
      // The apps' names are not what these tests look at: every service principal is gone (404).
      const sent = JSON.parse(request.body ?? '{}') as { requests: { id: string }[] };
      return jsonResponse({
        responses: sent.requests.map((r) => ({ id: r.id, status: 404, headers: {}, body: { error: { code: 'Request_ResourceNotFound', message: 'gone' } } })),
      });
    }
    return jsonResponse({ error: { code: 'notFound', message: path } }, 404);
  });
  return { transport, graph: createGraphClient({ graphBaseUrl: GRAPH, getToken: async () => 't', transport }) };
}

const all = { userGrants: true, tenantWide: true, appRoles: true };
const signal = new AbortController().signal;
const load = async (graph: GraphClient, reads: UserReads) =>
  judgeUserAuthorizations(await loadUserAuthorizations(graph, 'megan', reads, signal), { tenantId: 'contoso' });

describe("loading a user's authorizations under the account's directory roles", () => {
  it('reads nothing the roles do not allow (a Helpdesk Administrator reads no grants or app roles)', async () => {
    const { graph, transport } = tenant();
    const result = await load(graph, { userGrants: false, tenantWide: false, appRoles: false });
    expect(transport.requests).toEqual([]);
    expect(result).toMatchObject({ own: [], tenantWide: [], appRoles: [], refused: {} });
  });

  it('keeps a 403 for its own section instead of failing the screen', async () => {
    const { graph } = tenant({ refuseUserGrants: true });
    const result = await load(graph, all);
    expect(result.refused.userGrants).toMatchObject({ status: 403, code: 'Authorization_RequestDenied' });
    expect(result.appRoles).toHaveLength(2);
  });

  it('group-list-members.md ($count): counts the members of each group an app role comes through, with ConsistencyLevel eventual', async () => {
    const { graph, transport } = tenant();
    const result = await load(graph, all);
    const count = transport.requests.find((r) => r.url.endsWith('/groups/sales/members/$count'));
    expect(count?.headers.get('ConsistencyLevel')).toBe('eventual');
    expect(result.appRoles.find((r) => r.assignment.id === 'a2')?.viaGroup).toEqual({ groupId: 'sales', groupName: 'Sales', memberCount: 12 });
    expect(result.appRoles.find((r) => r.assignment.id === 'a1')?.viaGroup).toBeUndefined();
  });
});
