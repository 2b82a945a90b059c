/**
 * What one entry of the change-kind table (../kinds.ts) holds: the Graph operation (scopes) and directory
 * role a kind needs, how it describes itself, how it runs, whether and how it goes through $batch, how it
 * is restored and which cached queries it can alter.
 */
import type { QueryKey } from '@tanstack/react-query';
import type { RoleRequirement } from '../../auth/role-requirements';
import type { BatchRequest } from '../../graph/batch';
import type { GraphClient } from '../../graph/graph-client';
import type { GraphOperation } from '../../graph/operation';
import type { Applied, Change, ChangeNames, RunContext } from '../change-types';
import type { RestoreStep } from '../restore-plan';
import type { ActivityEntry } from '../types';

/** A Graph object as the log records it before or after a change. */
export type Snapshot = NonNullable<ActivityEntry['before']>;

/** How a kind goes through $batch: a revocation whose 404 means "already gone". */
export interface BatchSpec<C> {
  /** The write's delegated scopes. */
  scopes: readonly string[];
  /** The write (a DELETE), given the object as re-read just before it (when the kind re-reads). */
  request(change: C, current: Snapshot | undefined): BatchRequest;
  /** A GET whose 404 means gone: re-read before the write (the log holds the object as it really was), and until gone after it. */
  read?: { scopes: readonly string[]; path(change: C): string; snapshot(body: unknown): Snapshot };
  /** Without `read`: whether each written change shows as done now (e.g. no longer listed). */
  isDone?(graph: GraphClient, changes: readonly C[], signal?: AbortSignal): Promise<boolean[]>;
}

export interface ChangeKind<C extends { kind: string; names: ChangeNames } = Change> {
  kind: C['kind'];
  operation(change: C): GraphOperation;
  /**
   * The directory role the change needs, checked before it runs; undefined when the console knows of
   * none (a raw Graph request: Microsoft Graph decides, and answers 403 when the role is missing).
   */
  requirement(change: C): RoleRequirement | undefined;
  /**
   * Whether sending the change again after a failure whose effect is unknown (an outage, a lost connection)
   * leaves the tenant as one success would: the change reads what is there first, or repeating it does no
   * harm. False for a write the console sends as it is and cannot check (a raw Graph request).
   */
  retrySafe: boolean;
  /** Exactly what the change will do, in one line. */
  describe(change: C): string;
  run(change: C, ctx: RunContext): Promise<Applied>;
  /** Who the change is about: the client app and/or the user. */
  parties(change: C): { clientId?: string; principalId?: string | null };
  /** The object as the screen knew it before the change (null when the change creates it, or names no object). */
  before(change: C): Snapshot | null;
  batch?: BatchSpec<C>;
  /** The change that undoes a recorded one (only what it removed); absent when it cannot be restored. */
  inverse?(entry: ActivityEntry): Change;
  /**
   * A restore preview of the kind's own (policy objects, and additions, whose inverse takes away what they
   * added): the read it makes, and what restoring writes now and what differs since. restore-plan.ts plans
   * the restores of removals.
   */
  restorePreview?: { operation: GraphOperation; plan(entry: ActivityEntry, ctx: Pick<RunContext, 'graph' | 'signal'>): Promise<RestoreStep> };
  /** What the change means to write, recorded in its pending entry (for reconciling it later). */
  planned?(change: C): NonNullable<ActivityEntry['planned']>;
  /**
   * Whether Graph shows a recorded change as done (true), not done (false) or cannot tell (undefined):
   * reconciles a pending entry a closed tab left behind.
   */
  reconcile?(entry: ActivityEntry, ctx: Pick<RunContext, 'graph' | 'signal'>): Promise<boolean | undefined>;
  /** Query keys (prefixes) whose data this change can alter. */
  alters: readonly QueryKey[];
}
