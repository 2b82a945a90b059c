import type { GrantSnapshot } from '../../changes/types';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

/** Local date and time of an ISO timestamp; the raw value when it does not parse. */
export function formatWhen(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
}

export const splitScopes = (scope: string) => scope.split(/\s+/).filter(Boolean);

/** Scopes of `before` that `after` no longer holds (all of them when the grant was deleted). */
export function removedScopes(before: GrantSnapshot, after: GrantSnapshot | null): string[] {
  const kept = new Set(splitScopes(after?.scope ?? '').map((s) => s.toLowerCase()));
  return splitScopes(before.scope).filter((s) => !kept.has(s.toLowerCase()));
}

export function consentTypeLabel(grant: GrantSnapshot, principalName?: string): string {
  return grant.consentType === 'AllPrincipals'
    ? 'Admin consent for all users (AllPrincipals)'
    : `User consent for ${principalName ?? grant.principalId ?? 'one user'} (Principal)`;
}
