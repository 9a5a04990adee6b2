import { queryOptions } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../lib/api-client';
import type { ArchivedFilter } from './types';

/** A partner rarely has more than a handful of goals; one page of the maximum size shows them all. */
export const GOALS_PAGE_SIZE = 100;

export const goalsKeys = {
  all: ['goals'] as const,
  partner: (partnerId: string) => [...goalsKeys.all, 'partner', partnerId] as const,
  byPartner: (partnerId: string, archived: ArchivedFilter) => [...goalsKeys.partner(partnerId), { archived }] as const,
};

export function partnerGoalsQueryOptions(partnerId: string, archived: ArchivedFilter) {
  return queryOptions({
    queryKey: goalsKeys.byPartner(partnerId, archived),
    queryFn: ({ signal }) =>
      unwrap(
        apiClient.GET('/api/v1/partners/{id}/goals', {
          params: { path: { id: partnerId }, query: { archived, limit: GOALS_PAGE_SIZE } },
          signal,
        }),
      ),
    // Toggling "show archived" keeps the current goals on screen while the other list loads (same partner only).
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[2] === partnerId ? previous : undefined),
  });
}
