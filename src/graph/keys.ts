/** Query key factories for Graph data. Invalidate only through these. */
export const graphKeys = {
  all: ['graph'] as const,
  me: () => [...graphKeys.all, 'me'] as const,
  /** The whole permission inventory: service principals, delegated grants, application permissions. */
  inventory: () => [...graphKeys.all, 'inventory'] as const,
  /** What of the inventory has arrived while it loads (set by the inventory query, never fetched itself). */
  inventoryProgress: () => [...graphKeys.all, 'inventory-progress'] as const,
  /** One application's grants and app role assignments (consent screens), and the service principals to pick from. */
  appConsent: {
    all: () => [...graphKeys.all, 'appConsent'] as const,
    detail: (appId: string) => [...graphKeys.appConsent.all(), 'detail', appId.toLowerCase()] as const,
    servicePrincipals: () => [...graphKeys.appConsent.all(), 'servicePrincipals'] as const,
  },
  /** Role template ids of the signed-in user's directory roles (Graph /me/memberOf). */
  myDirectoryRoles: () => [...graphKeys.all, 'my-directory-roles'] as const,
  /** This console's own grants and app role assignments on Microsoft Graph (403 diagnosis evidence). */
  clientGrantFacts: (clientAppId: string) => [...graphKeys.all, 'client-grant-facts', clientAppId.toLowerCase()] as const,
  users: {
    all: () => [...graphKeys.all, 'users'] as const,
    /** Every user's id, display name and UPN (names for user-consented grants). */
    basicList: () => [...graphKeys.users.all(), 'basic-list'] as const,
    search: (params: { search: string }) => [...graphKeys.users.all(), 'search', params] as const,
    detail: (idOrUpn: string) => [...graphKeys.users.all(), 'detail', idOrUpn] as const,
    /** A user's own grants, the tenant-wide grants and the user's app roles, with the apps' names. */
    authorizations: (userId: string) => [...graphKeys.users.all(), 'authorizations', userId] as const,
    consentEvents: (userId: string) => [...graphKeys.users.all(), 'consent-events', userId] as const,
  },
};
