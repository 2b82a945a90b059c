/**
 * The one way a screen builds the changes that take access back from an app — revoke a delegated grant,
 * remove some of its scopes, remove an application permission — and the names they carry into the
 * confirmation and the Activity log, read from the inventory the same way on every screen (an app's page,
 * the access review). What a change then does is its kind's entry (kinds.ts); this only says which change.
 */
import type { UserBasic } from '../graph/list-users';
import type { ServicePrincipalInfo } from '../permissions/inventory';
import type { Change, ChangeNames, ChangeOf } from './change-types';
import type { AssignmentSnapshot, GrantSnapshot } from './types';

/** A delegated grant with the names its changes are described with. */
export interface NamedGrant {
  grant: GrantSnapshot;
  names: ChangeNames;
}

/** An application permission (app role assignment) with the names its changes are described with. */
export interface NamedAppRole {
  assignment: AssignmentSnapshot;
  names: ChangeNames;
}

/** Where names come from: the inventory's service principals by id and, for a user's consent, the users. */
export interface Naming {
  servicePrincipals: ReadonlyMap<string, ServicePrincipalInfo>;
  users?: ReadonlyMap<string, UserBasic>;
}

export function namingFrom(servicePrincipals: readonly ServicePrincipalInfo[], users?: ReadonlyMap<string, UserBasic>): Naming {
  return { servicePrincipals: new Map(servicePrincipals.map((sp) => [sp.id, sp])), users };
}

/** "Megan Bowen (megan@contoso.example)", whichever of the two is known, or "User <id>" when the user is not. */
export function userLabel(users: ReadonlyMap<string, UserBasic> | undefined, id: string): string {
  const user = users?.get(id);
  if (!user) return `User ${id}`;
  return user.displayName && user.userPrincipalName ? `${user.displayName} (${user.userPrincipalName})` : (user.displayName ?? user.userPrincipalName ?? id);
}

/** The app, the API and (for a user's consent) the user a grant's changes name. */
export function grantNames(grant: GrantSnapshot, { servicePrincipals, users }: Naming): ChangeNames {
  return {
    clientName: servicePrincipals.get(grant.clientId)?.displayName ?? undefined,
    resourceName: servicePrincipals.get(grant.resourceId)?.displayName ?? undefined,
    principalName: grant.principalId ? userLabel(users, grant.principalId) : undefined,
  };
}

/** An application permission's value (e.g. Mail.ReadWrite), from the resource's app roles; the role's id when it is gone. */
export function appRoleValue(assignment: AssignmentSnapshot, resource: ServicePrincipalInfo | undefined): string {
  return resource?.appRoles?.find((r) => r.id === assignment.appRoleId)?.value ?? assignment.appRoleId;
}

/** The app, the API (with its appId: Microsoft Graph's own app roles need a stronger role) and the permission. */
export function appRoleNames(assignment: AssignmentSnapshot, { servicePrincipals }: Naming): ChangeNames {
  const resource = servicePrincipals.get(assignment.resourceId);
  return {
    clientName: servicePrincipals.get(assignment.principalId)?.displayName ?? assignment.principalDisplayName ?? undefined,
    resourceName: resource?.displayName ?? assignment.resourceDisplayName ?? undefined,
    resourceAppId: resource?.appId,
    permission: appRoleValue(assignment, resource),
  };
}

export function revokeGrantChange({ grant, names }: NamedGrant): ChangeOf<'revoke-grant'> {
  return { kind: 'revoke-grant', grant, names };
}

/** Removes these scopes and keeps the grant with the rest. */
export function removeScopesChange({ grant, names }: NamedGrant, scopes: readonly string[]): ChangeOf<'remove-scopes'> {
  return { kind: 'remove-scopes', grant, scopes: [...scopes], names };
}

export function revokeAppRoleChange({ assignment, names }: NamedAppRole): ChangeOf<'revoke-app-role'> {
  return { kind: 'revoke-app-role', assignment, names };
}

/** Everything given: each grant revoked, then each application permission removed. */
export function revokeAllChanges(grants: readonly NamedGrant[], appRoles: readonly NamedAppRole[]): Change[] {
  return [...grants.map(revokeGrantChange), ...appRoles.map(revokeAppRoleChange)];
}
