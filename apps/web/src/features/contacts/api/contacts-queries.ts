import { queryOptions } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../lib/api-client';
import type { ArchivedFilter } from './types';

/** One page of the maximum size: a partner's people fit on one screen. */
export const CONTACTS_PAGE_SIZE = 100;

export const contactsKeys = {
  all: ['contacts'] as const,
  partner: (partnerId: string) => [...contactsKeys.all, 'partner', partnerId] as const,
  byPartner: (partnerId: string, archived: ArchivedFilter) => [...contactsKeys.partner(partnerId), { archived }] as const,
};

/** The partner's contacts, primary first, then by name (the API's order). */
export function partnerContactsQueryOptions(partnerId: string, archived: ArchivedFilter) {
  return queryOptions({
    queryKey: contactsKeys.byPartner(partnerId, archived),
    queryFn: ({ signal }) =>
      unwrap(
        apiClient.GET('/api/v1/partners/{id}/contacts', {
          params: { path: { id: partnerId }, query: { archived, limit: CONTACTS_PAGE_SIZE } },
          signal,
        }),
      ),
    // Toggling "show former" keeps the current people on screen while the other list loads (same partner only).
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[2] === partnerId ? previous : undefined),
  });
}
