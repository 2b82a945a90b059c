import { READ_APP_PERMISSIONS } from '../../graph/app-consent';
import { WRITE_APP_ROLE_ASSIGNMENTS } from '../../graph/app-role-assignment-writes';
import { READ_CONSENT_REQUEST_POLICY, READ_CONSENT_REQUESTS } from '../../graph/consent-requests';
import { WRITE_GRANTS } from '../../graph/grant-writes';
import { READ_GROUP_MEMBERS } from '../../graph/list-group-members';
import { READ_MY_ROLES } from '../../graph/list-my-directory-roles';
import type { ScreenInfo } from '../../ui/screen-info';

export const requestsScreen: ScreenInfo = {
  title: 'Requests',
  path: '/requests',
  summary:
    'The admin consent requests users sent: who asks for which app and why — and approving them for everyone, the requesters or a group, with fewer permissions.',
  operations: [READ_CONSENT_REQUESTS, READ_CONSENT_REQUEST_POLICY, READ_APP_PERMISSIONS, READ_GROUP_MEMBERS, READ_MY_ROLES],
  writes: [WRITE_GRANTS, WRITE_APP_ROLE_ASSIGNMENTS],
};
