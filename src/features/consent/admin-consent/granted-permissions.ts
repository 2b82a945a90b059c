/**
 * What an admin consent granted, named: the endpoint reports only the scope string it was asked for
 * (often `https://graph.microsoft.com/.default`, which names nothing), so the result says what the
 * re-read shows it added — delegated permissions and application permissions, by API — and falls back
 * to the scopes the endpoint reported, or to "what the registration configures" for a `.default`
 * consent that added nothing visible. Pure.
 */
import type { AppConsentState } from '../../../graph/app-consent';
import { isolate } from '../../../permissions/names';
import { isDefaultScope, type EntryNames } from './admin-consent-entries';
import type { TenantWideDiff } from './tenant-wide-diff';

export interface GrantedOnApi {
  /** The API's display name (or, for a reported scope of an API not read, its identifier URI). */
  api: string;
  delegated: string[];
  application: string[];
}

export type GrantedPermissions =
  /** Read back: what the consent added tenant-wide. */
  | { from: 'read-back'; apis: GrantedOnApi[] }
  /** Named in the request and reported by the endpoint (nothing new visible: granted already, or not shown yet). */
  | { from: 'reported'; apis: GrantedOnApi[] }
  /** A `.default` consent whose additions are not known (yet). */
  | { from: 'configured' };

const GRAPH_URI = 'https://graph.microsoft.com';

/** `https://graph.microsoft.com/User.Read` → Microsoft Graph, User.Read; OIDC scopes and `.default` name no permission. */
function reportedByApi(scopes: readonly string[]): GrantedOnApi[] {
  const byApi = new Map<string, GrantedOnApi>();
  for (const scope of scopes) {
    const slash = scope.lastIndexOf('/');
    const value = scope.slice(slash + 1);
    if (slash < 0 || !value || isDefaultScope(scope)) continue;
    const uri = scope.slice(0, slash).replace(/\/+$/, '');
    const api = uri.toLowerCase() === GRAPH_URI ? 'Microsoft Graph' : uri;
    const entry = byApi.get(api) ?? { api, delegated: [], application: [] };
    entry.delegated.push(value);
    byApi.set(api, entry);
  }
  return [...byApi.values()];
}

/**
 * APIs and application permissions by name from what the re-read found; ids only as secondary text, for
 * an API or an app role the read could not name.
 */
export function consentStateNames(state: Pick<AppConsentState, 'resources'>): EntryNames {
  return {
    resourceName: (id) => state.resources[id]?.displayName ?? `an API not found in the tenant (${id})`,
    roleName: (resourceId, appRoleId) => {
      const role = state.resources[resourceId]?.appRoles?.find((r) => r.id === appRoleId);
      return role?.value ?? role?.displayName ?? `an app role no longer published (${appRoleId})`;
    },
  };
}

function addedByApi(diff: TenantWideDiff, state: Pick<AppConsentState, 'resources'>): GrantedOnApi[] {
  const names = consentStateNames(state);
  const byApi = new Map<string, GrantedOnApi>();
  const entry = (resourceId: string) => {
    const found = byApi.get(resourceId) ?? { api: names.resourceName(resourceId), delegated: [], application: [] };
    byApi.set(resourceId, found);
    return found;
  };
  for (const grant of diff.grants) if (grant.added.length > 0) entry(grant.resourceId).delegated.push(...grant.added);
  for (const a of diff.assignmentsAdded) entry(a.resourceId).application.push(names.roleName(a.resourceId, a.appRoleId));
  return [...byApi.values()];
}

export function grantedPermissions(
  reportedScopes: readonly string[],
  outcome: { diff: TenantWideDiff | undefined; state: Pick<AppConsentState, 'resources'> } | undefined,
): GrantedPermissions {
  const added = outcome?.diff ? addedByApi(outcome.diff, outcome.state) : [];
  if (added.length > 0) return { from: 'read-back', apis: added };
  const reported = reportedByApi(reportedScopes);
  return reported.length > 0 ? { from: 'reported', apis: reported } : { from: 'configured' };
}

/** "User.Read, User.ReadBasic.All (delegated) and User.Read.All (application) on Microsoft Graph"; APIs joined by "; ". */
export function describeGranted(apis: readonly GrantedOnApi[]): string {
  return apis
    .map(({ api, delegated, application }) => {
      const list = (values: readonly string[]) => values.map(isolate).join(', ');
      const kinds = [delegated.length ? `${list(delegated)} (delegated)` : '', application.length ? `${list(application)} (application)` : ''];
      return `${kinds.filter(Boolean).join(' and ')} on ${isolate(api)}`;
    })
    .join('; ');
}
