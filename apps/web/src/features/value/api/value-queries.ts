import type { ValueDimension } from '@common-ground/domain';
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../lib/api-client';

/** Notes per page when a value dimension's notes are shown in full (the view itself carries the newest few). */
export const VALUE_NOTES_PAGE_SIZE = 25;

export const valueKeys = {
  all: ['value'] as const,
  partner: (partnerId: string, year: number) => [...valueKeys.all, 'partner', partnerId, year] as const,
  partnerNotes: (partnerId: string, year: number, dimension: ValueDimension) => [...valueKeys.partner(partnerId, year), 'notes', dimension] as const,
};

/** One partner's value view for a calendar year, with its previous year beside it. */
export function partnerValueQueryOptions(partnerId: string, year: number) {
  return queryOptions({
    queryKey: valueKeys.partner(partnerId, year),
    queryFn: ({ signal }) =>
      unwrap(apiClient.GET('/api/v1/partners/{id}/value', { params: { path: { id: partnerId }, query: { year } }, signal })),
    // Changing the year keeps the figures on screen (marked as updating) instead of flashing a skeleton.
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[2] === partnerId ? previous : undefined),
  });
}

/** All of one value dimension's notes in a partner's year, newest first, a page at a time (under the view's key). */
export function partnerValueNotesQueryOptions(partnerId: string, year: number, dimension: ValueDimension) {
  return infiniteQueryOptions({
    queryKey: valueKeys.partnerNotes(partnerId, year, dimension),
    queryFn: ({ pageParam, signal }) =>
      unwrap(
        apiClient.GET('/api/v1/partners/{id}/value/notes', {
          params: { path: { id: partnerId }, query: { year, dimension, limit: VALUE_NOTES_PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) } },
          signal,
        }),
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}
