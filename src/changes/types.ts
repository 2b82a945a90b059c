/** A delegated grant (oauth2PermissionGrant) as Graph returns it: the fields that define it. */
export interface GrantSnapshot {
  id: string;
  clientId: string;
  consentType: 'AllPrincipals' | 'Principal';
  principalId: string | null;
  resourceId: string;
  scope: string;
}

/** An application permission (or a user's app role) — an appRoleAssignment as Graph returns it. */
export interface AssignmentSnapshot {
  id: string;
  appRoleId: string;
  principalId: string;
  resourceId: string;
  principalDisplayName?: string | null;
  resourceDisplayName?: string | null;
  principalType?: string | null;
}

export type ActivityAction =
  | 'revoke-grant'
  | 'remove-scopes'
  | 'add-scopes'
  | 'create-grant'
  | 'revoke-app-role'
  | 'add-app-role'
  | 'revoke-sessions'
  /** Admin consent granted on Microsoft's consent page: what it added and removed, as read back afterwards. */
  | 'admin-consent'
  | 'restore';

/**
 * `pending` is written before the request goes out, so a change cut off by a crash or reload is never lost.
 * `not-yet-visible`: Graph accepted the write, but reading it back did not show it yet (replication delay).
 */
export type ActivityOutcome = 'pending' | 'succeeded' | 'failed' | 'already-done' | 'not-yet-visible';

/** One change the console made (or tried to make), with what it changed from and to. */
export interface ActivityEntry {
  id: string;
  at: string;
  actor: { upn: string; oid: string; tenantId: string };
  action: ActivityAction;
  /** One line an admin reads in the log. */
  summary: string;
  /** Names at the time of the change, so the log stays readable when objects are gone. */
  target: { clientId?: string; clientName?: string; resourceName?: string; principalId?: string | null; principalName?: string; permission?: string };
  /** The object as it was before the change (null when the change created it). */
  before: GrantSnapshot | AssignmentSnapshot | null;
  /** The object after the change (null when the change deleted it). */
  after: GrantSnapshot | AssignmentSnapshot | null;
  outcome: ActivityOutcome;
  error?: { status?: number; code?: string; message: string; requestId?: string };
  /** Graph request id of the write, for support cases. */
  requestId?: string;
  /** Set on an entry once it has been restored: the id of the restore entry. */
  restoredBy?: string;
  /** Set on a restore entry: the entry it restored. */
  restores?: string;
  /** Set on an admin-consent entry: the delegated scopes it added and removed on one resource API. */
  scopeChange?: { added: string[]; removed: string[] };
}

export function isGrant(value: GrantSnapshot | AssignmentSnapshot | null): value is GrantSnapshot {
  return value !== null && 'scope' in value;
}
