import { useQuery } from '@tanstack/react-query';
import { useGraphClient } from '../graph/graph-client-context';
import { myDirectoryRolesQueryOptions } from '../graph/list-my-directory-roles';
import { readAccess, type ReadAccess, type ReadRequirement } from './role-requirements';
import { useActiveAccount, useCurrentGraphToken } from './use-session';

export interface DirectoryRolesState {
  /** Role template ids (lower case): the token's `wids`, and Graph's /me/memberOf when it names roles. */
  templateIds: string[];
  /** False until a source that names roles has answered. */
  known: boolean;
}

/**
 * The signed-in account's directory roles. The token's `wids` claim is the source: it is there at once.
 * Graph's /me/memberOf adds a role granted after the token was issued — but with only User.Read it
 * returns bare objects (`@odata.type` and `id`, no roleTemplateId), so it counts only when it names roles.
 */
export function useDirectoryRoles(): DirectoryRolesState {
  const graph = useGraphClient();
  const account = useActiveAccount();
  const token = useCurrentGraphToken();
  const memberOf = useQuery({ ...myDirectoryRolesQueryOptions(graph), enabled: account !== null });
  const fromMemberOf = memberOf.data ?? [];
  const ids = new Set<string>([...(token.data?.roleTemplateIds ?? []), ...fromMemberOf].map((id) => id.toLowerCase()));
  return { templateIds: [...ids], known: token.isSuccess || fromMemberOf.length > 0 };
}

/** Whether the signed-in account's roles allow these reads (ask before reading, explain instead of failing). */
export function useReadAccess(requirements: readonly ReadRequirement[]): ReadAccess {
  const roles = useDirectoryRoles();
  return readAccess(requirements, roles.known ? roles.templateIds : undefined);
}
