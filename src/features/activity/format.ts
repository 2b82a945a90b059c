/** How the Activity screen words a recorded change: dates and the consent type. */
import type { GrantSnapshot } from '../../changes/types';
import { isolate } from '../../permissions/names';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

/** Local date and time of an ISO timestamp; the raw value when it does not parse. */
export function formatWhen(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
}

export function consentTypeLabel(grant: GrantSnapshot, principalName?: string): string {
  return grant.consentType === 'AllPrincipals'
    ? 'Admin consent for all users (AllPrincipals)'
    : `User consent for ${principalName ? isolate(principalName) : (grant.principalId ?? 'one user')} (Principal)`;
}
