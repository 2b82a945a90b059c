import { LIST_SERVICE_PRINCIPALS } from '../../graph/list-service-principals';
import type { ScreenInfo } from '../../ui/screen-info';

export { AppsPage } from './components/apps-page';

export const appsScreen: ScreenInfo = {
  title: 'Applications',
  path: '/apps',
  summary: 'Every application (service principal) in the tenant, searchable by name.',
  operations: [LIST_SERVICE_PRINCIPALS],
};
