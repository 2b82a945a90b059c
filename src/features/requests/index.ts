import type { ScreenInfo } from '../../ui/screen-info';
import { READ_APP_PERMISSIONS } from '../../graph/operations/applications';
import { WRITE_APP_ROLE_ASSIGNMENTS } from '../../graph/operations/app-role-assignments';
import { READ_CONSENT_REQUESTS, READ_CONSENT_REQUEST_POLICY } from '../../graph/operations/consent-requests';
import { WRITE_GRANTS } from '../../graph/operations/grants';
import { READ_GROUP_MEMBERS } from '../../graph/operations/groups';
import { READ_MY_ROLES } from '../../graph/operations/users';

export const requestsScreen: ScreenInfo = {
  title: 'Requests',
  path: '/requests',
  summary:
    'The admin consent requests users sent: who asks for which app and why — and approving them for everyone, the requesters or a group, with fewer permissions.',
  operations: [READ_CONSENT_REQUESTS, READ_CONSENT_REQUEST_POLICY, READ_APP_PERMISSIONS, READ_GROUP_MEMBERS, READ_MY_ROLES],
  writes: [WRITE_GRANTS, WRITE_APP_ROLE_ASSIGNMENTS],
};
