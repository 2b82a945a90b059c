/**
 * What a restore asks Graph for: first the read of its preview (the tenant as it is now), then the write
 * of its inverse change. Each is a declared operation in src/graph; the dialog's gate derives the write's
 * permissions from the change's kind, and the preview's read brings its own Grant access when it lacks one.
 */
import { kindOfAction } from '../../changes/kinds';
import { isAssignment, isGrant, type ActivityEntry } from '../../changes/types';
import { WRITE_APP_ROLE_ASSIGNMENTS } from '../../graph/app-role-assignment-writes';
import { WRITE_GRANTS } from '../../graph/grant-writes';
import { READ_AUTHORIZATION_POLICY, WRITE_AUTHORIZATION_POLICY } from '../../graph/consent-policies';
import type { GraphOperation } from '../../graph/operation';
import { READ_SERVICE_PRINCIPAL_ASSIGNMENTS, READ_USER_ASSIGNMENTS_FOR_WRITE } from '../../graph/read-app-role-assignments';
import { READ_GRANT_NOW } from '../../graph/read-grants';
import { uniqueScopes } from '../../permissions/scopes';

/** The read behind the restore preview of this entry. */
export function restorePreviewOperation(entry: ActivityEntry): GraphOperation {
  const own = kindOfAction(entry.action)?.restorePreview;
  if (own) return own.operation;
  if (isGrant(entry.before)) return READ_GRANT_NOW;
  return isAssignment(entry.before) && entry.before.principalType === 'User' ? READ_USER_ASSIGNMENTS_FOR_WRITE : READ_SERVICE_PRINCIPAL_ASSIGNMENTS;
}

const restoring = (name: string, read: GraphOperation, write: GraphOperation): GraphOperation => ({
  name,
  scopes: uniqueScopes([...read.scopes, ...write.scopes]),
  reason: `${read.reason} ${write.reason}`,
});

/** For the screen's summary of what it may ask for. */
export const RESTORE_GRANT = restoring('Restore a delegated permission grant', READ_GRANT_NOW, WRITE_GRANTS);
export const RESTORE_APP_ROLE = restoring('Restore an application permission or app role', READ_SERVICE_PRINCIPAL_ASSIGNMENTS, WRITE_APP_ROLE_ASSIGNMENTS);
export const RESTORE_USER_CONSENT_SETTING = restoring('Restore the user-consent setting', READ_AUTHORIZATION_POLICY, WRITE_AUTHORIZATION_POLICY);
