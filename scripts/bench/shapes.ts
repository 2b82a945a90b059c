/**
 * The tenants the bench loads, and the counts of one that the floors are computed from. The default
 * run loads the 10k/100k tenant at three round-trip times and the many-assignments tenant at 100 ms;
 * `--large` adds the largest tenants admins run (50,000 apps, 1,000,000 grants), at 100 ms only.
 */
import type { GeneratedTenantOptions } from '../../emulator/context';
import type { Emulator } from '../../emulator/index';
import type { InventoryShape } from './floors';

export type Paging = 'plain' | 'batched';

export interface TenantShape {
  name: string;
  tenant: Required<Pick<GeneratedTenantOptions, 'servicePrincipals' | 'grants' | 'appRoleAssignments' | 'seed'>> & GeneratedTenantOptions;
  /** Round-trip times (ms) it is loaded at; both pagings at each. */
  rttsMs: number[];
  large: boolean;
  /** How long the bench waits for one load before it reports it unfinished. */
  loadTimeoutMs: number;
}

export const SHAPES: TenantShape[] = [
  {
    name: '10k apps, 100k grants',
    tenant: { servicePrincipals: 10_000, grants: 100_000, appRoleAssignments: 10_000, seed: 1 },
    rttsMs: [30, 100, 250],
    large: false,
    loadTimeoutMs: 600_000,
  },
  {
    name: '5k apps, 50k grants, 50k assignments on 25 APIs',
    tenant: { servicePrincipals: 5_000, grants: 50_000, appRoleAssignments: 50_000, resourceApps: 24, seed: 2 },
    rttsMs: [100],
    large: false,
    loadTimeoutMs: 600_000,
  },
  {
    name: '50k apps, 1M grants',
    tenant: { servicePrincipals: 50_000, grants: 1_000_000, appRoleAssignments: 50_000, seed: 3 },
    rttsMs: [100],
    large: true,
    loadTimeoutMs: 540_000,
  },
];

/** Where the RTT of the detailed figures (first rows, heap, scroll) is taken. */
export const REFERENCE_RTT_MS = 100;

/** The counts the floors need, as the emulator lists them (service principals in listing order). */
export function inventoryShapeOf(emulator: Emulator): InventoryShape {
  const { store } = emulator;
  const perResource = new Map<string, number>();
  for (const a of store.appRoleAssignments.values()) perResource.set(a.resourceId, (perResource.get(a.resourceId) ?? 0) + 1);
  const resources: InventoryShape['resources'] = [];
  let position = 0;
  for (const sp of store.servicePrincipals.values()) {
    if (sp.appRoles.some((role) => role.allowedMemberTypes.includes('Application'))) resources.push({ position, assignments: perResource.get(sp.id) ?? 0 });
    position++;
  }
  return { servicePrincipals: store.servicePrincipals.size, grants: store.grants.size, resources };
}
