import { READ_CLIENT_GRANTS } from '../../graph/client-grant-facts';
import type { ScreenInfo } from '../../ui/screen-info';

export const diagnoseScreen: ScreenInfo = {
  title: 'Diagnose',
  path: '/diagnose',
  summary: 'Why a Microsoft Graph call answers 401 or 403, with the one-click fix; and the token inspector.',
  operations: [READ_CLIENT_GRANTS],
};
