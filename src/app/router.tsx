import { createBrowserRouter } from 'react-router';
import { lazyPage } from './lazy-page';
import { NotFoundPage } from './not-found-page';
import { SCREENS } from './screens';
import { ShellLayout } from './shell-layout';

// Screens load on first visit (one chunk each): name the feature's pages.ts, never its index.ts.
const HomePage = lazyPage(() => import('../features/home/pages').then((m) => m.HomePage));
const AppsPage = lazyPage(() => import('../features/apps/pages').then((m) => m.AppsPage));
const AppDetailPage = lazyPage(() => import('../features/apps/pages').then((m) => m.AppDetailPage));
const UsersPage = lazyPage(() => import('../features/users/pages').then((m) => m.UsersPage));
const UserPage = lazyPage(() => import('../features/users/pages').then((m) => m.UserPage));
const PermissionsPage = lazyPage(() => import('../features/permissions-page/pages').then((m) => m.PermissionsPage));
const ActivityPage = lazyPage(() => import('../features/activity/pages').then((m) => m.ActivityPage));
const DiagnosePage = lazyPage(() => import('../features/diagnose/pages').then((m) => m.DiagnosePage));
const AdminConsentPage = lazyPage(() => import('../features/consent/pages').then((m) => m.AdminConsentPage));
const AdminConsentResultPage = lazyPage(() => import('../features/consent/pages').then((m) => m.AdminConsentResultPage));
const UrlBuilderPage = lazyPage(() => import('../features/consent/pages').then((m) => m.UrlBuilderPage));
const DirectGrantPage = lazyPage(() => import('../features/consent/pages').then((m) => m.DirectGrantPage));
const ShowcasePage = lazyPage(() => import('../features/consent/pages').then((m) => m.ShowcasePage));
const TokenInspectorPage = lazyPage(() => import('../features/diagnose/pages').then((m) => m.TokenInspectorPage));

/** Every screen and every filter lives in the URL, so any view is a deep link. */
export function createAppRouter() {
  return createBrowserRouter([
    {
      path: '/',
      element: <ShellLayout screens={SCREENS} />,
      children: [
        { index: true, element: <HomePage screens={SCREENS} /> },
        { path: 'apps', element: <AppsPage /> },
        { path: 'apps/:id', element: <AppDetailPage /> },
        { path: 'users', element: <UsersPage /> },
        { path: 'users/:id', element: <UserPage /> },
        { path: 'permissions', element: <PermissionsPage screens={SCREENS} /> },
        { path: 'activity', element: <ActivityPage /> },
        { path: 'diagnose', element: <DiagnosePage screens={SCREENS} /> },
        { path: 'diagnose/token', element: <TokenInspectorPage /> },
        { path: 'consent/admin', element: <AdminConsentPage /> },
        { path: 'consent/url-builder', element: <UrlBuilderPage /> },
        { path: 'consent/grant', element: <DirectGrantPage /> },
        { path: 'consent/showcase', element: <ShowcasePage /> },
        { path: 'admin-consent/result', element: <AdminConsentResultPage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
