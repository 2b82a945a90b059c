/**
 * How the signed-in account can get a permission: consent for itself, or — for a permission only an
 * administrator may grant (the catalogue's isAdmin) — consent for the organization when its roles allow
 * it, else a request to an administrator (the admin consent link). A plain user is never offered a
 * consent that can only end in "Need admin approval" (AADSTS90094).
 */
import { canGrantAdminConsent } from '../../../auth/directory-roles';
import type { DiagnosisInput, Fix } from './types';

export type ConsentPath = 'self' | 'for-organization' | 'ask-an-admin';

export function consentPath(
  scopes: readonly string[],
  isAdminOnly: ((scope: string) => boolean | undefined) | undefined,
  roleTemplateIds: readonly string[],
): ConsentPath {
  if (!scopes.some((scope) => isAdminOnly?.(scope) === true)) return 'self';
  return canGrantAdminConsent(roleTemplateIds) ? 'for-organization' : 'ask-an-admin';
}

/** The fix that asks for these scopes: incremental consent, or the admin consent link for an account that cannot grant them. */
export function consentFix(input: Pick<DiagnosisInput, 'isAdminOnly' | 'userRoles'>, scopes: string[]): Fix {
  return consentPath(scopes, input.isAdminOnly, input.userRoles ?? []) === 'ask-an-admin' ? { kind: 'admin-consent', scopes } : { kind: 'consent', scopes };
}
