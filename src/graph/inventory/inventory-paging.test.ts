import { describe, expect, it } from 'vitest';
import { INVENTORY_PAGING_KEY, inventoryPaging } from './inventory-paging';

const storage = (value: string | null) => ({ getItem: (key: string) => (key === INVENTORY_PAGING_KEY ? value : null) });

describe('inventoryPaging', () => {
  it('is batched unless localStorage says plain under the one key the benchmark sets', () => {
    expect(INVENTORY_PAGING_KEY).toBe('consent-console.inventory-paging');
    expect(inventoryPaging(storage('plain'))).toBe('plain');
    expect(inventoryPaging(storage('batched'))).toBe('batched');
    expect(inventoryPaging(storage('PLAIN'))).toBe('batched');
    expect(inventoryPaging(storage(null))).toBe('batched');
    expect(inventoryPaging(undefined)).toBe('batched');
    const refusing = {
      getItem: (): string | null => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    expect(inventoryPaging(refusing)).toBe('batched');
  });
});
