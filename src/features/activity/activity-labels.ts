import type { ActivityAction, ActivityEntry, ActivityOutcome } from '../../changes/types';

/** How each recorded action reads in the log and in its filter. */
export const ACTION_LABEL: Record<ActivityAction, string> = {
  'revoke-grant': 'Revoke delegated grant',
  'remove-scopes': 'Remove delegated permissions',
  'add-scopes': 'Add delegated permissions',
  'create-grant': 'Create delegated grant',
  'revoke-app-role': 'Remove app role or application permission',
  'add-app-role': 'Add app role or application permission',
  'revoke-sessions': 'Revoke sign-in sessions',
  'set-user-consent': 'Change the user-consent setting',
  'classify-permission': 'Classify a permission',
  'unclassify-permission': 'Remove a permission classification',
  'graph-request': 'Graph request sent from Diagnose',
  'admin-consent': 'Admin consent (Microsoft’s consent page)',
  restore: 'Restore',
};

export const OUTCOME_LABEL: Record<ActivityOutcome, string> = {
  pending: 'In progress or interrupted',
  succeeded: 'Succeeded',
  failed: 'Failed',
  'already-done': 'Already done',
  'not-yet-visible': 'Applied, not yet visible',
};

export const ACTIONS = Object.keys(ACTION_LABEL) as ActivityAction[];
export const OUTCOMES = Object.keys(OUTCOME_LABEL) as ActivityOutcome[];

/** What an entry's details say when it recorded no object from before the change. */
export function noObjectBefore(entry: Pick<ActivityEntry, 'action' | 'status'>): string {
  if (entry.action === 'restore') return 'See the change it restored.';
  if (entry.action === 'graph-request') {
    const answer = entry.status !== undefined ? ` Microsoft Graph answered ${entry.status}.` : '';
    return `Not recorded: the console cannot tell what a request typed on the Diagnose page changed.${answer}`;
  }
  return 'Nothing: this change created the object, or changed no object.';
}
