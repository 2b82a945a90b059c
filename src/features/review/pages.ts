/** This feature's screen, loaded on demand by the router (src/app/router.tsx). */
export { ReviewPage } from './components/review-page';
