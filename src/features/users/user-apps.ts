/**
 * One user's authorized apps, from Graph objects: the apps the user consented to (their Principal
 * grants), the apps every user reaches through an admin's tenant-wide consent (AllPrincipals grants),
 * and the app roles assigned to the user. Pure, so it is tested without Graph.
 */
import type { GrantSnapshot } from '../../changes/types';
import type { Change } from '../../changes/changes';
import type { ConsentEvent } from '../../graph/list-user-consent-events';
import { isGroupAssignment, type UserAppRoleAssignment } from '../../graph/list-user-app-role-assignments';
import type { PermissionCatalog } from '../../permissions/catalog';
import { riskRater, type RiskRater } from '../../permissions/grant-risk';
import type { ServicePrincipalInfo } from '../../permissions/inventory';
import { publisherOf, type PublisherKind } from '../../permissions/publisher';
import type { RiskAssessment } from '../../permissions/risk';
import { splitScopes } from '../../permissions/scopes';

export interface ScopeView {
  value: string;
  /** The resource's display name for the scope, when it publishes one. */
  name?: string;
}

export interface GrantView {
  grant: GrantSnapshot;
  resourceName: string;
  scopes: ScopeView[];
}

export interface AppAccessRow {
  clientId: string;
  clientName: string;
  /** Unverified for an app that is gone: nobody vouches for it. */
  publisher: PublisherKind;
  publisherName?: string;
  /** One per resource (API) the app may call. */
  grants: GrantView[];
  risk: RiskAssessment;
}

/** The group an app role reaches the user through (Graph lists a direct member's group assignments too). */
export interface ViaGroup {
  groupId: string;
  groupName: string;
  /** Undefined when Graph could not count the members. */
  memberCount?: number;
}

export interface AppRoleRow {
  assignment: UserAppRoleAssignment;
  resourceName: string;
  /** The resource's appId, when its service principal was read (Microsoft Graph's own app roles need a stronger role). */
  resourceAppId?: string;
  roleName: string;
  roleDescription?: string;
  /** Set when the role is assigned to a group the user is a member of, not to the user. */
  viaGroup?: ViaGroup;
}

export interface UserAuthorizationsData {
  userGrants: readonly GrantSnapshot[];
  tenantWideGrants: readonly GrantSnapshot[];
  assignments: readonly UserAppRoleAssignment[];
  servicePrincipals: ReadonlyMap<string, ServicePrincipalInfo>;
  /** Member counts of the groups in `assignments`, by group id (missing when Graph could not count). */
  groupMemberCounts?: ReadonlyMap<string, number>;
}

/** What the rows are judged with, as on the Applications screen. */
export interface JudgeContext {
  /** The signed-in account's tenant: its own apps are "your organization". */
  tenantId: string;
  /** Microsoft's privilege levels for Graph's permissions. */
  catalog?: PermissionCatalog;
}

export interface UserAuthorizations {
  /** Apps this user consented to for themselves: revocable for this user. */
  own: AppAccessRow[];
  /** Apps an admin consented to for everyone: this user reaches them too. */
  tenantWide: AppAccessRow[];
  appRoles: AppRoleRow[];
}

const DEFAULT_ACCESS_ROLE = '00000000-0000-0000-0000-000000000000';

function scopeView(resource: ServicePrincipalInfo | undefined, value: string): ScopeView {
  const published = resource?.oauth2PermissionScopes?.find((s) => s.value?.toLowerCase() === value.toLowerCase());
  return { value, name: published?.adminConsentDisplayName ?? undefined };
}

function rowsByClient(grants: readonly GrantSnapshot[], sps: ReadonlyMap<string, ServicePrincipalInfo>, tenantId: string, rater: RiskRater): AppAccessRow[] {
  const rows = new Map<string, AppAccessRow>();
  for (const grant of grants) {
    const client = sps.get(grant.clientId);
    const resource = sps.get(grant.resourceId);
    const publisher = client ? publisherOf(client, tenantId) : undefined;
    const row = rows.get(grant.clientId) ?? {
      clientId: grant.clientId,
      clientName: client?.displayName ?? `Deleted or unknown app (${grant.clientId})`,
      publisher: publisher?.kind ?? 'unverified',
      publisherName: publisher?.name,
      grants: [],
      risk: { tier: 'low', reasons: [] },
    };
    row.grants.push({
      grant,
      resourceName: resource?.displayName ?? grant.resourceId,
      scopes: splitScopes(grant.scope).map((value) => scopeView(resource, value)),
    });
    rows.set(grant.clientId, row);
  }
  for (const row of rows.values()) {
    const grants = row.grants.map(({ grant }) => ({ scope: grant.scope, resourceAppId: sps.get(grant.resourceId)?.appId }));
    row.risk = rater.app({ grants, appPermissions: [] });
  }
  return [...rows.values()].sort((a, b) => a.clientName.localeCompare(b.clientName));
}

function viaGroup(assignment: UserAppRoleAssignment, counts: ReadonlyMap<string, number> | undefined): ViaGroup {
  return {
    groupId: assignment.principalId,
    groupName: assignment.principalDisplayName ?? `Group ${assignment.principalId}`,
    memberCount: counts?.get(assignment.principalId),
  };
}

/** The groups whose app roles reach the user, whose members the screen counts. */
export function groupIdsOf(assignments: readonly UserAppRoleAssignment[]): string[] {
  return [...new Set(assignments.filter(isGroupAssignment).map((a) => a.principalId))];
}

/** The rows of the user's page; publisher and risk judged as the Applications screen judges them. */
export function buildUserAuthorizations(data: UserAuthorizationsData, { tenantId, catalog }: JudgeContext): UserAuthorizations {
  const sps = data.servicePrincipals;
  const rater = riskRater(catalog);
  const appRoles = data.assignments.map((assignment): AppRoleRow => {
    const resource = sps.get(assignment.resourceId);
    const role = resource?.appRoles?.find((r) => r.id === assignment.appRoleId);
    return {
      assignment,
      resourceName: resource?.displayName ?? assignment.resourceDisplayName ?? assignment.resourceId,
      resourceAppId: resource?.appId,
      roleName: role?.displayName ?? role?.value ?? (assignment.appRoleId === DEFAULT_ACCESS_ROLE ? 'Default access' : assignment.appRoleId),
      roleDescription: role?.description ?? undefined,
      viaGroup: isGroupAssignment(assignment) ? viaGroup(assignment, data.groupMemberCounts) : undefined,
    };
  });
  return {
    own: rowsByClient(
      data.userGrants.filter((g) => g.consentType === 'Principal'),
      sps,
      tenantId,
      rater,
    ),
    tenantWide: rowsByClient(
      data.tenantWideGrants.filter((g) => g.consentType === 'AllPrincipals'),
      sps,
      tenantId,
      rater,
    ),
    appRoles: appRoles.sort((a, b) => a.resourceName.localeCompare(b.resourceName)),
  };
}

/** Every service principal the rows need by name: clients, resources and app-role resources. */
export function servicePrincipalIdsOf(grants: readonly GrantSnapshot[], assignments: readonly UserAppRoleAssignment[]): string[] {
  return [...new Set([...grants.flatMap((g) => [g.clientId, g.resourceId]), ...assignments.map((a) => a.resourceId)])];
}

/** The latest "Consent to application" event of the user for this app, if the audit log still has one. */
export function lastConsent(events: readonly ConsentEvent[] | undefined, clientId: string): ConsentEvent | undefined {
  return events?.filter((e) => e.clientId === clientId).sort((a, b) => b.at.localeCompare(a.at))[0];
}

export interface RevokePlanInput {
  row: AppAccessRow;
  /** Grant id → the scopes to remove from it. All of a grant's scopes → the grant is deleted. */
  remove: ReadonlyMap<string, readonly string[]>;
  user: { id: string; name: string };
  revokeSessions: boolean;
}

/** The changes "Revoke for this user" makes: delete or trim each grant, then optionally revoke sessions. */
export function planRevoke({ row, remove, user, revokeSessions }: RevokePlanInput): Change[] {
  const changes: Change[] = [];
  for (const { grant, resourceName } of row.grants) {
    const scopes = remove.get(grant.id) ?? [];
    if (scopes.length === 0) continue;
    const names = { clientName: row.clientName, resourceName, principalName: user.name };
    const wanted = new Set(scopes.map((s) => s.toLowerCase()));
    const all = splitScopes(grant.scope).every((s) => wanted.has(s.toLowerCase()));
    changes.push(all ? { kind: 'revoke-grant', grant, names } : { kind: 'remove-scopes', grant, scopes: [...scopes], names });
  }
  if (revokeSessions && changes.length > 0) {
    changes.push({ kind: 'revoke-sessions', userId: user.id, names: { principalName: user.name } });
  }
  return changes;
}

/**
 * The change "Remove" makes on one of the user's app roles (its Graph fields only: the log keeps what Graph
 * knows). It refuses a group's assignment: deleting it would take the role from every member of the group.
 */
export function appRoleRemoval(row: AppRoleRow, user: { id: string; name: string }): Change {
  const { id, appRoleId, principalId, resourceId, principalDisplayName, resourceDisplayName, principalType } = row.assignment;
  if (row.viaGroup || (principalType ?? 'User') !== 'User' || principalId.toLowerCase() !== user.id.toLowerCase()) {
    throw new Error(`The app role ${row.roleName} is not assigned to ${user.name} but to ${principalDisplayName ?? principalId}: it is not removed as theirs.`);
  }
  return {
    kind: 'revoke-app-role',
    assignment: { id, appRoleId, principalId, resourceId, principalDisplayName, resourceDisplayName, principalType: 'User' },
    names: { resourceName: row.resourceName, resourceAppId: row.resourceAppId, principalName: user.name, permission: row.roleName },
  };
}
