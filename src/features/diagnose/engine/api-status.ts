/**
 * Per-API status for the signed-in account: can the console call each of its own operations now, and
 * if not, what stands in the way. Pure: from the scopes the current token holds, the user's roles and
 * the catalogue's admin-only flags.
 */
import { canGrantAdminConsent } from '../../../auth/directory-roles';
import { checkRole } from '../../../auth/role-requirements';
import { roleRequirementForScope } from './role-for-request';

export type ApiStatus = 'works' | 'needs-consent' | 'needs-role' | 'needs-admin-consent';

export interface ApiStatusRow {
  status: ApiStatus;
  /** One sentence: why, and what to do. */
  detail: string;
}

export const API_STATUS_LABEL: Record<ApiStatus, string> = {
  works: 'Works',
  'needs-consent': 'Needs consent',
  'needs-role': 'Needs a role',
  'needs-admin-consent': 'Needs admin consent',
};

export function apiStatus(
  scopes: readonly string[],
  held: readonly string[],
  roleTemplateIds: readonly string[],
  isAdminOnly: (scope: string) => boolean | undefined,
): ApiStatusRow {
  const heldLower = new Set(held.map((s) => s.toLowerCase()));
  const missing = scopes.filter((s) => !heldLower.has(s.toLowerCase()));
  if (missing.length > 0) {
    const adminOnly = missing.filter((s) => isAdminOnly(s) === true);
    if (adminOnly.length > 0 && !canGrantAdminConsent(roleTemplateIds)) {
      return { status: 'needs-admin-consent', detail: `${adminOnly.join(', ')} needs an administrator's consent for the organization.` };
    }
    return {
      status: 'needs-consent',
      detail:
        adminOnly.length > 0
          ? `Grant ${missing.join(', ')} — as an administrator you can consent for the organization.`
          : `Grant ${missing.join(', ')} for yourself.`,
    };
  }
  for (const scope of scopes) {
    const requirement = roleRequirementForScope(scope);
    if (!requirement) continue;
    const check = checkRole(requirement, roleTemplateIds);
    if (!check.allowed) return { status: 'needs-role', detail: check.reason };
  }
  return { status: 'works', detail: `The console holds ${scopes.join(', ') || 'what it needs'}.` };
}
