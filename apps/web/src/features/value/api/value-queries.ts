import { queryOptions } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../lib/api-client';

export const valueKeys = {
  all: ['value'] as const,
  partner: (partnerId: string, year: number) => [...valueKeys.all, 'partner', partnerId, year] as const,
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

