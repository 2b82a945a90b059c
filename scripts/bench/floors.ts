/**
 * The fewest requests and the shortest time in which any loader can read a tenant's inventory at 999
 * items per page — the bench's yardsticks. Pure arithmetic over the tenant's counts:
 * - every collection costs at least one page; page k + 1 can only be asked once page k's nextLink is in,
 *   so a collection of n items is a chain of ⌈n/999⌉ dependent round trips;
 * - a resource's app role assignments (appRoleAssignedTo) can be asked only once the service-principal
 *   page that lists the resource is in: its chain starts the round after that page;
 * - plain paging: one request per page, the first assignment pages 20 to a $batch (as the loader asks them);
 * - batched paging: one round trip carries the next page of every unfinished chain, 20 pages to a $batch.
 * The floor is the longest chain of dependent pages × the round-trip time; preflights add to it only
 * where a loader cannot avoid them.
 */

export const PAGE_SIZE = 999;
export const BATCH_LIMIT = 20;

export interface InventoryShape {
  servicePrincipals: number;
  grants: number;
  /** Each service principal that publishes app roles for applications: where it stands in the listing, and its assignments. */
  resources: { position: number; assignments: number }[];
}

/** Pages a collection of `items` takes; an empty collection still takes one request. */
export const pagesOf = (items: number): number => Math.max(1, Math.ceil(items / PAGE_SIZE));

interface Chain {
  /** The first round (1-based) its first page can be asked in. */
  start: number;
  pages: number;
}

function chains(shape: InventoryShape): { servicePrincipals: Chain; grants: Chain; assignments: Chain[] } {
  return {
    servicePrincipals: { start: 1, pages: pagesOf(shape.servicePrincipals) },
    grants: { start: 1, pages: pagesOf(shape.grants) },
    assignments: shape.resources.map((r) => ({ start: Math.floor(r.position / PAGE_SIZE) + 2, pages: pagesOf(r.assignments) })),
  };
}

const end = (chain: Chain) => chain.start + chain.pages - 1;

export interface InventoryMinimum {
  spPages: number;
  grantPages: number;
  /** Assignment reads: how many resources, and their pages beyond the first. */
  resources: number;
  moreAssignmentPages: number;
  /** Plain paging: a request per page, first assignment pages 20 per $batch. */
  plainRequests: number;
  /** Batched paging: per round, ⌈unfinished chains / 20⌉ $batch requests. */
  batchedRequests: number;
  /** Round trips on the longest chain of dependent pages. */
  chain: number;
}

export function inventoryMinimum(shape: InventoryShape): InventoryMinimum {
  const { servicePrincipals, grants, assignments } = chains(shape);
  const all = [servicePrincipals, grants, ...assignments];
  const rounds = Math.max(...all.map(end));
  let batchedRequests = 0;
  for (let round = 1; round <= rounds; round++) {
    const unfinished = all.filter((c) => c.start <= round && round <= end(c)).length;
    batchedRequests += Math.ceil(unfinished / BATCH_LIMIT);
  }
  const moreAssignmentPages = assignments.reduce((sum, c) => sum + c.pages - 1, 0);
  return {
    spPages: servicePrincipals.pages,
    grantPages: grants.pages,
    resources: assignments.length,
    moreAssignmentPages,
    plainRequests: servicePrincipals.pages + grants.pages + Math.ceil(assignments.length / BATCH_LIMIT) + moreAssignmentPages,
    batchedRequests,
    chain: rounds,
  };
}

/** The latency floor of a load: the longest chain of dependent pages, one round trip each. */
export const floorMs = (minimum: InventoryMinimum, rttMs: number): number => minimum.chain * rttMs;
