import type { Change, ChangeResult } from '../changes';
import { explainWriteDenied, type RoleRequirement } from '../../auth/role-requirements';
import { ConsentRequiredError } from '../../auth/consent-required-error';
import { GraphError } from '../../graph/graph-error';
import type { GraphOperation } from '../../graph/operation';
import { uniqueScopes } from '../../permissions/scopes';
import { kindOf } from '../kinds';

/** The directory role a change needs, from its kind's entry. */
export function requirementOf(change: Change): RoleRequirement {
  return kindOf(change).requirement(change);
}

export function requirementsOf(changes: readonly Change[]): RoleRequirement[] {
  return [...new Set(changes.map(requirementOf))];
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

/** Why one change failed, in words an admin can act on. */
export function explainFailure(result: ChangeResult, roleTemplateIds: readonly string[]): string {
  const error = result.error;
  if (error instanceof ConsentRequiredError) return `The console needs your consent first (${error.scopes.join(', ')}): use Grant access.`;
  if (!(error instanceof GraphError)) return error?.message ?? result.entry.error?.message ?? 'The change failed for an unknown reason.';
  const ids = `HTTP ${error.status} ${error.code}${error.requestId ? `, request-id ${error.requestId}` : ''}`;
  if (error.status === 403) return `${explainWriteDenied(requirementOf(result.change), roleTemplateIds)} (${ids})`;
  if (error.status === 429) return `Microsoft Graph is throttling the console; try again in a moment. (${ids})`;
  if (error.status >= 500 || error.status === 0) {
    return `Microsoft Graph could not make the change right now (${error.message}). Retrying is safe: the console checks what is there first and never applies a change twice. (${ids})`;
  }
  return `Microsoft Graph refused the change: ${error.message} (${ids})`;
}
