import { queryOptions } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../lib/api-client';

export const myDayKeys = {
  all: ['my-day'] as const,
};

/** The librarian's day: follow-ups owed, partners going quiet, and what they logged last. */
export function myDayQueryOptions() {
  return queryOptions({
    queryKey: myDayKeys.all,
    queryFn: ({ signal }) => unwrap(apiClient.GET('/api/v1/my-day', { signal })),
  });
}
