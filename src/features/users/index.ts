import { WRITE_APP_ROLE_ASSIGNMENTS } from '../../graph/app-role-assignment-writes';
import { WRITE_GRANTS } from '../../graph/grant-writes';
import { READ_MY_ROLES } from '../../graph/list-my-directory-roles';
import { READ_CONSENT_EVENTS } from '../../graph/list-user-consent-events';
import { READ_USER_GRANTS } from '../../graph/list-user-grants';
import { REVOKE_SIGN_IN_SESSIONS } from '../../graph/revoke-sign-in-sessions';
import { SEARCH_USERS } from '../../graph/search-users';
import type { ScreenInfo } from '../../ui/screen-info';

export const usersScreen: ScreenInfo = {
  title: 'Users',
  path: '/users',
  summary: 'One user’s authorized apps — what they consented to, what reaches them through admin consent — and revoking them.',
  operations: [SEARCH_USERS, READ_USER_GRANTS, READ_CONSENT_EVENTS, READ_MY_ROLES],
  writes: [WRITE_GRANTS, REVOKE_SIGN_IN_SESSIONS, WRITE_APP_ROLE_ASSIGNMENTS],
};
