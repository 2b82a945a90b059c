/** This feature's screens, loaded on demand by the router (src/app/router.tsx). */
export { DiagnosePage } from './components/diagnose-page';
export { TokenInspectorPage } from './components/token-inspector-page';
