import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { partnersKeys } from './partners-queries';

/**
 * After a write to one of a partner's records (contact, goal, agreement): refresh the record's own list, the
 * partner (its detail carries the primary contact and the next review date) and its timeline, and mark the
 * partner lists stale (they show both). Returning the promise keeps the mutation pending until the page shows
 * the saved state, as the users feature does, so buttons never flick back.
 */
export function refreshPartnerRecords(queryClient: QueryClient, partnerId: string, ownKey: QueryKey): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: ownKey }),
    queryClient.invalidateQueries({ queryKey: partnersKeys.detail(partnerId) }),
    queryClient.invalidateQueries({ queryKey: partnersKeys.timeline(partnerId) }),
    queryClient.invalidateQueries({ queryKey: partnersKeys.lists(), refetchType: 'none' }),
  ]);
}
