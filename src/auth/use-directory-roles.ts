import { useQuery } from '@tanstack/react-query';
import { useGraphClient } from '../graph/graph-client-context';
import { myDirectoryRolesQueryOptions } from '../graph/list-my-directory-roles';
import { useActiveAccount, useCurrentGraphToken } from './use-session';

export interface DirectoryRolesState {
  /** Role template ids (lower case): the token's `wids` together with Graph's /me/memberOf. */
  templateIds: string[];
  /** False until at least one source has answered. */
  known: boolean;
}

/**
 * The signed-in account's directory roles. The token's `wids` are there at once; Graph's memberOf also
 * sees a role granted after the token was issued. Either source alone is used when the other fails.
 */
export function useDirectoryRoles(): DirectoryRolesState {
  const graph = useGraphClient();
  const account = useActiveAccount();
  const token = useCurrentGraphToken();
  const memberOf = useQuery({ ...myDirectoryRolesQueryOptions(graph), enabled: account !== null });
  const ids = new Set<string>([...(token.data?.roleTemplateIds ?? []), ...(memberOf.data ?? [])].map((id) => id.toLowerCase()));
  return { templateIds: [...ids], known: token.isSuccess || memberOf.isSuccess };
}
