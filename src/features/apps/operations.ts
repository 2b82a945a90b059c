import { READ_APPLICATIONS, READ_GRANTS } from '../../graph/inventory/load-inventory';
import { LIST_USERS_BASIC } from '../../graph/list-users';
import type { GraphOperation } from '../../graph/operation';
import { uniqueScopes } from '../../permissions/scopes';

/** What the Applications screens read, asked for in one Grant access. */
export const READ_PERMISSION_INVENTORY: GraphOperation = {
  name: 'Read the permission inventory',
  scopes: uniqueScopes([READ_APPLICATIONS, READ_GRANTS, LIST_USERS_BASIC].flatMap((op) => op.scopes)),
  reason:
    'Lists every application, the delegated permissions users and admins granted it, its application permissions, and the names of the users who consented.',
};
