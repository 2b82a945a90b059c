import { ConsentRequiredError } from '../../auth/consent-required-error';
import { checkRole, type RoleRequirement } from '../../auth/role-requirements';
import { useDirectoryRoles } from '../../auth/use-directory-roles';
import { useCurrentGraphToken } from '../../auth/use-session';
import type { GraphOperation } from '../../graph/operation';
import { missingScopes } from '../../permissions/scopes';

export type WriteGate =
  | { state: 'unknown' }
  | { state: 'allowed' }
  /** The account's directory roles cannot make this change: the reason names a role that could. */
  | { state: 'role-missing'; reason: string }
  /** The console does not hold the permission yet: Grant access first. */
  | { state: 'consent-needed'; error: ConsentRequiredError };

/**
 * Whether the signed-in account may run writes that need these operations' scopes and these roles.
 * Roles are checked first: consenting to a permission the account's role cannot use helps nobody.
 */
export function useWriteGate(requirements: readonly RoleRequirement[], operations: readonly GraphOperation[]): WriteGate {
  const roles = useDirectoryRoles();
  const token = useCurrentGraphToken();
  if (!roles.known || !token.data) return { state: 'unknown' };
  for (const requirement of requirements) {
    const check = checkRole(requirement, roles.templateIds);
    if (!check.allowed) return { state: 'role-missing', reason: check.reason };
  }
  const missing = missingScopes(operations.flatMap((op) => op.scopes), token.data.scopes);
  if (missing.length > 0) return { state: 'consent-needed', error: new ConsentRequiredError(missing) };
  return { state: 'allowed' };
}
