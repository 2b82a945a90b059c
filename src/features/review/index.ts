import type { ScreenInfo } from '../../ui/screen-info';
import { WRITE_APP_ROLE_ASSIGNMENTS } from '../../graph/operations/app-role-assignments';
import { READ_GRANTS, WRITE_GRANTS } from '../../graph/operations/grants';
import { READ_APPLICATIONS } from '../../graph/operations/applications';
import { LIST_USERS_BASIC } from '../../graph/operations/users';
import { HYGIENE_OPERATIONS } from '../../hygiene/operations';
import { READ_AUDIT_RETENTION, READ_PROVENANCE } from '../../provenance/operations';

export const reviewScreen: ScreenInfo = {
  title: 'Access review',
  path: '/review',
  summary:
    'Mark a review done; later, what was granted since — new apps, new and widened grants, new application permissions — and apps holding high-risk permissions unused for 90 days, revoked in bulk.',
  operations: [READ_APPLICATIONS, READ_GRANTS, LIST_USERS_BASIC, ...HYGIENE_OPERATIONS, READ_PROVENANCE, READ_AUDIT_RETENTION],
  writes: [WRITE_GRANTS, WRITE_APP_ROLE_ASSIGNMENTS],
};
