import type { RouteObject } from 'react-router';
import { RequireAuth } from '../features/auth/components/require-auth';
import { RequireRole } from '../features/auth/components/require-role';
import { SignInPage } from '../features/auth/components/sign-in-page';
import { HomePage } from '../features/home/components/home-page';
import { UsersPage } from '../features/users/components/users-page';
import { useCurrentUser } from '../features/auth/hooks/use-me';
import { AppRoot } from './app-root';
import { AppLayout } from './layout/app-layout';
import { AppSkeleton } from './layout/app-skeleton';
import { NotFoundPage } from './not-found-page';
import { RouteErrorPage } from './route-error-page';

function SignedInLayout() {
  return <AppLayout me={useCurrentUser()} />;
}

/** One table of routes, shared by the browser router and by tests (through a memory router). */
export const routes: RouteObject[] = [
  {
    element: <AppRoot />,
    errorElement: <RouteErrorPage />,
    children: [
      { path: '/sign-in', element: <SignInPage /> },
      {
        element: (
          <RequireAuth fallback={<AppSkeleton />}>
            <SignedInLayout />
          </RequireAuth>
        ),
        children: [
          { index: true, element: <HomePage /> },
          {
            path: '/admin/users',
            element: (
              <RequireRole minimum="admin">
                <UsersPage />
              </RequireRole>
            ),
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
