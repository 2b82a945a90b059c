import { createBrowserRouter } from 'react-router';
import { ActivityPage } from '../features/activity';
import { AppDetailPage, AppsPage } from '../features/apps';
import { AdminConsentPage, AdminConsentResultPage, DirectGrantPage, ShowcasePage, UrlBuilderPage } from '../features/consent';
import { DiagnosePage, TokenInspectorPage } from '../features/diagnose';
import { HomePage } from '../features/home';
import { PermissionsPage } from '../features/permissions-page';
import { UserPage, UsersPage } from '../features/users';
import { NotFoundPage } from './not-found-page';
import { SCREENS } from './screens';
import { ShellLayout } from './shell-layout';

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
