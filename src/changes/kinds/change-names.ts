/**
 * How the kinds name a change's parties in their one-line descriptions, and the names a restore reuses.
 * Every name is isolated (permissions/names.ts): one ending in a right-to-left override must not reverse
 * the rest of the console's sentence.
 */
import { isolate } from '../../permissions/names';
import type { ChangeNames } from '../change-types';
import { isAssignment, type ActivityEntry } from '../types';

export const userOf = (names: ChangeNames, principalId: string) => isolate(names.principalName ?? principalId);
export const who = (names: ChangeNames, principalId: string | null | undefined) =>
  principalId ? `for ${userOf(names, principalId)}` : 'for all users (admin consent)';
export const appOf = (names: ChangeNames) => (names.clientName ? isolate(names.clientName) : 'the app');
export const resourceOf = (names: ChangeNames) => (names.resourceName ? isolate(names.resourceName) : 'the API');
/** An app role's name (the resource defines it: a third party's may carry anything). */
export const roleOf = (names: ChangeNames, appRoleId: string) => isolate(names.permission ?? appRoleId);

/** The names a recorded change was made with, for the change that restores it. */
export const namesOf = (entry: ActivityEntry): ChangeNames => ({
  clientName: entry.target.clientName,
  resourceName: entry.target.resourceName ?? (isAssignment(entry.before) ? (entry.before.resourceDisplayName ?? undefined) : undefined),
  principalName: entry.target.principalName,
  permission: entry.target.permission,
});
