import type { ScreenInfo } from '../../ui/screen-info';
import { RESTORE_APP_ROLE, RESTORE_GRANT } from './restore-operation';

export const activityScreen: ScreenInfo = {
  title: 'Activity',
  path: '/activity',
  summary: 'Every change the console made from this browser, with what it was before; revocations can be restored.',
  operations: [],
  writes: [RESTORE_GRANT, RESTORE_APP_ROLE],
};
