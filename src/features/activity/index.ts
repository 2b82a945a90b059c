import { WRITE_APP_ROLE_ASSIGNMENTS } from '../../graph/app-role-assignment-writes';
import { WRITE_GRANTS } from '../../graph/grant-writes';
import type { ScreenInfo } from '../../ui/screen-info';

export { ActivityPage } from './components/activity-page';

export const activityScreen: ScreenInfo = {
  title: 'Activity',
  path: '/activity',
  summary: 'Every change the console made from this browser, with what it was before; revocations can be restored.',
  operations: [WRITE_GRANTS, WRITE_APP_ROLE_ASSIGNMENTS],
};
