import type { ReactNode } from 'react';
import {
  checkRole,
  explainReadDenied,
  READ_APP_ROLE_ASSIGNMENTS,
  READ_AUDIT,
  READ_GRANTS,
  READ_USER_GRANTS,
  readRoleNote,
  type ReadRequirement,
} from '../../../auth/role-requirements';
import { useDirectoryRoles } from '../../../auth/use-directory-roles';
import type { GraphError } from '../../../graph/graph-error';
import { RoleRequiredNote } from '../../../ui/role-required-note';
import type { UserReadPart, UserReads } from '../api/use-user-authorizations';

/** The directory-role rule of each read the user's page makes (Microsoft's documented role lists). */
const PART_REQUIREMENTS: Record<UserReadPart, ReadRequirement> = {
  userGrants: READ_USER_GRANTS,
  tenantWide: READ_GRANTS,
  appRoles: READ_APP_ROLE_ASSIGNMENTS,
};

export interface UserReadGates {
  /** The reads the account's roles allow; undefined while the roles load (nothing is read before). */
  reads: UserReads | undefined;
  /** Whether the roles read the audit log (consent dates); false while they load. */
  auditAllowed: boolean;
  /** The note a section shows instead of its rows, when its read is not allowed or Graph refused it (403). */
  unreadable: (part: UserReadPart, refused?: GraphError) => ReactNode | undefined;
  /** The same for the consent dates. */
  auditUnreadable: (refused?: GraphError) => ReactNode | undefined;
}

function note(requirement: ReadRequirement, held: readonly string[], allowed: boolean, refused: GraphError | undefined): ReactNode | undefined {
  if (!allowed) return <RoleRequiredNote notes={[readRoleNote(requirement, held)]} />;
  if (refused) return <RoleRequiredNote notes={[explainReadDenied(requirement, held)]} error={refused} />;
  return undefined;
}

/** The user's page asks for the account's roles before reading, and explains a read they do not allow. */
export function useUserReadGates(): UserReadGates {
  const roles = useDirectoryRoles();
  const held = roles.known ? roles.templateIds : undefined;
  const allows = (requirement: ReadRequirement) => (held ? checkRole(requirement, held).allowed : false);
  const reads: UserReads | undefined = held
    ? { userGrants: allows(READ_USER_GRANTS), tenantWide: allows(READ_GRANTS), appRoles: allows(READ_APP_ROLE_ASSIGNMENTS) }
    : undefined;
  return {
    reads,
    auditAllowed: allows(READ_AUDIT),
    unreadable: (part, refused) => (held && reads ? note(PART_REQUIREMENTS[part], held, reads[part], refused) : undefined),
    auditUnreadable: (refused) => (held ? note(READ_AUDIT, held, allows(READ_AUDIT), refused) : undefined),
  };
}
