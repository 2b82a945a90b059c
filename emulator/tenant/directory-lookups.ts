// Finding users, groups and service principals the way the identity platform and Graph name them: by
// upn, app id, identifier URI, or any principal id.
import type { TenantData } from './tenant-data.ts';
import type { AppRoleAssignment, Group, ServicePrincipal, User } from './types.ts';

type Directory = Pick<TenantData, 'users' | 'groups' | 'servicePrincipals'>;

/** Who may hold an app role: a user, a group or a service principal. */
export interface Principal {
  displayName: string;
  type: AppRoleAssignment['principalType'];
}

/** The groups a user is a direct member of (nested groups are not modelled). */
export function groupsOf(directory: Directory, userId: string): Group[] {
  return [...directory.groups.values()].filter((g) => g.memberIds.includes(userId));
}

export function servicePrincipalByAppId(directory: Directory, appId: string): ServicePrincipal | undefined {
  const wanted = appId.toLowerCase();
  for (const sp of directory.servicePrincipals.values()) if (sp.appId.toLowerCase() === wanted) return sp;
  return undefined;
}

/** A resource named the way scopes name it: an app id, or an identifier URI such as https://graph.microsoft.com. */
export function resourceByIdentifier(directory: Directory, identifier: string): ServicePrincipal | undefined {
  const wanted = identifier.replace(/\/+$/, '').toLowerCase();
  for (const sp of directory.servicePrincipals.values()) {
    if (sp.appId.toLowerCase() === wanted) return sp;
    if (sp.servicePrincipalNames.some((n) => n.replace(/\/+$/, '').toLowerCase() === wanted)) return sp;
  }
  return undefined;
}

export function userByUpn(directory: Directory, upn: string): User | undefined {
  const wanted = upn.toLowerCase();
  for (const u of directory.users.values()) if (u.userPrincipalName.toLowerCase() === wanted) return u;
  return undefined;
}

/** The user, group or service principal with this id. */
export function principal(directory: Directory, id: string): Principal | undefined {
  const user = directory.users.get(id);
  if (user) return { displayName: user.displayName, type: 'User' };
  const group = directory.groups.get(id);
  if (group) return { displayName: group.displayName, type: 'Group' };
  const sp = directory.servicePrincipals.get(id);
  return sp && { displayName: sp.displayName, type: 'ServicePrincipal' };
}

/** The apps registered in this tenant: their service principals, each with its application object. */
export function registeredApps(directory: Directory): ServicePrincipal[] {
  return [...directory.servicePrincipals.values()].filter((sp) => sp.registration?.application);
}

/** A registered app by its application object id or (appIdKey) its appId. */
export function registeredApp(directory: Directory, id: string, appIdKey = false): ServicePrincipal | undefined {
  const wanted = id.toLowerCase();
  return registeredApps(directory).find((sp) => (appIdKey ? sp.appId : sp.registration!.application!.id).toLowerCase() === wanted);
}

/** How many of these owner ids still name a user or a service principal (deleted owners no longer count). */
export function ownerCount(directory: Directory, ownerIds: readonly string[] | undefined): number {
  return (ownerIds ?? []).filter((id) => directory.users.has(id) || directory.servicePrincipals.has(id)).length;
}
