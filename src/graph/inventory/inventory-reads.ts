/**
 * The permission inventory as the screens that show it read it (Applications, an app's page, Access
 * review): one query, so they share its cache, and one role rule for its reads.
 */
import { READ_APP_ROLE_ASSIGNMENTS, READ_GRANTS as READ_GRANTS_ROLES } from '../../auth/role-requirements';
import type { GraphOperation } from '../operation';
import { uniqueScopes } from '../../permissions/scopes';
import type { InventoryQueryOptions } from './inventory-query';
import { READ_GRANTS } from '../operations/grants';
import { LIST_USERS_BASIC } from '../operations/users';
import { READ_APPLICATIONS } from '../operations/applications';

/** The inventory reads every delegated grant and every app's application permissions: both need a directory role. */
export const INVENTORY_READS = [READ_GRANTS_ROLES, READ_APP_ROLE_ASSIGNMENTS];

/** The screens' inventory query: the names of consenting users are asked in the same Grant access. */
export const APPS_INVENTORY: Omit<InventoryQueryOptions, 'onProgress'> = { alsoAsk: [LIST_USERS_BASIC] };

/** What the inventory screens read, asked for in one Grant access. */
export const READ_PERMISSION_INVENTORY: GraphOperation = {
  name: 'Read the permission inventory',
  scopes: uniqueScopes([READ_APPLICATIONS, READ_GRANTS, LIST_USERS_BASIC].flatMap((op) => op.scopes)),
  reason:
    'Lists every application, the delegated permissions users and admins granted it, its application permissions, and the names of the users who consented.',
};
