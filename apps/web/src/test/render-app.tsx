import { render } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { AppProviders } from '../app/providers';
import { routes } from '../app/routes';
import { authKeys } from '../features/auth/api/auth-queries';
import type { Me } from '../lib/api-types';

/** No retries, so failures show at once. */
function testQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: 30_000 }, mutations: { retry: false } } });
}

function renderWithRouter(routeObjects: RouteObject[], path: string, queryClient = testQueryClient()) {
  const router = createMemoryRouter(routeObjects, { initialEntries: [path] });
  const view = render(
    <AppProviders queryClient={queryClient} env="test">
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, router, queryClient };
}

/** Renders the real app (routes, providers, theme) at `path`. */
export function renderApp(path: string) {
  return renderWithRouter(routes, path);
}

/**
 * Renders one component (a partner-page slot: goals, agreements, contacts, timeline, or the search) inside the
 * app's providers and a memory router, signed in as `me`, so its tests need not depend on the partner page.
 */
export function renderInApp(ui: ReactNode, { me, path = '/partners/p-1' }: { me: Me; path?: string }) {
  const queryClient = testQueryClient();
  queryClient.setQueryData(authKeys.me(), me);
  return renderWithRouter([{ path: '*', element: ui }], path, queryClient);
}
