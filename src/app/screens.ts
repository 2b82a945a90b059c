import { activityScreen } from '../features/activity';
import { appsScreen } from '../features/apps';
import { adminConsentScreen, directGrantScreen, showcaseScreen, urlBuilderScreen } from '../features/consent';
import { diagnoseScreen } from '../features/diagnose';
import { homeScreen } from '../features/home';
import { permissionsScreen } from '../features/permissions-page';
import { policyScreen } from '../features/policy';
import { requestsScreen } from '../features/requests';
import { reviewScreen } from '../features/review';
import { usersScreen } from '../features/users';
import type { ScreenInfo } from '../ui/screen-info';

/** The screens in navigation order; the shell's nav and the Permissions page read this list. */
export const SCREENS: readonly ScreenInfo[] = [
  homeScreen,
  appsScreen,
  reviewScreen,
  usersScreen,
  requestsScreen,
  policyScreen,
  adminConsentScreen,
  directGrantScreen,
  urlBuilderScreen,
  showcaseScreen,
  permissionsScreen,
  activityScreen,
  diagnoseScreen,
];
