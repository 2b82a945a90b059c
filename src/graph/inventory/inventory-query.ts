import { queryOptions } from '@tanstack/react-query';
import { ConsentRequiredError } from '../../auth/consent-required-error';
import { uniqueScopes } from '../../permissions/scopes';
import type { GraphClient } from '../graph-client';
import { graphKeys } from '../keys';
import type { GraphOperation } from '../operation';
import { inventoryPaging } from './inventory-paging';
import { loadInventory, type InventoryProgress } from './load-inventory';
import { READ_APPLICATIONS } from '../operations/applications';
import { READ_GRANTS } from '../operations/grants';

export interface InventoryQueryOptions {
  onProgress?: (progress: InventoryProgress) => void;
  /**
   * Scopes the screen will need next to the inventory (e.g. User.ReadBasic.All for names): asked in the
   * same Grant access, so the admin consents once rather than once per request.
   */
  alsoAsk?: readonly GraphOperation[];
}

/** The whole inventory as one query; `onProgress` reports every page as it lands (not part of the key). */
export const inventoryQueryOptions = (graph: GraphClient, { onProgress, alsoAsk = [] }: InventoryQueryOptions = {}) =>
  // eslint-disable-next-line @tanstack/query/exhaustive-deps -- the progress callback and `alsoAsk` (it only widens a consent error) are not key inputs
  queryOptions({
    queryKey: graphKeys.inventory(),
    queryFn: async ({ signal }) => {
      try {
        return await loadInventory(graph, { signal, onProgress, paging: inventoryPaging() });
      } catch (error) {
        if (!(error instanceof ConsentRequiredError)) throw error;
        const all = [READ_APPLICATIONS, READ_GRANTS, ...alsoAsk].flatMap((op) => op.scopes);
        throw new ConsentRequiredError(uniqueScopes([...error.scopes, ...all]), error.explanation);
      }
    },
  });
