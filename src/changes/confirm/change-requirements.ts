/**
 * What a set of changes needs, read from their kinds' entries (kinds.ts): the directory roles and the
 * Graph operation (so the delegated scopes). And why a change failed, in words an admin can act on —
 * the one failure explanation every result list and every dialog uses.
 */
import { ConsentRequiredError } from '../../auth/consent-required-error';
import { explainWriteDenied, type RoleRequirement } from '../../auth/role-requirements';
import { GraphError } from '../../graph/graph-error';
import type { GraphOperation } from '../../graph/operation';
import { uniqueScopes } from '../../permissions/scopes';
import type { Change, ChangeResult } from '../changes';
import { kindOf } from '../kinds';

/** The directory role a change needs, from its kind's entry (undefined: none the console knows of). */
export function requirementOf(change: Change): RoleRequirement | undefined {
  return kindOf(change).requirement(change);
}

export function requirementsOf(changes: readonly Change[]): RoleRequirement[] {
  return [...new Set(changes.map(requirementOf).filter((r): r is RoleRequirement => r !== undefined))];
}

/** The Graph operations (and so the permissions) these changes need, as one for the Grant access panel. */
export function operationOf(changes: readonly Change[]): GraphOperation {
  const ops = [...new Set(changes.map((c) => kindOf(c).operation(c)))];
  if (ops.length === 1) return ops[0]!;
  return {
    name: ops.map((op) => op.name).join(' and '),
    scopes: uniqueScopes(ops.flatMap((op) => op.scopes)),
    reason: ops.map((op) => op.reason).join(' '),
  };
}

/** Whether every one of these changes may be sent again after an outage (each kind's `retrySafe`). */
export function retrySafeOf(changes: readonly Change[]): boolean {
  return changes.every((change) => kindOf(change).retrySafe);
}

/** What the explanation of a failure knows of the change(s) that failed. */
export interface FailedWrite {
  /** The directory role the change needs: a 403 names a role that would allow it. */
  requirement?: RoleRequirement;
  /** Whether sending it again is safe (its kinds' `retrySafe`): an outage's advice depends on it. */
  retrySafe: boolean;
}

const OUTAGE_ADVICE = {
  safe: 'Retrying is safe: sending this change again leaves the tenant as one success would.',
  unchecked:
    'It may have been made anyway: the console sends this request as typed, without checking what is there, so look at the tenant before sending it again.',
};

/**
 * Why a write failed: consent missing, Graph's refusal (a 403 names the role that would allow the change,
 * when the change is known), throttling, an outage (whether retrying is safe depends on the kind), or the
 * error's own message.
 */
export function explainError(error: unknown, { requirement, retrySafe }: FailedWrite, roleTemplateIds: readonly string[]): string {
  if (error instanceof ConsentRequiredError) return `The console needs your consent first (${error.scopes.join(', ')}): use Grant access.`;
  if (!(error instanceof GraphError)) return error instanceof Error ? error.message : 'The change failed for an unknown reason.';
  const ids = `HTTP ${error.status} ${error.code}${error.requestId ? `, request-id ${error.requestId}` : ''}`;
  if (error.status === 403 && requirement) return `${explainWriteDenied(requirement, roleTemplateIds)} (${ids})`;
  if (error.status === 429) return `Microsoft Graph is throttling the console; try again in a moment. (${ids})`;
  if (error.status >= 500 || error.status === 0) {
    return `Microsoft Graph could not make the change right now (${error.message}). ${retrySafe ? OUTAGE_ADVICE.safe : OUTAGE_ADVICE.unchecked} (${ids})`;
  }
  return `Microsoft Graph refused the change: ${error.message} (${ids})`;
}

/** Why one change failed; a result read back from the log without its error object says what the log kept. */
export function explainFailure(result: ChangeResult, roleTemplateIds: readonly string[]): string {
  if (!result.error && result.entry.error) return result.entry.error.message;
  return explainError(result.error, { requirement: requirementOf(result.change), retrySafe: retrySafeOf([result.change]) }, roleTemplateIds);
}
