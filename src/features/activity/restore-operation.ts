/**
 * What a restore asks Graph for, so the dialog can offer Grant access before it runs instead of
 * recording a failure: it reads the current state (grants need Directory.Read.All; assignments are
 * read through Application.Read.All) and then writes.
 */
import { isGrant, type ActivityEntry } from '../../changes/types';
import { WRITE_APP_ROLE_ASSIGNMENTS } from '../../graph/app-role-assignment-writes';
import { WRITE_GRANTS } from '../../graph/grant-writes';
import type { GraphOperation } from '../../graph/operation';

export const RESTORE_GRANT: GraphOperation = {
  name: 'Restore a delegated permission grant',
  scopes: [...WRITE_GRANTS.scopes, 'Directory.Read.All'],
  reason: 'Reads the grant as it is now, then recreates it (or adds back the permissions it lacks) as the Activity log recorded it.',
};

export const RESTORE_APP_ROLE: GraphOperation = {
  name: 'Restore an application permission',
  scopes: WRITE_APP_ROLE_ASSIGNMENTS.scopes,
  reason: 'Checks whether the application permission is assigned again, then recreates it as the Activity log recorded it.',
};

export function restoreOperation(entry: ActivityEntry): GraphOperation {
  return isGrant(entry.before) ? RESTORE_GRANT : RESTORE_APP_ROLE;
}
