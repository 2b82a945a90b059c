/** How the kinds name a change's parties in their one-line descriptions, and the names a restore reuses. */
import type { ChangeNames } from '../change-types';
import { isGrant, type ActivityEntry } from '../types';

export const who = (names: ChangeNames, principalId: string | null | undefined) =>
  principalId ? `for ${names.principalName ?? principalId}` : 'for all users (admin consent)';
export const appOf = (names: ChangeNames) => names.clientName ?? 'the app';
export const resourceOf = (names: ChangeNames) => names.resourceName ?? 'the API';

/** The names a recorded change was made with, for the change that restores it. */
export const namesOf = (entry: ActivityEntry): ChangeNames => ({
  clientName: entry.target.clientName,
  resourceName: entry.target.resourceName ?? (entry.before && !isGrant(entry.before) ? (entry.before.resourceDisplayName ?? undefined) : undefined),
  principalName: entry.target.principalName,
  permission: entry.target.permission,
});
