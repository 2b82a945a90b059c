import { queryOptions } from '@tanstack/react-query';

/** One Microsoft Graph permission as published by the Graph service principal. */
export interface GraphPermission {
  id: string;
  value: string;
  type: 'delegated' | 'application';
  isAdmin: boolean;
  isEnabled: boolean;
  adminConsentDisplayName: string;
  adminConsentDescription: string;
  userConsentDisplayName?: string | null;
  userConsentDescription?: string | null;
  /** Microsoft's own rating, 1 (low) – 4 (high), where rated. */
  privilegeLevel?: number | null;
}

export interface PermissionCatalog {
  all: readonly GraphPermission[];
  /** The delegated scope with this value (case-insensitive), if Graph publishes one. */
  delegated(value: string): GraphPermission | undefined;
  application(value: string): GraphPermission | undefined;
}

export function createPermissionCatalog(entries: readonly GraphPermission[]): PermissionCatalog {
  const index = (type: GraphPermission['type']) => {
    const map = new Map<string, GraphPermission>();
    for (const entry of entries) if (entry.type === type) map.set(entry.value.toLowerCase(), entry);
    return map;
  };
  const delegated = index('delegated');
  const application = index('application');
  return {
    all: entries,
    delegated: (value) => delegated.get(value.toLowerCase()),
    application: (value) => application.get(value.toLowerCase()),
  };
}

async function loadPermissionCatalog(): Promise<PermissionCatalog> {
  // The catalogue is large: load it only when a screen first needs a permission's name.
  const module = await import('./catalog/graph-permissions.json');
  return createPermissionCatalog(module.default as GraphPermission[]);
}

export const permissionKeys = {
  all: ['permissions'] as const,
  catalog: () => [...permissionKeys.all, 'catalog'] as const,
  /** The Graph API → permission map (api-map.ts). */
  apiMap: () => [...permissionKeys.all, 'api-map'] as const,
};

export const permissionCatalogQueryOptions = () =>
  queryOptions({
    queryKey: permissionKeys.catalog(),
    queryFn: loadPermissionCatalog,
    staleTime: Infinity,
    gcTime: Infinity,
  });

/** Display name and description for a delegated scope, with a fallback for unknown scopes. */
export function describeDelegatedScope(
  catalog: PermissionCatalog | undefined,
  scope: string,
): { value: string; name: string; description: string; adminOnly: boolean | undefined } {
  const entry = catalog?.delegated(scope);
  if (!entry) return { value: scope, name: scope, description: '', adminOnly: undefined };
  return {
    value: entry.value,
    name: entry.adminConsentDisplayName,
    description: entry.adminConsentDescription,
    adminOnly: entry.isAdmin,
  };
}
