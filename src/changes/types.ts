import type { ClassificationRecord, PolicySnapshot } from '../graph/consent-policies';
import type { AssignmentSnapshot, GrantSnapshot } from '../graph/entities';

/** Graph's own shapes live beside their `$select` in src/graph; re-exported for the engine's users. */
export { isAssignment, isGrant, type AssignmentSnapshot, type GrantSnapshot } from '../graph/entities';
export { isPolicySnapshot, type ClassificationRecord, type PolicySnapshot } from '../graph/consent-policies';

export type ActivityAction =
  | 'revoke-grant'
  | 'remove-scopes'
  | 'add-scopes'
  | 'create-grant'
  | 'revoke-app-role'
  | 'add-app-role'
  | 'revoke-sessions'
  /** The user-consent setting (the authorization policy's assigned permission grant policies). */
  | 'set-user-consent'
  | 'classify-permission'
  | 'unclassify-permission'
  /** A Graph write typed on the Diagnose page: recorded, not restorable. */
  | 'graph-request'
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
  before: GrantSnapshot | AssignmentSnapshot | PolicySnapshot | null;
  /** The object after the change (null when the change deleted it). */
  after: GrantSnapshot | AssignmentSnapshot | PolicySnapshot | null;
  outcome: ActivityOutcome;
  error?: { status?: number; code?: string; message: string; requestId?: string };
  /** Graph request id of the write, for support cases. */
  requestId?: string;
  /** The HTTP status Graph answered a raw Graph request with (nothing else tells what it did). */
  status?: number;
  /** Set on an entry once it has been restored: the id of the restore entry. */
  restoredBy?: string;
  /** Set on a restore entry: the entry it restored. */
  restores?: string;
  /**
   * Set on a change's entry from the start: what it means to write, so a pending entry left by a closed
   * tab can be checked against Graph on the next load (see reconcile-pending.ts).
   */
  planned?: {
    scopes?: string[];
    grantKey?: Omit<GrantSnapshot, 'id' | 'scope'>;
    assignment?: Omit<AssignmentSnapshot, 'id'>;
    /** The permission grant policies a user-consent change assigns. */
    assigned?: string[];
    /** The classification a classify change creates. */
    classification?: Omit<ClassificationRecord, 'id'>;
  };
  /** Set on an admin-consent entry: the delegated scopes it added and removed on one resource API. */
  scopeChange?: { added: string[]; removed: string[] };
}
