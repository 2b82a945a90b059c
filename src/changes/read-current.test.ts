import { describe, expect, it } from 'vitest';
import { createGraphClient } from '../graph/graph-client';
import { fakeTransport, jsonResponse } from '../test-support/fake-transport';
import { hasAssignment } from './read-current';

const GRAPH = 'http://localhost:4011';
const role = { appRoleId: 'r1', resourceId: 'litware', principalId: 'megan', principalType: 'User' };

function graphListing(assignments: object[]) {
  const transport = fakeTransport(() => jsonResponse({ value: assignments }));
  return { transport, graph: createGraphClient({ graphBaseUrl: GRAPH, getToken: async () => 't', transport }) };
}

describe('hasAssignment (api-reference/v1.0/api/user-list-approleassignments.md)', () => {
  it("does not count a group's assignment that the user's list includes as the user's", async () => {
    const { graph } = graphListing([{ id: 'a2', ...role, principalId: 'sales', principalType: 'Group' }]);
    expect(await hasAssignment(graph, role)).toBe(false);
  });

  it("counts the user's own assignment, read with a permission GET /users/{id}/appRoleAssignments accepts", async () => {
    const { graph, transport } = graphListing([{ id: 'a1', ...role }]);
    expect(await hasAssignment(graph, role)).toBe(true);
    expect(transport.requests[0]!.url).toBe(`${GRAPH}/v1.0/users/megan/appRoleAssignments`);
  });
});
