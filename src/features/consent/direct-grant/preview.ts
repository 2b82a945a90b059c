/**
 * What a direct grant will change, computed before anything is written: the scopes added to the
 * application's AllPrincipals grant on the resource (created when there is none), and the app role
 * assignments created — skipping what the application already holds. The same object yields the
 * changes to apply, so what is applied is exactly what was previewed.
 */
import type { Change } from '../../../changes/changes';
import type { AssignmentSnapshot, GrantSnapshot } from '../../../changes/types';
import type { ServicePrincipalInfo } from '../../../permissions/inventory';
import { assessPermission, maxTier, RISK_ORDER, type RiskAssessment, type RiskTier } from '../../../permissions/risk';

export type PrivilegeLookup = (value: string, type: 'delegated' | 'application') => number | undefined;

export interface DirectGrantInput {
  client: ServicePrincipalInfo;
  resource: ServicePrincipalInfo;
  /** The client's current grants and app role assignments (all resources). */
  grants: readonly GrantSnapshot[];
  assignments: readonly AssignmentSnapshot[];
  scopes: readonly string[];
  appRoleIds: readonly string[];
  privilege?: PrivilegeLookup;
}

export interface PreviewItem {
  kind: 'delegated' | 'application';
  value: string;
  displayName: string;
  /** Already held: nothing will be written for it. */
  alreadyGranted: boolean;
  risk: RiskAssessment;
  appRoleId?: string;
}

export interface GrantPreview {
  grant: { action: 'create' | 'extend' | 'none'; existing: GrantSnapshot | null; adding: string[]; resultingScope: string };
  items: PreviewItem[];
  /** Highest risk of what will be added. */
  highestRisk: RiskTier;
  /** High or critical permissions among what will be added need an explicit confirmation. */
  needsConfirmation: boolean;
  changes: Change[];
}

const splitScope = (scope: string) => scope.split(/\s+/).filter(Boolean);
const has = (list: readonly string[], value: string) => list.some((v) => v.toLowerCase() === value.toLowerCase());

export function previewDirectGrant(input: DirectGrantInput): GrantPreview {
  const { client, resource } = input;
  const existing =
    input.grants.find((g) => g.consentType === 'AllPrincipals' && g.clientId === client.id && g.resourceId === resource.id) ?? null;
  const held = splitScope(existing?.scope ?? '');
  const items: PreviewItem[] = [];

  const adding: string[] = [];
  for (const value of input.scopes) {
    const published = (resource.oauth2PermissionScopes ?? []).find((s) => (s.value ?? '').toLowerCase() === value.toLowerCase());
    const canonical = published?.value ?? value;
    const alreadyGranted = has(held, canonical);
    if (!alreadyGranted && !has(adding, canonical)) adding.push(canonical);
    items.push({
      kind: 'delegated',
      value: canonical,
      displayName: published?.adminConsentDisplayName ?? canonical,
      alreadyGranted,
      risk: assessPermission({ value: canonical, type: 'delegated', privilegeLevel: input.privilege?.(canonical, 'delegated') }),
    });
  }

  const newRoles: { appRoleId: string; value: string }[] = [];
  for (const appRoleId of input.appRoleIds) {
    const role = (resource.appRoles ?? []).find((r) => r.id === appRoleId);
    const value = role?.value ?? appRoleId;
    const alreadyGranted = input.assignments.some((a) => a.principalId === client.id && a.resourceId === resource.id && a.appRoleId === appRoleId);
    if (!alreadyGranted && !newRoles.some((r) => r.appRoleId === appRoleId)) newRoles.push({ appRoleId, value });
    items.push({
      kind: 'application',
      value,
      displayName: role?.displayName ?? value,
      alreadyGranted,
      appRoleId,
      risk: assessPermission({ value, type: 'application', privilegeLevel: input.privilege?.(value, 'application') }),
    });
  }

  const names = { clientName: client.displayName, resourceName: resource.displayName };
  const changes: Change[] = [];
  if (adding.length > 0) {
    changes.push({
      kind: 'add-scopes',
      grant: existing,
      template: { clientId: client.id, consentType: 'AllPrincipals', principalId: null, resourceId: resource.id },
      scopes: adding,
      names,
    });
  }
  for (const role of newRoles) {
    changes.push({
      kind: 'add-app-role',
      assignment: { principalId: client.id, resourceId: resource.id, appRoleId: role.appRoleId },
      names: { ...names, permission: role.value },
    });
  }

  const added = items.filter((i) => !i.alreadyGranted);
  const highestRisk = added.reduce<RiskTier>((tier, item) => maxTier(tier, item.risk.tier), 'low');
  return {
    grant: {
      action: adding.length === 0 ? 'none' : existing ? 'extend' : 'create',
      existing,
      adding,
      resultingScope: [...held, ...adding].join(' '),
    },
    items,
    highestRisk,
    needsConfirmation: RISK_ORDER.indexOf(highestRisk) >= RISK_ORDER.indexOf('high'),
    changes,
  };
}
