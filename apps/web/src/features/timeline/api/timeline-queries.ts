import { infiniteQueryOptions } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../lib/api-client';
import { partnersKeys } from '../../partners/api/partners-queries';
import type { TimelineKind } from './types';

export const TIMELINE_PAGE_SIZE = 20;

/**
 * Under the partner's timeline prefix (partnersKeys.timeline), so any write to the partner or its records that
 * invalidates that prefix refreshes every filter of the timeline. `kind` undefined means every kind.
 */
export const timelineKeys = {
  partner: (partnerId: string, kind: TimelineKind | undefined) => [...partnersKeys.timeline(partnerId), { kind: kind ?? 'all' }] as const,
};

/** Newest first, a page at a time; "Load more" asks for the page after `nextCursor`. */
export function partnerTimelineQueryOptions(partnerId: string, kind: TimelineKind | undefined) {
  return infiniteQueryOptions({
    queryKey: timelineKeys.partner(partnerId, kind),
    queryFn: ({ pageParam, signal }) =>
      unwrap(
        apiClient.GET('/api/v1/partners/{id}/timeline', {
          params: {
            path: { id: partnerId },
            query: { limit: TIMELINE_PAGE_SIZE, ...(kind ? { kind } : {}), ...(pageParam ? { cursor: pageParam } : {}) },
          },
          signal,
        }),
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}
