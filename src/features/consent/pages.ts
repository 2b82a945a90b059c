/** This feature's screens, loaded on demand by the router (src/app/router.tsx). */
export { AdminConsentPage } from './admin-consent/admin-consent-page';
export { AdminConsentResultPage } from './admin-consent/admin-consent-result-page';
export { UrlBuilderPage } from './url-builder/url-builder-page';
export { DirectGrantPage } from './direct-grant/direct-grant-page';
export { ShowcasePage } from './showcase/showcase-page';
