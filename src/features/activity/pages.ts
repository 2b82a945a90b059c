/** This feature's screens, loaded on demand by the router (src/app/router.tsx). */
export { ActivityPage } from './components/activity-page';
