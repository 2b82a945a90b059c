/** Query key factories for Graph data. Invalidate only through these. */
export const graphKeys = {
  all: ['graph'] as const,
  me: () => [...graphKeys.all, 'me'] as const,
  servicePrincipals: {
    all: () => [...graphKeys.all, 'servicePrincipals'] as const,
    list: (params: { search: string }) => [...graphKeys.servicePrincipals.all(), 'list', params] as const,
  },
};
