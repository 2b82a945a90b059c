import { isValidElement } from 'react';
import { createBrowserRouter, matchRoutes, type RouteObject } from 'react-router';
import { isLazyPage, lazyPage, type LazyPage } from './lazy-page';
import { NotFoundPage } from './not-found-page';
import { SCREENS } from './screens';
import { ShellLayout } from './shell-layout';

// Screens load on first visit (one chunk each): name the feature's pages.ts, never its index.ts.
const HomePage = lazyPage(() => import('../features/home/pages').then((m) => m.HomePage));
// The Applications screens' first reads start with their code (src/main.tsx): the inventory need not wait for it.
const prefetchApps = () => import('../features/apps/api/prefetch-apps').then((m) => m.prefetchAppsScreen);
const AppsPage = lazyPage(() => import('../features/apps/pages').then((m) => m.AppsPage), prefetchApps);
const AppDetailPage = lazyPage(() => import('../features/apps/pages').then((m) => m.AppDetailPage), prefetchApps);
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
const RequestsPage = lazyPage(() => import('../features/requests/pages').then((m) => m.RequestsPage));
const ReviewPage = lazyPage(() => import('../features/review/pages').then((m) => m.ReviewPage));
const PolicyPage = lazyPage(() => import('../features/policy/pages').then((m) => m.PolicyPage));
const TokenInspectorPage = lazyPage(() => import('../features/diagnose/pages').then((m) => m.TokenInspectorPage));

/** Every screen and every filter lives in the URL, so any view is a deep link. */
function appRoutes(): RouteObject[] {
  return [
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
        { path: 'requests', element: <RequestsPage /> },
        { path: 'policy', element: <PolicyPage /> },
        { path: 'review', element: <ReviewPage /> },
        { path: 'consent/admin', element: <AdminConsentPage /> },
        { path: 'consent/url-builder', element: <UrlBuilderPage /> },
        { path: 'consent/grant', element: <DirectGrantPage /> },
        { path: 'consent/showcase', element: <ShowcasePage /> },
        { path: 'admin-consent/result', element: <AdminConsentResultPage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ];
}

export function createAppRouter() {
  return createBrowserRouter(appRoutes());
}

/** The lazily loaded screens a path opens: start-up loads their code and first reads in parallel (src/main.tsx). */
export function screensAt(pathname: string): LazyPage[] {
  return (matchRoutes(appRoutes(), pathname) ?? []).flatMap(({ route }) => {
    const type: unknown = isValidElement(route.element) ? route.element.type : undefined;
    return isLazyPage(type) ? [type] : [];
  });
}
