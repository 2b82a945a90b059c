// Groups and their user members, read from the emulated Graph as the approval for a group reads them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../emulator/index';
import { daemonGraphToken } from '../../emulator/testing/identity-client';
import { createGraphClient, type GraphClient } from './graph-client';
import { listGroups, listGroupUsers } from './list-group-members';

let emulator: Emulator;
let graph: GraphClient;
let facts: { groups: { id: string; displayName: string; memberIds: string[] }[] };

beforeAll(async () => {
  emulator = await createEmulator({ port: 0 });
  facts = (await (await fetch(`${emulator.identityUrl}/_emulator/demo`)).json()) as typeof facts;
  const token = await daemonGraphToken(emulator);
  graph = createGraphClient({ graphBaseUrl: emulator.graphUrl, getToken: async () => token });
});

afterAll(async () => {
  await emulator?.close();
});

describe('groups and their members', () => {
  it('lists every group, and a group’s direct members that are users with their names', async () => {
    const groups = await listGroups(graph);
    expect(groups.map((g) => g.displayName).sort()).toEqual(facts.groups.map((g) => g.displayName).sort());
    const sales = facts.groups.find((g) => g.displayName === 'Sales Team')!;
    const users = await listGroupUsers(graph, sales.id);
    expect(users.map((u) => u.id).sort()).toEqual([...sales.memberIds].sort());
    expect(users.every((u) => u.displayName && u.userPrincipalName?.includes('@'))).toBe(true);
  });
});
