import { queryOptions } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../lib/api-client';
import type { ArchivedFilter } from './types';

/** A partner has a few agreements at most; one page of the maximum size shows them all. */
export const AGREEMENTS_PAGE_SIZE = 100;

export const agreementsKeys = {
  all: ['agreements'] as const,
  partner: (partnerId: string) => [...agreementsKeys.all, 'partner', partnerId] as const,
  byPartner: (partnerId: string, archived: ArchivedFilter) => [...agreementsKeys.partner(partnerId), { archived }] as const,
};

export function partnerAgreementsQueryOptions(partnerId: string, archived: ArchivedFilter) {
  return queryOptions({
    queryKey: agreementsKeys.byPartner(partnerId, archived),
    queryFn: ({ signal }) =>
      unwrap(
        apiClient.GET('/api/v1/partners/{id}/agreements', {
          params: { path: { id: partnerId }, query: { archived, limit: AGREEMENTS_PAGE_SIZE } },
          signal,
        }),
      ),
    // Toggling "show archived" keeps the current list on screen while the other loads (same partner only).
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[2] === partnerId ? previous : undefined),
  });
}
