/**
 * How a delegated permission addition (add-scopes: a grant created or extended, e.g. a consent request
 * approved for some users) is restored: its inverse removes exactly the permissions it added from the grant
 * as it is then — deleting the grant when nothing is left, keeping anything added since — and its preview
 * reads that grant now and says so.
 */
import { readGrant } from '../../graph/read-grants';
import { scopesMissingFrom, scopeWithout, splitScopes } from '../../permissions/scopes';
import type { Change } from '../change-types';
import type { RestoreStep } from '../restore-plan';
import { isGrant, type ActivityEntry, type GrantSnapshot } from '../types';
import type { ChangeKind } from './change-kind';
import { appOf, namesOf, resourceOf, who } from './change-names';
import { READ_GRANT_NOW } from '../../graph/operations/grants';

/** The permissions the recorded addition wrote: what the grant held after it and not before. */
export function addedScopesOf(entry: ActivityEntry): string[] {
  if (!isGrant(entry.after)) return [];
  return scopesMissingFrom(entry.after.scope, isGrant(entry.before) ? entry.before.scope : '');
}

export function additionInverse(entry: ActivityEntry): Change {
  return { kind: 'remove-scopes', grant: entry.after as GrantSnapshot, scopes: addedScopesOf(entry), names: namesOf(entry) };
}

async function planAdditionRestore(entry: ActivityEntry, graph: Parameters<typeof readGrant>[0], signal?: AbortSignal): Promise<RestoreStep> {
  const after = entry.after as GrantSnapshot;
  const added = addedScopesOf(entry);
  const now = await readGrant(graph, after.id, signal);
  if (!now) return { kind: 'nothing', reason: 'The grant the change created or extended no longer exists: there is nothing to remove.' };
  const still = added.filter((s) => splitScopes(now.scope).some((held) => held.toLowerCase() === s.toLowerCase()));
  if (still.length === 0) return { kind: 'nothing', reason: `The grant no longer holds ${added.join(', ')}: there is nothing to remove.` };
  const left = scopeWithout(now.scope, still);
  const names = namesOf(entry);
  const addedSince = scopesMissingFrom(now.scope, after.scope);
  return {
    kind: 'inverse',
    description: `Removes ${still.join(', ')} from ${appOf(names)}'s grant on ${resourceOf(names)} ${who(names, after.principalId)}${
      left ? ` (it keeps ${left})` : ' (no permission is left: the grant is deleted)'
    }.`,
    differences: addedSince.length > 0 ? [`Added since the change, and kept: ${addedSince.join(', ')}.`] : [],
  };
}

export const additionRestorePreview: NonNullable<ChangeKind['restorePreview']> = {
  operation: READ_GRANT_NOW,
  plan: (entry, { graph, signal }) => planAdditionRestore(entry, graph, signal),
};
