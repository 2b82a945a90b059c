/**
 * What a direct grant will change, computed before anything is written: the scopes added to the
 * application's AllPrincipals grant on the resource (created when there is none), and the app role
 * assignments created — skipping what the application already holds. The same object yields the
 * changes to apply, so what is applied is exactly what was previewed.
 */
import type { Change } from '../../../changes/changes';
import type { AssignmentSnapshot, GrantSnapshot } from '../../../changes/types';
import type { ServicePrincipalInfo } from '../../../permissions/inventory';
import { highestRisk, type RiskRater } from '../../../permissions/grant-risk';
import { RISK_ORDER, type RiskAssessment, type RiskTier } from '../../../permissions/risk';
import { splitScopes } from '../../../permissions/scopes';

export interface DirectGrantInput {
  client: ServicePrincipalInfo;
  resource: ServicePrincipalInfo;
  /** The client's current grants and app role assignments (all resources). */
  grants: readonly GrantSnapshot[];
  assignments: readonly AssignmentSnapshot[];
  scopes: readonly string[];
  appRoleIds: readonly string[];
  /** Rates each permission as the Applications list does (src/permissions/grant-risk.ts). */
  rater: RiskRater;
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
  /** Highest risk of what will be added, the grant it makes judged as a whole. */
  highestRisk: RiskTier;
  /** High or critical permissions among what will be added need an explicit confirmation. */
  needsConfirmation: boolean;
  changes: Change[];
}

const has = (list: readonly string[], value: string) => list.some((v) => v.toLowerCase() === value.toLowerCase());

export function previewDirectGrant(input: DirectGrantInput): GrantPreview {
  const { client, resource, rater } = input;
  const existing = input.grants.find((g) => g.consentType === 'AllPrincipals' && g.clientId === client.id && g.resourceId === resource.id) ?? null;
  const held = splitScopes(existing?.scope);
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
      risk: rater.scope(canonical, resource.appId),
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
      risk: rater.appPermission(value, resource.appId),
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

  // The grant is judged as a whole, as the Applications list judges it afterwards: adding offline_access
  // to a phishing-prone scope raises the grant, though neither scope alone is high.
  const resultingScope = [...held, ...adding].join(' ');
  const grantBefore = existing ? rater.grant(existing.scope, resource.appId).tier : 'low';
  const grantAfter = adding.length > 0 ? rater.grant(resultingScope, resource.appId) : undefined;
  const raisesGrant = grantAfter && RISK_ORDER.indexOf(grantAfter.tier) > RISK_ORDER.indexOf(grantBefore) ? [grantAfter] : [];
  const addedRisk = highestRisk([...items.filter((i) => !i.alreadyGranted).map((i) => i.risk), ...raisesGrant]).tier;
  return {
    grant: {
      action: adding.length === 0 ? 'none' : existing ? 'extend' : 'create',
      existing,
      adding,
      resultingScope,
    },
    items,
    highestRisk: addedRisk,
    needsConfirmation: RISK_ORDER.indexOf(addedRisk) >= RISK_ORDER.indexOf('high'),
    changes,
  };
}
