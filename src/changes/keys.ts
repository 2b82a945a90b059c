/** Query keys of the Activity log. Invalidate only through these. */
export const activityKeys = {
  all: ['activity'] as const,
  list: () => [...activityKeys.all, 'list'] as const,
  /** One account's list: a cached list never outlives a switch of account. */
  listOf: (owner: { tenantId: string; oid: string }) => [...activityKeys.list(), owner.tenantId, owner.oid] as const,
  /** What restoring one entry would write, read from the tenant when its dialog opens. */
  restorePreview: (entry: { id: string }) => [...activityKeys.all, 'restore-preview', entry.id] as const,
};
