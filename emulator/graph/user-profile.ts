// Which user properties a caller may see. User.ReadBasic.All reads only the basic profile (permissions
// reference: displayName, givenName, surname, mail, photo, userPrincipalName — the emulator has no photo);
// a $select of other properties under it returns them absent (the docs do not say how; omitting them is the
// stricter reading). User.Read / User.ReadWrite give the signed-in user's own full profile; the *.Read.All
// permissions of GET /users (User.Read.All, Directory.Read.All …) everybody's.
import { apiRule } from '../rules/rules.ts';
import type { User } from '../tenant/types.ts';
import type { Principal } from './types.ts';

export const BASIC_PROFILE: readonly string[] = ['id', 'displayName', 'givenName', 'surname', 'mail', 'userPrincipalName'];

const BASIC_PERMISSION = 'user.readbasic.all';

const lower = (sets: readonly (readonly string[])[]) => sets.map((set) => set.map((p) => p.toLowerCase()));

/** Permission sets that read every user's full profile: GET /users' sets other than User.ReadBasic.All. */
const FULL_READ_SETS = (() => {
  const rule = apiRule('GET /users');
  return rule && rule.d !== false ? lower(rule.d).filter((set) => !set.includes(BASIC_PERMISSION)) : [];
})();

/** Permissions that read the signed-in user's own full profile (the rules' selfOnly of GET /users/{id}). */
const SELF_READ = new Set((apiRule('GET /users/{id}')?.selfOnly ?? []).map((p) => p.toLowerCase()));

const holdsSet = (held: ReadonlySet<string>, sets: string[][]) => sets.some((set) => set.every((p) => held.has(p)));

/**
 * The properties this caller may see of `target` (or of any user in a list, when target is absent):
 * undefined = every property; BASIC_PROFILE when User.ReadBasic.All is the caller's only way to read them.
 */
export function visibleUserProperties(principal: Principal, target?: User): readonly string[] | undefined {
  const held = principal.permissions;
  if (!held.has(BASIC_PERMISSION) || holdsSet(held, FULL_READ_SETS)) return undefined;
  const self = target !== undefined && principal.user?.id === target.id;
  if (self && [...SELF_READ].some((p) => held.has(p))) return undefined;
  return BASIC_PROFILE;
}

/** The entity with only the visible properties (and its @odata.type). */
export function restrictTo(entity: Record<string, unknown>, visible: readonly string[] | undefined): Record<string, unknown> {
  if (!visible) return entity;
  return Object.fromEntries(Object.entries(entity).filter(([key]) => key === '@odata.type' || visible.includes(key)));
}
