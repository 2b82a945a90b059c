import { WRITE_APP_ROLE_ASSIGNMENTS } from '../../graph/app-role-assignment-writes';
import { WRITE_GRANTS } from '../../graph/grant-writes';
import { READ_APPLICATIONS, READ_GRANTS } from '../../graph/inventory/load-inventory';
import { LIST_USERS_BASIC } from '../../graph/list-users';
import type { ScreenInfo } from '../../ui/screen-info';

export const appsScreen: ScreenInfo = {
  title: 'Applications',
  path: '/apps',
  summary: 'Every application, what it was granted and by whom, its highest risk; revoke grants and application permissions.',
  operations: [READ_APPLICATIONS, READ_GRANTS, LIST_USERS_BASIC],
  writes: [WRITE_GRANTS, WRITE_APP_ROLE_ASSIGNMENTS],
};
