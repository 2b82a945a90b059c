/** How the Activity screen words a recorded change: dates, the scopes it took away, the consent type. */
import type { GrantSnapshot } from '../../changes/types';
import { scopesMissingFrom } from '../../permissions/scopes';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

/** Local date and time of an ISO timestamp; the raw value when it does not parse. */
export function formatWhen(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
}

/** Scopes of `before` that `after` no longer holds (all of them when the grant was deleted). */
export function removedScopes(before: GrantSnapshot, after: GrantSnapshot | null): string[] {
  return scopesMissingFrom(before.scope, after?.scope ?? '');
}

export function consentTypeLabel(grant: GrantSnapshot, principalName?: string): string {
  return grant.consentType === 'AllPrincipals'
    ? 'Admin consent for all users (AllPrincipals)'
    : `User consent for ${principalName ?? grant.principalId ?? 'one user'} (Principal)`;
}
