import { describe, expect, it } from 'vitest';
import { floorMs, inventoryMinimum, pagesOf } from './floors';

describe('pagesOf', () => {
  it('counts pages of 999, and one request for an empty collection', () => {
    expect([0, 1, 999, 1000, 100_010].map(pagesOf)).toEqual([1, 1, 1, 2, 101]);
  });
});

describe('inventoryMinimum', () => {
  it('the 10k/100k tenant: the grant chain is the floor; batched paging needs one request per round', () => {
    const min = inventoryMinimum({
      servicePrincipals: 10_012,
      grants: 100_010,
      resources: [
        { position: 0, assignments: 10_008 },
        { position: 3, assignments: 0 },
      ],
    });
    expect(min).toMatchObject({ spPages: 11, grantPages: 101, resources: 2, moreAssignmentPages: 10, chain: 101 });
    expect(min.plainRequests).toBe(11 + 101 + 1 + 10);
    expect(min.batchedRequests).toBe(101);
    expect(floorMs(min, 100)).toBe(10_100);
  });

  it("a resource's assignments start the round after the page that lists it, and may be the longest chain", () => {
    // Listed on the third page (round 3): its 5 pages run in rounds 4–8, after the 3-page grant chain.
    const min = inventoryMinimum({ servicePrincipals: 2500, grants: 2000, resources: [{ position: 2100, assignments: 4500 }] });
    expect(min.chain).toBe(8);
    // Rounds 1–2: SP + grants; round 3: SP + grants; rounds 4–8: assignments alone.
    expect(min.batchedRequests).toBe(8);
    expect(min.plainRequests).toBe(3 + 3 + 1 + 4);
  });

  it('more than 20 unfinished chains take more than one $batch in a round', () => {
    const resources = Array.from({ length: 39 }, (_, i) => ({ position: i, assignments: 1500 }));
    const min = inventoryMinimum({ servicePrincipals: 500, grants: 4995, resources });
    // Round 1: SP + grants (1 batch); rounds 2–3: grants + 39 resources = 40 chains (2 batches each); rounds 4–5: grants.
    expect(min.batchedRequests).toBe(1 + 2 + 2 + 1 + 1);
    expect(min.chain).toBe(5);
    expect(min.plainRequests).toBe(1 + 5 + 2 + 39);
  });
});
