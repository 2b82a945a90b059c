// Authorization: the token's scp/roles against the permission map, then — for delegated writes — the
// signed-in user's directory roles as the store holds them (the store, not the token's wids, is the truth:
// a role removed after sign-in stops working at once, as in the real directory).
import { insufficientPrivileges } from './errors.ts';
import { permissionEntry, satisfies } from './permission-map.ts';
import type { Principal } from './types.ts';
import { hasAnyRole } from '../tenant/roles.ts';

export function authorize(key: string, principal: Principal, roles: readonly string[] | undefined): void {
  const entry = permissionEntry(key);
  const write = !key.startsWith('GET ');
  if (!entry || !satisfies(entry, principal.permissions, principal.delegated, write)) throw insufficientPrivileges();
  if (!principal.delegated || !roles) return;
  if (!principal.user || !hasAnyRole(principal.user.roleTemplateIds, roles)) throw insufficientPrivileges();
}
