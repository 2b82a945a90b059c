/** This feature's screens, loaded on demand by the router (src/app/router.tsx). */
export { AppsPage } from './components/apps-page';
export { AppDetailPage } from './detail/app-detail-page';
