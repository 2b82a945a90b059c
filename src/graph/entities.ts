/**
 * The Graph objects the console reads and writes, each beside the `$select` that reads exactly its
 * fields. Shapes come from @microsoft/microsoft-graph-types, narrowed to what Graph always returns
 * for these fields (the generated types make every property optional).
 */
import type { AppRoleAssignment, OAuth2PermissionGrant } from '@microsoft/microsoft-graph-types';

/** These properties present and not null. */
type Present<T, K extends keyof T> = { [P in K]-?: NonNullable<T[P]> };

/** A delegated grant (oauth2PermissionGrant) as Graph returns it: the fields that define it. */
export type GrantSnapshot = Present<OAuth2PermissionGrant, 'id' | 'clientId' | 'resourceId' | 'scope'> & {
  consentType: 'AllPrincipals' | 'Principal';
  /** Null for an AllPrincipals (admin-consented) grant. */
  principalId: string | null;
};

/** The one `$select` of a grant: every field of GrantSnapshot. */
export const GRANT_SELECT = 'id,clientId,consentType,principalId,resourceId,scope';

/** An application permission (or a user's app role) — an appRoleAssignment as Graph returns it. */
export type AssignmentSnapshot = Present<AppRoleAssignment, 'id' | 'appRoleId' | 'principalId' | 'resourceId'> &
  Pick<AppRoleAssignment, 'principalDisplayName' | 'resourceDisplayName' | 'principalType'>;

/** The one `$select` of an app role assignment: every field of AssignmentSnapshot. */
export const ASSIGNMENT_SELECT = 'id,appRoleId,principalId,principalType,principalDisplayName,resourceId,resourceDisplayName';

export function isGrant(value: object | null | undefined): value is GrantSnapshot {
  return value !== null && value !== undefined && 'scope' in value;
}

export function isAssignment(value: object | null | undefined): value is AssignmentSnapshot {
  return value !== null && value !== undefined && 'appRoleId' in value;
}
