import { createBrowserRouter } from 'react-router';
import { ActivityPage } from '../features/activity';
import { AppsPage } from '../features/apps';
import { AdminConsentPage, AdminConsentResultPage, UrlBuilderPage } from '../features/consent';
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
        { path: 'users', element: <UsersPage /> },
        { path: 'users/:id', element: <UserPage /> },
        { path: 'permissions', element: <PermissionsPage screens={SCREENS} /> },
        { path: 'activity', element: <ActivityPage /> },
        { path: 'consent/admin', element: <AdminConsentPage /> },
        { path: 'consent/url-builder', element: <UrlBuilderPage /> },
        { path: 'admin-consent/result', element: <AdminConsentResultPage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
