/**
 * Which paging the console's inventory load uses: batched, unless this browser's localStorage says
 * `plain` under the key below (the benchmark sets it to compare the two). Read here and nowhere else.
 */
import type { InventoryPaging } from './load-inventory';

export const INVENTORY_PAGING_KEY = 'consent-console.inventory-paging';

export function inventoryPaging(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): InventoryPaging {
  try {
    return storage?.getItem(INVENTORY_PAGING_KEY) === 'plain' ? 'plain' : 'batched';
  } catch {
    return 'batched'; // storage refused (privacy settings): the default
  }
}
