import type { ActivityAction, ActivityOutcome } from '../../changes/types';

/** How each recorded action reads in the log and in its filter. */
export const ACTION_LABEL: Record<ActivityAction, string> = {
  'revoke-grant': 'Revoke delegated grant',
  'remove-scopes': 'Remove delegated permissions',
  'add-scopes': 'Add delegated permissions',
  'create-grant': 'Create delegated grant',
  'revoke-app-role': 'Remove app role or application permission',
  'add-app-role': 'Add app role or application permission',
  'revoke-sessions': 'Revoke sign-in sessions',
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
