/**
 * The one gate in front of every write: may the signed-in account make these changes now? Everything is
 * read from the changes' kinds (the directory role each needs, and its Graph operation, so the delegated
 * scopes): no screen lists roles or scopes itself. Roles are checked first — consenting to a permission
 * the account's role cannot use helps nobody — then whether a token for the scopes is obtainable silently.
 */
import { ConsentRequiredError } from '../../auth/consent-required-error';
import { checkRole, type RoleCheck } from '../../auth/role-requirements';
import { useDirectoryRoles } from '../../auth/use-directory-roles';
import { useHeldScopes } from '../../auth/held-scopes';
import { missingScopes } from '../../permissions/scopes';
import type { Change } from '../changes';
import { operationOf, requirementsOf } from './change-requirements';

export type ChangeGate =
  /** The account's roles or the token are still loading. */
  | { state: 'unknown' }
  | { state: 'allowed' }
  /** The account's directory roles cannot make these changes: the reason names a role that could. */
  | { state: 'role-missing'; reason: string }
  /** The console does not hold the permissions yet: Grant access first, for exactly the missing ones. */
  | { state: 'consent-needed'; error: ConsentRequiredError };

const NO_ROLE_NEEDED: RoleCheck = { allowed: true, via: 'no directory role needed' };

/** The first role requirement of these changes the held roles do not meet; allowed when they meet all. */
export function checkChangeRoles(changes: readonly Change[], heldTemplateIds: readonly string[]): RoleCheck {
  const checks = requirementsOf(changes).map((requirement) => checkRole(requirement, heldTemplateIds));
  return checks.find((check) => !check.allowed) ?? checks[0] ?? NO_ROLE_NEEDED;
}

/** The gate for these changes, given the account's role template ids and the token's scopes. */
export function changeGate(changes: readonly Change[], held: { roleTemplateIds: readonly string[]; scopes: readonly string[] }): ChangeGate {
  const roles = checkChangeRoles(changes, held.roleTemplateIds);
  if (!roles.allowed) return { state: 'role-missing', reason: roles.reason };
  const missing = changes.length > 0 ? missingScopes(operationOf(changes).scopes, held.scopes) : [];
  if (missing.length > 0) return { state: 'consent-needed', error: new ConsentRequiredError(missing) };
  return { state: 'allowed' };
}

/**
 * The gate as a person meets it: scopes the current token lacks but a silent token request obtains (an
 * administrator granted them for the organization since) count as held — Grant access shows only when
 * the identity platform wants interaction.
 */
export function useChangeGate(changes: readonly Change[]): ChangeGate {
  const roles = useDirectoryRoles();
  const held = useHeldScopes(changes.length > 0 ? operationOf(changes).scopes : []);
  if (!roles.known || held.state === 'unknown') return { state: 'unknown' };
  const check = checkChangeRoles(changes, roles.templateIds);
  if (!check.allowed) return { state: 'role-missing', reason: check.reason };
  return held.state === 'missing' ? { state: 'consent-needed', error: held.error } : { state: 'allowed' };
}

/**
 * The roles half of the gate, for buttons that open a change's dialog: whether the account's roles allow
 * the changes they would make (undefined while the roles load). Consent is asked for in the dialog.
 */
export function useChangeRoleCheck(): (changes: readonly Change[]) => RoleCheck | undefined {
  const roles = useDirectoryRoles();
  return (changes) => (roles.known ? checkChangeRoles(changes, roles.templateIds) : undefined);
}
