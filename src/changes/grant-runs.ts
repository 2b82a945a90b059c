/**
 * The steps change kinds run with: re-read, write, and confirm by reading back (the directory is
 * eventually consistent). Grants are re-read just before a PATCH, because PATCH replaces the whole scope
 * string and must not drop a scope someone added since the screen loaded.
 */
import { deleteGrant, createGrant, isDuplicateGrantError, setGrantScope } from '../graph/grant-writes';
import { GraphError } from '../graph/graph-error';
import type { Applied, RunContext } from './change-types';
import { confirmWrite, readTwiceIfMissing, type Visibility } from './read-after-write';
import { findGrant, isAssignmentListed, readGrant } from './read-current';
import { sameScopes, unionScopes } from '../permissions/scopes';
import type { GrantSnapshot } from './types';

export const isNotFound = (e: unknown) => e instanceof GraphError && e.status === 404;

/** The outcome of a write Graph accepted: done once a read shows it, else honestly "not yet visible". */
export const confirmed = (visibility: Visibility): Applied['outcome'] => (visibility === 'visible' ? 'succeeded' : 'not-yet-visible');

/** The grant as it is now; a 404 is read once more after a short wait (a just-created grant may 404). */
export const readGrantNow = ({ graph, signal, policy }: RunContext, id: string) => readTwiceIfMissing(() => readGrant(graph, id, signal), policy, signal);

/** Waits until a read no longer finds the grant (a deleted grant stays readable for a while). */
const grantGone = ({ graph, signal, policy }: RunContext, id: string) => confirmWrite(async () => !(await readGrant(graph, id, signal)), policy, signal);

/** Waits until a read shows the grant with exactly this scope. */
const grantHolds = ({ graph, signal, policy }: RunContext, id: string, scope: string) =>
  confirmWrite(
    async () => {
      const now = await readGrant(graph, id, signal);
      return now !== null && sameScopes(now.scope, scope);
    },
    policy,
    signal,
  );

export const assignmentVisible = ({ graph, signal, policy }: RunContext, a: Parameters<typeof isAssignmentListed>[1], listed: boolean) =>
  confirmWrite(async () => (await isAssignmentListed(graph, a, signal)) === listed, policy, signal);

export async function deleteAndConfirm(ctx: RunContext, current: GrantSnapshot): Promise<Applied> {
  try {
    await deleteGrant(ctx.graph, current.id, ctx.signal);
  } catch (e) {
    if (isNotFound(e)) return { outcome: 'already-done', before: current, after: null };
    throw e;
  }
  return { outcome: confirmed(await grantGone(ctx, current.id)), before: current, after: null };
}

export async function setScopeAndConfirm(ctx: RunContext, current: GrantSnapshot, scope: string): Promise<Applied> {
  await setGrantScope(ctx.graph, current.id, scope, ctx.signal);
  return { outcome: confirmed(await grantHolds(ctx, current.id, scope)), before: current, after: { ...current, scope } };
}

/** Adds scopes to the grant as it is now; already-done when it holds them all. */
export async function extendGrant(ctx: RunContext, current: GrantSnapshot, scopes: readonly string[]): Promise<Applied> {
  const scope = unionScopes(current.scope, scopes.join(' '));
  if (scope === current.scope) return { outcome: 'already-done', before: current, after: current };
  return setScopeAndConfirm(ctx, current, scope);
}

/**
 * Creates a grant; a 409 means one with the same key exists (Graph allows one), so it is never POSTed
 * twice: the existing grant is looked up (it may take a while to be listed) and extended if needed.
 */
export async function createGrantOnce(
  ctx: RunContext,
  template: Omit<GrantSnapshot, 'id' | 'scope'>,
  scopes: readonly string[],
  description: string,
): Promise<Applied> {
  let created: GrantSnapshot;
  try {
    created = await createGrant(ctx.graph, { ...template, scope: scopes.join(' ') }, ctx.signal);
  } catch (e) {
    if (!isDuplicateGrantError(e)) throw e;
    let existing: GrantSnapshot | undefined;
    await confirmWrite(async () => Boolean((existing = await findGrant(ctx.graph, template, ctx.signal))), ctx.policy, ctx.signal);
    if (existing) return extendGrant(ctx, existing, scopes);
    return {
      outcome: 'already-done',
      before: null,
      after: null,
      summary: `${description} — already in place: Microsoft Graph answered that this grant exists (409), though it cannot be read yet`,
    };
  }
  const visible = await confirmWrite(async () => (await readGrant(ctx.graph, created.id, ctx.signal)) !== null, ctx.policy, ctx.signal);
  return { outcome: confirmed(visible), before: null, after: created };
}
