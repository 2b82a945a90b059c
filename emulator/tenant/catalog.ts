// Microsoft Graph's real delegated scopes and app roles, from the emulator's own generated catalogue
// (emulator/rules, made by scripts/generate-emulator-rules.mjs from Microsoft's published data).
import { graphPermissionCatalog as entries } from '../rules/rules.ts';
import type { AppRole, PermissionScope } from './types.ts';

export const graphScopes: PermissionScope[] = entries
  .filter((e) => e.type === 'delegated')
  .map((e) => ({
    id: e.id,
    value: e.value,
    type: e.isAdmin ? 'Admin' : 'User',
    isEnabled: e.isEnabled,
    adminConsentDisplayName: e.adminConsentDisplayName,
    adminConsentDescription: e.adminConsentDescription,
    userConsentDisplayName: e.userConsentDisplayName ?? e.adminConsentDisplayName,
    userConsentDescription: e.userConsentDescription ?? e.adminConsentDescription,
  }));

export const graphAppRoles: AppRole[] = entries
  .filter((e) => e.type === 'application')
  .map((e) => ({
    id: e.id,
    value: e.value,
    displayName: e.adminConsentDisplayName,
    description: e.adminConsentDescription,
    isEnabled: e.isEnabled,
    allowedMemberTypes: ['Application'],
  }));

const scopeByValue = new Map(graphScopes.map((s) => [s.value, s]));
const roleByValue = new Map(graphAppRoles.map((r) => [r.value, r]));

export function graphScope(value: string): PermissionScope {
  const scope = scopeByValue.get(value);
  if (!scope) throw new Error(`Microsoft Graph has no delegated permission ${value}`);
  return scope;
}

export function graphAppRole(value: string): AppRole {
  const role = roleByValue.get(value);
  if (!role) throw new Error(`Microsoft Graph has no application permission ${value}`);
  return role;
}
