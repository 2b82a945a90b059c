/**
 * The read behind a restore's preview (the tenant as it is now), for the preview's error message: a kind's
 * own preview read where it has one, else the grant or app role assignment read. The dialog's gate derives
 * the write's permissions from the change's kind.
 */
import { kindOfAction } from '../../changes/kinds';
import { isAssignment, isGrant, type ActivityEntry } from '../../changes/types';
import type { GraphOperation } from '../../graph/operation';
import { READ_SERVICE_PRINCIPAL_ASSIGNMENTS, READ_USER_ASSIGNMENTS_FOR_WRITE } from '../../graph/read-app-role-assignments';
import { READ_GRANT_NOW } from '../../graph/read-grants';

/** The read behind the restore preview of this entry. */
export function restorePreviewOperation(entry: ActivityEntry): GraphOperation {
  const own = kindOfAction(entry.action)?.restorePreview;
  if (own) return own.operation;
  if (isGrant(entry.before)) return READ_GRANT_NOW;
  return isAssignment(entry.before) && entry.before.principalType === 'User' ? READ_USER_ASSIGNMENTS_FOR_WRITE : READ_SERVICE_PRINCIPAL_ASSIGNMENTS;
}
