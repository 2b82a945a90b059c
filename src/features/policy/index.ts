import type { ScreenInfo } from '../../ui/screen-info';
import { READ_APP_PERMISSIONS } from '../../graph/operations/applications';
import {
  CHANGE_CLASSIFICATIONS,
  READ_AUTHORIZATION_POLICY,
  READ_CLASSIFICATIONS,
  READ_PERMISSION_GRANT_POLICIES,
  READ_USER_ROLES,
  WRITE_AUTHORIZATION_POLICY,
} from '../../graph/operations/consent-policies';
import { SEARCH_USERS } from '../../graph/operations/users';

export const policyScreen: ScreenInfo = {
  title: 'Consent policy',
  path: '/policy',
  summary: 'Who may consent to what: the user-consent setting, the consent policies and permission classifications — and “Can this user consent?”.',
  operations: [READ_AUTHORIZATION_POLICY, READ_PERMISSION_GRANT_POLICIES, READ_CLASSIFICATIONS, READ_APP_PERMISSIONS, SEARCH_USERS, READ_USER_ROLES],
  writes: [WRITE_AUTHORIZATION_POLICY, CHANGE_CLASSIFICATIONS],
};
