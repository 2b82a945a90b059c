import { READ_APP_PERMISSIONS } from '../../graph/app-consent';
import {
  CHANGE_CLASSIFICATIONS,
  READ_AUTHORIZATION_POLICY,
  READ_CLASSIFICATIONS,
  READ_PERMISSION_GRANT_POLICIES,
  READ_USER_ROLES,
  WRITE_AUTHORIZATION_POLICY,
} from '../../graph/consent-policies';
import { SEARCH_USERS } from '../../graph/search-users';
import type { ScreenInfo } from '../../ui/screen-info';

export const policyScreen: ScreenInfo = {
  title: 'Consent policy',
  path: '/policy',
  summary: 'Who may consent to what: the user-consent setting, the consent policies and permission classifications — and “Can this user consent?”.',
  operations: [READ_AUTHORIZATION_POLICY, READ_PERMISSION_GRANT_POLICIES, READ_CLASSIFICATIONS, READ_APP_PERMISSIONS, SEARCH_USERS, READ_USER_ROLES],
  writes: [WRITE_AUTHORIZATION_POLICY, CHANGE_CLASSIFICATIONS],
};
