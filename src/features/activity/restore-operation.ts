/**
 * What restores ask Graph for, for the Activity screen's summary (Home, Permissions): the read of the
 * preview and the write of the inverse. Kept apart from src/changes/restore.ts (restorePreviewRead), which needs the kinds
 * table, so the screen's summary does not pull every change kind into the first page load.
 */
import type { GraphOperation } from '../../graph/operation';
import { uniqueScopes } from '../../permissions/scopes';
import { READ_SERVICE_PRINCIPAL_ASSIGNMENTS, WRITE_APP_ROLE_ASSIGNMENTS } from '../../graph/operations/app-role-assignments';
import { READ_GRANT_NOW, WRITE_GRANTS } from '../../graph/operations/grants';
import { READ_AUTHORIZATION_POLICY, WRITE_AUTHORIZATION_POLICY } from '../../graph/operations/consent-policies';

const restoring = (name: string, read: GraphOperation, write: GraphOperation): GraphOperation => ({
  name,
  scopes: uniqueScopes([...read.scopes, ...write.scopes]),
  reason: `${read.reason} ${write.reason}`,
});

/** For the screen's summary of what it may ask for. */
export const RESTORE_GRANT = restoring('Restore a delegated permission grant', READ_GRANT_NOW, WRITE_GRANTS);
export const RESTORE_APP_ROLE = restoring('Restore an application permission or app role', READ_SERVICE_PRINCIPAL_ASSIGNMENTS, WRITE_APP_ROLE_ASSIGNMENTS);
export const RESTORE_USER_CONSENT_SETTING = restoring('Restore the user-consent setting', READ_AUTHORIZATION_POLICY, WRITE_AUTHORIZATION_POLICY);
