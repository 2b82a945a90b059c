import type { ScreenInfo } from '../../ui/screen-info';
import { WRITE_APP_ROLE_ASSIGNMENTS } from '../../graph/operations/app-role-assignments';
import { READ_GRANTS, WRITE_GRANTS } from '../../graph/operations/grants';
import { READ_APPLICATIONS } from '../../graph/operations/applications';
import { LIST_USERS_BASIC } from '../../graph/operations/users';
import { READ_AUDIT_RETENTION, READ_PROVENANCE } from '../../provenance/operations';
import { READ_APP_CREDENTIALS, READ_OWNERLESS_APPS, READ_SIGN_IN_ACTIVITY } from '../../hygiene/operations';

export const appsScreen: ScreenInfo = {
  title: 'Applications',
  path: '/apps',
  summary: 'Every application, what it was granted and by whom, its highest risk; revoke grants and application permissions.',
  operations: [READ_APPLICATIONS, READ_GRANTS, LIST_USERS_BASIC, READ_APP_CREDENTIALS, READ_OWNERLESS_APPS],
  // An app's "Who granted this" and the unused filter; the list itself never asks for them.
  onUse: [READ_PROVENANCE, READ_AUDIT_RETENTION, READ_SIGN_IN_ACTIVITY],
  writes: [WRITE_GRANTS, WRITE_APP_ROLE_ASSIGNMENTS],
};
