import type { ScreenInfo } from '../../ui/screen-info';
import { READ_CLIENT_GRANTS } from '../../graph/operations/grants';

export const diagnoseScreen: ScreenInfo = {
  title: 'Diagnose',
  path: '/diagnose',
  summary: 'Why a Microsoft Graph call answers 401 or 403, with the one-click fix; and the token inspector.',
  operations: [READ_CLIENT_GRANTS],
};
