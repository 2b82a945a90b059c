import type { ScreenInfo } from '../../ui/screen-info';
import { WRITE_APP_ROLE_ASSIGNMENTS } from '../../graph/operations/app-role-assignments';
import { READ_USER_GRANTS, WRITE_GRANTS } from '../../graph/operations/grants';
import { READ_CONSENT_EVENTS, READ_MY_ROLES, REVOKE_SIGN_IN_SESSIONS, SEARCH_USERS } from '../../graph/operations/users';

export const usersScreen: ScreenInfo = {
  title: 'Users',
  path: '/users',
  summary: 'One user’s authorized apps — what they consented to, what reaches them through admin consent — and revoking them.',
  operations: [SEARCH_USERS, READ_USER_GRANTS, READ_CONSENT_EVENTS, READ_MY_ROLES],
  writes: [WRITE_GRANTS, REVOKE_SIGN_IN_SESSIONS, WRITE_APP_ROLE_ASSIGNMENTS],
};
