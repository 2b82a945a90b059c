/** Query keys of the Activity log. Invalidate only through these. */
export const activityKeys = {
  all: ['activity'] as const,
  list: () => [...activityKeys.all, 'list'] as const,
  /** One account's list: a cached list never outlives a switch of account. */
  listOf: (owner: { tenantId: string; oid: string }) => [...activityKeys.list(), owner.tenantId, owner.oid] as const,
};
