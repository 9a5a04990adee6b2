/**
 * Test support for the partner-page slots (goals, agreements, contacts, timeline, search): renders one component
 * inside the app's providers and a memory router, signed in as `me`, so tests need not depend on the partner page.
 */
import { render } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from '../../../app/providers';
import type { Me, Partner } from '../../../lib/api-types';
import { authKeys } from '../../auth/api/auth-queries';

export function renderInApp(ui: ReactNode, { me, path = '/partners/p-1' }: { me: Me; path?: string }) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: 30_000 }, mutations: { retry: false } } });
  queryClient.setQueryData(authKeys.me(), me);
  const router = createMemoryRouter([{ path: '*', element: ui }], { initialEntries: [path] });
  const view = render(
    <AppProviders queryClient={queryClient} env="test">
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, router, queryClient };
}

export const managerMe: Me = { id: 'u-man', name: 'Marcus Reyes', email: 'marcus@library.org', role: 'manager' };

export function partnerFixture(overrides: Partial<Partner> = {}): Partner {
  return {
    id: 'p-1',
    name: 'Riverside Food Bank',
    type: 'social-service-nonprofit',
    website: null,
    address: null,
    description: '',
    focusAreas: [],
    publics: [],
    interactionTypes: [],
    impactAreas: [],
    stage: 'active',
    liaison: null,
    contactCadenceDays: 30,
    collaborationLevelLibrary: null,
    collaborationLevelPartner: null,
    tags: [],
    primaryContact: null,
    nextReviewOn: null,
    needsReview: false,
    lastContactAt: null,
    createdAt: '2026-01-05T09:00:00.000Z',
    updatedAt: '2026-01-05T09:00:00.000Z',
    createdBy: 'u-lib',
    version: 1,
    archivedAt: null,
    ...overrides,
  };
}

export function pageOf<T>(items: T[], nextCursor: string | null = null, total = items.length) {
  return { status: 200, body: { items, total, nextCursor } };
}
