import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { InventoryData } from '../graph/inventory/load-inventory';
import { graphKeys } from '../graph/keys';
import { activityKeys } from './keys';
import { refreshAfterChanges } from './refresh-after-changes';
import type { GrantSnapshot } from './types';

const grant = (id: string): GrantSnapshot => ({ id, clientId: 'c', consentType: 'AllPrincipals', principalId: null, resourceId: 'r', scope: 'User.Read' });

function seeded() {
  const queryClient = new QueryClient();
  const inventory: InventoryData = { servicePrincipals: [], grants: [grant('g1'), grant('g2')], assignments: [] };
  queryClient.setQueryData(graphKeys.inventory(), inventory);
  queryClient.setQueryData(graphKeys.me(), { id: 'me' });
  queryClient.setQueryData(graphKeys.users.authorizations('u1'), []);
  queryClient.setQueryData(activityKeys.list(), []);
  const stale = () =>
    queryClient
      .getQueryCache()
      .getAll()
      .filter((q) => q.state.isInvalidated)
      .map((q) => q.queryKey);
  return { queryClient, stale };
}

describe('refreshAfterChanges', () => {
  it('patches the cached inventory instead of reloading it, and re-reads only what a change can alter', async () => {
    const { queryClient, stale } = seeded();
    await refreshAfterChanges(queryClient, [{ outcome: 'succeeded', entry: { before: grant('g1'), after: null } }]);
    expect(queryClient.getQueryData<InventoryData>(graphKeys.inventory())?.grants).toEqual([grant('g2')]);
    expect(stale()).toEqual([graphKeys.users.authorizations('u1'), activityKeys.list()]);
  });

  it('reloads the inventory when a change failed (its effect is unknown)', async () => {
    const { queryClient, stale } = seeded();
    await refreshAfterChanges(queryClient, [
      { outcome: 'succeeded', entry: { before: grant('g1'), after: null } },
      { outcome: 'failed', entry: { before: grant('g2'), after: null } },
    ]);
    expect(stale()).toContainEqual(graphKeys.inventory());
    expect(stale()).not.toContainEqual(graphKeys.me());
  });

  it('leaves the inventory alone after a change to no grant or app permission (sign-in sessions)', async () => {
    const { queryClient, stale } = seeded();
    await refreshAfterChanges(queryClient, [{ outcome: 'succeeded', entry: { before: null, after: null } }]);
    expect(queryClient.getQueryData<InventoryData>(graphKeys.inventory())?.grants).toHaveLength(2);
    expect(stale()).not.toContainEqual(graphKeys.inventory());
  });

  it("re-reads only what the change's kind says it can alter (allow-list): not the service principals to pick from", async () => {
    const { queryClient, stale } = seeded();
    queryClient.setQueryData(graphKeys.appConsent.servicePrincipals(), []);
    queryClient.setQueryData(graphKeys.appConsent.detail('app'), {});
    queryClient.setQueryData(graphKeys.users.basicList(), []);
    await refreshAfterChanges(queryClient, [{ outcome: 'succeeded', entry: { action: 'add-scopes', before: null, after: grant('g3') } }]);
    expect(stale()).toContainEqual(graphKeys.appConsent.detail('app'));
    expect(stale()).toContainEqual(graphKeys.users.authorizations('u1'));
    expect(stale()).not.toContainEqual(graphKeys.appConsent.servicePrincipals());
    expect(stale()).not.toContainEqual(graphKeys.users.basicList());
    expect(stale()).not.toContainEqual(graphKeys.inventory());
  });
});
