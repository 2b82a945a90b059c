import type { ScreenInfo } from '../../ui/screen-info';
import { GET_ME } from '../../graph/operations/users';

export const homeScreen: ScreenInfo = {
  title: 'Home',
  path: '/',
  summary: 'Who you are signed in as, and what the console can do.',
  operations: [GET_ME],
};
