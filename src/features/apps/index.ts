import type { ScreenInfo } from '../../ui/screen-info';
import { WRITE_APP_ROLE_ASSIGNMENTS } from '../../graph/operations/app-role-assignments';
import { READ_GRANTS, WRITE_GRANTS } from '../../graph/operations/grants';
import { READ_APPLICATIONS } from '../../graph/operations/applications';
import { LIST_USERS_BASIC } from '../../graph/operations/users';

export const appsScreen: ScreenInfo = {
  title: 'Applications',
  path: '/apps',
  summary: 'Every application, what it was granted and by whom, its highest risk; revoke grants and application permissions.',
  operations: [READ_APPLICATIONS, READ_GRANTS, LIST_USERS_BASIC],
  writes: [WRITE_GRANTS, WRITE_APP_ROLE_ASSIGNMENTS],
};
