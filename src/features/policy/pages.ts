/** This feature's screen, loaded on demand by the router (src/app/router.tsx). */
export { PolicyPage } from './components/policy-page';
