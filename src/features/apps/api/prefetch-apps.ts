/**
 * The Applications screens' first reads, started by start-up (src/main.tsx) while the screens' code is
 * still loading: the permission catalogue, and — when the account's token says its directory roles allow
 * the inventory's reads, as the screen's gate decides — the inventory, with the very query the screen
 * uses, so the screen finds it in flight. A small module of its own: it loads beside the screen's chunk.
 */
import type { ScreenPrefetch } from '../../../app/lazy-page';
import { currentGraphTokenQueryOptions } from '../../../auth/current-token';
import { readAccess } from '../../../auth/role-requirements';
import { APPS_INVENTORY, INVENTORY_READS } from '../../../graph/inventory/inventory-reads';
import { progressiveInventoryQueryOptions } from '../../../graph/inventory/progressive-inventory';
import { permissionCatalogQueryOptions } from '../../../permissions/catalog';

// Shared with the other inventory screens (Access review): src/graph/inventory/inventory-reads.ts.
export { APPS_INVENTORY, INVENTORY_READS };

export const prefetchAppsScreen: ScreenPrefetch = async ({ pca, queryClient, graph }) => {
  void queryClient.prefetchQuery(permissionCatalogQueryOptions());
  const account = pca.getActiveAccount();
  if (!account) return;
  // The token query the screen's role gate reads: the gate finds it answered.
  const token = await queryClient.fetchQuery(currentGraphTokenQueryOptions(pca, account));
  if (readAccess(INVENTORY_READS, token.roleTemplateIds).state !== 'allowed') return;
  await queryClient.prefetchQuery(progressiveInventoryQueryOptions(graph, queryClient, APPS_INVENTORY));
};
