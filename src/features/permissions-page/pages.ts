/** This feature's screens, loaded on demand by the router (src/app/router.tsx). */
export { PermissionsPage } from './components/permissions-page';
