/**
 * The Activity entries that record an admin consent granted on Microsoft's page: one per resource API
 * whose tenant-wide grant changed (scopes added, and scopes the consent REMOVED), one per application
 * permission added or removed; or one saying nothing changed, or that the change is not visible yet.
 */
import type { AdminConsentRequestRecord } from '../../../auth/admin-consent-request';
import { newEntryId } from '../../../changes/activity-log';
import type { ChangeActor } from '../../../changes/changes';
import type { ActivityEntry, AssignmentSnapshot } from '../../../changes/types';
import { isUnchanged, type TenantWideDiff, type Unchanged } from './tenant-wide-diff';

export interface EntryNames {
  resourceName: (resourceId: string) => string;
  roleName: (resourceId: string, appRoleId: string) => string;
}

export const isDefaultScope = (scope: string) => /(^|\/)\.default$/i.test(scope.trim());

/** Why scopes were removed, in the entry's words. */
export const REMOVED_BY_DEFAULT = 'removed by admin consent: /.default replaces the tenant-wide grant with what the app registration configures';

export function grantChangeSummary(app: string, resource: string, added: readonly string[], removed: readonly string[]): string {
  const parts = [added.length ? `added ${added.join(', ')}` : '', removed.length ? `${removed.join(', ')} ${REMOVED_BY_DEFAULT}` : ''].filter(Boolean);
  return `Admin consent for ${app} on ${resource} for all users: ${parts.join('; ')}`;
}

export const UNCHANGED_TEXT: Record<Unchanged, string> = {
  'granted-already': 'nothing changed tenant-wide (everything asked for was granted already)',
  'not-yet-visible': 'no change is visible yet (the directory shows changes with a delay)',
  'cannot-tell':
    'no change visible after reading again for 15 seconds: everything asked for was granted already, or the directory has not shown the change yet',
};

export function adminConsentEntries(input: {
  actor: ChangeActor;
  request: AdminConsentRequestRecord;
  diff: TenantWideDiff | undefined;
  /** Why nothing changed, when nothing did. */
  unchanged: Unchanged;
  names: EntryNames;
  at?: string;
}): ActivityEntry[] {
  const { actor, request, diff, unchanged, names } = input;
  const at = input.at ?? new Date().toISOString();
  const base = (clientId: string | undefined): Omit<ActivityEntry, 'summary' | 'before' | 'after' | 'outcome'> => ({
    id: newEntryId(),
    at,
    actor,
    action: 'admin-consent',
    target: { clientId, clientName: request.appName, principalId: null },
  });
  const clientId = request.before?.servicePrincipalId;
  if (!diff) {
    return [
      {
        ...base(clientId),
        summary: `Admin consent for ${request.appName} (${request.scope}) — what it replaced is unknown: the permissions could not be read before the consent page opened`,
        before: null,
        after: null,
        outcome: 'succeeded',
      },
    ];
  }
  if (isUnchanged(diff)) {
    return [
      {
        ...base(clientId),
        summary: `Admin consent for ${request.appName} (${request.scope}): ${UNCHANGED_TEXT[unchanged]}`,
        before: null,
        after: null,
        outcome: unchanged === 'not-yet-visible' ? 'not-yet-visible' : 'already-done',
      },
    ];
  }
  const grants = diff.grants.map((change): ActivityEntry => ({
    ...base(clientId),
    target: { clientId, clientName: request.appName, resourceName: names.resourceName(change.resourceId), principalId: null },
    summary: grantChangeSummary(request.appName, names.resourceName(change.resourceId), change.added, change.removed),
    before: change.before,
    after: change.after,
    outcome: 'succeeded',
    scopeChange: { added: change.added, removed: change.removed },
  }));
  const role = (a: AssignmentSnapshot, removed: boolean): ActivityEntry => {
    const permission = names.roleName(a.resourceId, a.appRoleId);
    const resourceName = names.resourceName(a.resourceId);
    return {
      ...base(clientId),
      target: { clientId, clientName: request.appName, resourceName, principalId: null, permission },
      summary: removed
        ? `After admin consent, ${request.appName} no longer holds the application permission ${permission} on ${resourceName}`
        : `Admin consent granted ${request.appName} the application permission ${permission} on ${resourceName}`,
      before: removed ? a : null,
      after: removed ? null : a,
      outcome: 'succeeded',
    };
  };
  const roles = [...diff.assignmentsAdded.map((a) => role(a, false)), ...diff.assignmentsRemoved.map((a) => role(a, true))];
  return [...grants, ...roles];
}
