/** This feature's screens, loaded on demand by the router (src/app/router.tsx). */
export { UserPage } from './components/user-page';
export { UsersPage } from './components/users-page';
