/**
 * The change kinds, as one table: for each, the Graph operation (scopes) and directory role it needs,
 * how it describes itself, how it runs (with read-after-write), whether and how it goes through $batch,
 * how it is restored (its inverse change) and which cached queries it can alter. Apply, batch apply,
 * restore, the gate and the log derive everything from here: adding a kind is one entry (and its test).
 * The entries live by group in kinds/: grants, app roles, sessions, raw Graph requests, consent policy.
 */
import type { Change, ChangeNames } from './change-types';
import { addAppRole, revokeAppRole } from './kinds/app-role-kinds';
import type { ChangeKind } from './kinds/change-kind';
import { addScopes, removeScopes, revokeGrant } from './kinds/grant-kinds';
import { graphRequest } from './kinds/graph-request-kind';
import { classifyPermission, setUserConsent, unclassifyPermission } from './kinds/policy-kinds';
import { revokeSessions } from './kinds/session-kinds';

export type { BatchSpec, ChangeKind } from './kinds/change-kind';

// Each entry is typed by its own change; the table holds them by kind name, so lookups widen to Change.
const table = new Map<string, ChangeKind>();

/** Adds a kind to the table (the built-in ones below; a test may register its own). */
export function registerChangeKind<C extends { kind: string; names: ChangeNames }>(spec: ChangeKind<C>): void {
  table.set(spec.kind, spec as unknown as ChangeKind);
}

[
  revokeGrant,
  removeScopes,
  addScopes,
  revokeAppRole,
  addAppRole,
  revokeSessions,
  graphRequest,
  setUserConsent,
  classifyPermission,
  unclassifyPermission,
].forEach((spec) => registerChangeKind<Change>(spec as unknown as ChangeKind));

export function kindOf(change: Pick<Change, 'kind'>): ChangeKind {
  const spec = table.get(change.kind);
  if (!spec) throw new Error(`Unknown change kind: ${change.kind}`);
  return spec;
}

/** The kind an Activity entry's action names, if it is a change kind (admin-consent and restore entries are not). */
export const kindOfAction = (action: string): ChangeKind | undefined => table.get(action);
