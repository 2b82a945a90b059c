import type { ScreenInfo } from '../../ui/screen-info';

export const permissionsScreen: ScreenInfo = {
  title: 'Permissions',
  path: '/permissions',
  summary: "The permissions the console holds now, what each screen asks for, and this session's consent events.",
  operations: [],
};
