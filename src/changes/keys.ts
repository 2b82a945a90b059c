/** Query keys of the Activity log. Invalidate only through these. */
export const activityKeys = {
  all: ['activity'] as const,
  list: () => [...activityKeys.all, 'list'] as const,
};
