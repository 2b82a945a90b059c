import type { ScreenInfo } from '../../ui/screen-info';
import { RESTORE_APP_ROLE, RESTORE_GRANT, RESTORE_USER_CONSENT_SETTING } from './restore-operation';
import { CHANGE_CLASSIFICATIONS } from '../../graph/operations/consent-policies';

export const activityScreen: ScreenInfo = {
  title: 'Activity',
  path: '/activity',
  summary: 'Every change the console made from this browser, with what it was before; revocations, additions and policy changes can be restored.',
  operations: [],
  writes: [
    RESTORE_GRANT,
    RESTORE_APP_ROLE,
    RESTORE_USER_CONSENT_SETTING,
    // A classification's restore is another classification change: it reads the API's classifications before and after.
    CHANGE_CLASSIFICATIONS,
  ],
};
