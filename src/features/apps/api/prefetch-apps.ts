/**
 * The Applications screens' first reads, started by start-up (src/main.tsx) while the screens' code is
 * still loading: the permission catalogue, and — when the account's token says its directory roles allow
 * the inventory's reads, as the screen's gate decides — the inventory, with the very query the screen
 * uses, so the screen finds it in flight. A small module of its own: it loads beside the screen's chunk.
 */
import type { ScreenPrefetch } from '../../../app/lazy-page';
import { currentGraphTokenQueryOptions } from '../../../auth/current-token';
import { READ_APP_ROLE_ASSIGNMENTS, READ_GRANTS, readAccess } from '../../../auth/role-requirements';
import type { InventoryQueryOptions } from '../../../graph/inventory/inventory-query';
import { progressiveInventoryQueryOptions } from '../../../graph/inventory/progressive-inventory';
import { LIST_USERS_BASIC } from '../../../graph/list-users';
import { permissionCatalogQueryOptions } from '../../../permissions/catalog';

/** The inventory reads every delegated grant and every app's application permissions: both need a directory role. */
export const INVENTORY_READS = [READ_GRANTS, READ_APP_ROLE_ASSIGNMENTS];

/** The screens' inventory query: the names of consenting users are asked in the same Grant access. */
export const APPS_INVENTORY: Omit<InventoryQueryOptions, 'onProgress'> = { alsoAsk: [LIST_USERS_BASIC] };

export const prefetchAppsScreen: ScreenPrefetch = async ({ pca, queryClient, graph }) => {
  void queryClient.prefetchQuery(permissionCatalogQueryOptions());
  const account = pca.getActiveAccount();
  if (!account) return;
  // The token query the screen's role gate reads: the gate finds it answered.
  const token = await queryClient.fetchQuery(currentGraphTokenQueryOptions(pca, account));
  if (readAccess(INVENTORY_READS, token.roleTemplateIds).state !== 'allowed') return;
  await queryClient.prefetchQuery(progressiveInventoryQueryOptions(graph, queryClient, APPS_INVENTORY));
};
