import type { ScreenInfo } from '../../ui/screen-info';
import { WRITE_APP_ROLE_ASSIGNMENTS } from '../../graph/operations/app-role-assignments';
import { READ_GRANTS, WRITE_GRANTS } from '../../graph/operations/grants';
import { READ_APPLICATIONS } from '../../graph/operations/applications';
import { LIST_USERS_BASIC } from '../../graph/operations/users';
import { READ_AUDIT_RETENTION, READ_PROVENANCE } from '../../provenance/operations';
import { HYGIENE_OPERATIONS } from '../../hygiene/operations';

export const appsScreen: ScreenInfo = {
  title: 'Applications',
  path: '/apps',
  summary: 'Every application, what it was granted and by whom, its highest risk; revoke grants and application permissions.',
  operations: [READ_APPLICATIONS, READ_GRANTS, LIST_USERS_BASIC, READ_PROVENANCE, READ_AUDIT_RETENTION, ...HYGIENE_OPERATIONS],
  writes: [WRITE_GRANTS, WRITE_APP_ROLE_ASSIGNMENTS],
};
