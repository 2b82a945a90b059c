/**
 * What approving a request writes, computed before anything is written: for the organization one
 * AllPrincipals grant per API (and the application permissions), for the requesters or a group's members
 * one Principal grant per user and API — always only the chosen permissions, and never what a user
 * already holds (through their own grant or the organization's). The same plan yields the changes to
 * apply, so what is applied is exactly what was previewed.
 */
import type { Change } from '../../changes/changes';
import type { AssignmentSnapshot, GrantSnapshot } from '../../changes/types';
import type { UserBasic } from '../../graph/list-users';
import type { ServicePrincipalInfo } from '../../permissions/inventory';
import { splitScopes } from '../../permissions/scopes';
import type { ResolvedScope } from './pending-scopes';

export type Audience = { kind: 'organization' } | { kind: 'requesters'; users: readonly UserBasic[] } | { kind: 'group'; users: readonly UserBasic[] };

export interface ApprovalInput {
  /** The requested app's service principal in the tenant. */
  client: ServicePrincipalInfo;
  /** The app's delegated grants and application permissions now. */
  grants: readonly GrantSnapshot[];
  assignments: readonly AssignmentSnapshot[];
  /** The request's permissions, resolved to their APIs (only the chosen ones). */
  scopes: readonly ResolvedScope[];
  audience: Audience;
}

/** One grant the approval creates or extends. */
export interface PlannedGrant {
  resource: ServicePrincipalInfo;
  /** Null for the organization's grant. */
  user: UserBasic | null;
  /** The grant it extends; null when it creates one. */
  existing: GrantSnapshot | null;
  adding: string[];
}

export interface ApprovalPlan {
  grants: PlannedGrant[];
  appRoles: { resource: ServicePrincipalInfo; value: string; appRoleId: string }[];
  /** Users who already hold every chosen permission: nothing is written for them. */
  alreadyHeld: UserBasic[];
  /** Chosen permissions this audience cannot receive, with why. */
  left: { name: string; why: string }[];
  changes: Change[];
}

const has = (scope: string | undefined, value: string) => splitScopes(scope).some((s) => s.toLowerCase() === value.toLowerCase());

const APP_ROLE_FOR_ORG_ONLY = 'An application permission is the app’s own, for the whole organization: approve it for the organization.';

function delegatedByResource(scopes: readonly ResolvedScope[]): Map<ServicePrincipalInfo, string[]> {
  const byResource = new Map<ServicePrincipalInfo, string[]>();
  for (const s of scopes) {
    if (s.type !== 'delegated') continue;
    const list = byResource.get(s.resource) ?? [];
    if (!list.some((v) => v.toLowerCase() === s.value.toLowerCase())) list.push(s.value);
    byResource.set(s.resource, list);
  }
  return byResource;
}

/** The users of the audience, once each (a requester may appear twice), by id; null for the organization. */
function principalsOf(audience: Audience): (UserBasic | null)[] {
  if (audience.kind === 'organization') return [null];
  const seen = new Map<string, UserBasic>();
  for (const user of audience.users) if (user.id && !seen.has(user.id)) seen.set(user.id, user);
  return [...seen.values()];
}

export function planApproval({ client, grants, assignments, scopes, audience }: ApprovalInput): ApprovalPlan {
  const planned: PlannedGrant[] = [];
  const alreadyHeld: UserBasic[] = [];
  const left = scopes.flatMap((s) => (s.type === 'unresolved' ? [{ name: s.name, why: s.why }] : []));
  const byResource = delegatedByResource(scopes);
  const orgGrant = (resourceId: string) => grants.find((g) => g.consentType === 'AllPrincipals' && g.resourceId === resourceId);

  for (const user of principalsOf(audience)) {
    let adds = 0;
    for (const [resource, values] of byResource) {
      const own = user ? grants.find((g) => g.consentType === 'Principal' && g.principalId === user.id && g.resourceId === resource.id) : orgGrant(resource.id);
      const covering = user ? orgGrant(resource.id) : undefined;
      const adding = values.filter((v) => !has(own?.scope, v) && !has(covering?.scope, v));
      if (adding.length === 0) continue;
      adds++;
      planned.push({ resource, user, existing: own ?? null, adding });
    }
    if (user && adds === 0 && byResource.size > 0) alreadyHeld.push(user);
  }

  const appRoles: ApprovalPlan['appRoles'] = [];
  for (const s of scopes) {
    if (s.type !== 'application') continue;
    if (audience.kind !== 'organization') {
      left.push({ name: s.name, why: APP_ROLE_FOR_ORG_ONLY });
      continue;
    }
    const role = (s.resource.appRoles ?? []).find((r) => r.value === s.value);
    if (!role || assignments.some((a) => a.resourceId === s.resource.id && a.appRoleId === role.id)) continue;
    appRoles.push({ resource: s.resource, value: s.value, appRoleId: role.id });
  }

  const changes: Change[] = [
    ...planned.map((g): Change => ({
      kind: 'add-scopes',
      grant: g.existing,
      template: { clientId: client.id, consentType: g.user ? 'Principal' : 'AllPrincipals', principalId: g.user?.id ?? null, resourceId: g.resource.id },
      scopes: g.adding,
      names: {
        clientName: client.displayName,
        resourceName: g.resource.displayName,
        resourceAppId: g.resource.appId,
        ...(g.user ? { principalName: g.user.displayName ?? g.user.userPrincipalName ?? undefined } : {}),
      },
    })),
    ...appRoles.map((r): Change => ({
      kind: 'add-app-role',
      assignment: { principalId: client.id, principalType: 'ServicePrincipal', resourceId: r.resource.id, appRoleId: r.appRoleId },
      names: { clientName: client.displayName, resourceName: r.resource.displayName, resourceAppId: r.resource.appId, permission: r.value },
    })),
  ];
  return { grants: planned, appRoles, alreadyHeld, left, changes };
}
