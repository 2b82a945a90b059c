import { READ_APP_PERMISSIONS } from '../../graph/app-consent';
import type { ScreenInfo } from '../../ui/screen-info';

export { AdminConsentPage } from './admin-consent/admin-consent-page';
export { AdminConsentResultPage } from './admin-consent/admin-consent-result-page';

export const adminConsentScreen: ScreenInfo = {
  title: 'Admin consent',
  path: '/consent/admin',
  summary: "Grant an application tenant-wide consent through Microsoft's admin-consent page, and see what it holds afterwards.",
  operations: [READ_APP_PERMISSIONS],
};

export { UrlBuilderPage } from './url-builder/url-builder-page';

export const urlBuilderScreen: ScreenInfo = {
  title: 'Consent links',
  path: '/consent/url-builder',
  summary: 'Build the admin-consent and consent-prompt links for any application, with the .default rules explained.',
  operations: [],
};
